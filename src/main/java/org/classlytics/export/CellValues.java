package org.classlytics.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Checks cell values against their column and converts them to what each format writes.
 */
final class CellValues {

	private CellValues() {
	}

	static void check(Column column, Object value, String where) {
		if (value == null) {
			return;
		}
		boolean fits = switch (column.type()) {
			case TEXT -> true;
			case INTEGER -> value instanceof Number number && isWhole(number);
			case DECIMAL, PERCENTAGE -> value instanceof Number number && isFinite(number);
			case DATE -> value instanceof LocalDate;
		};
		if (!fits) {
			throw new IllegalArgumentException("%s: %s column \"%s\" cannot hold %s (%s)".formatted(where,
					column.type(), column.header(), value, value.getClass().getSimpleName()));
		}
	}

	/**
	 * The number a numeric cell holds: whole for integers, rounded HALF_UP to the scale
	 * for decimals and percentages.
	 */
	static BigDecimal number(Column column, Object value) {
		BigDecimal decimal = toBigDecimal((Number) value);
		return (column.type() == ColumnType.INTEGER) ? decimal.setScale(0, RoundingMode.HALF_UP)
				: decimal.setScale(column.scale(), RoundingMode.HALF_UP);
	}

	/**
	 * The plain text form used by CSV: ISO dates, numbers without grouping or exponent,
	 * and guarded text.
	 */
	static String plain(Column column, Object value) {
		if (value == null) {
			return "";
		}
		return switch (column.type()) {
			case TEXT -> FormulaGuard.neutralise(text(value));
			case INTEGER, DECIMAL, PERCENTAGE -> number(column, value).toPlainString();
			case DATE -> value.toString();
		};
	}

	static String text(Object value) {
		return (value instanceof Enum<?> constant) ? constant.name() : String.valueOf(value);
	}

	static BigDecimal toBigDecimal(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Double || number instanceof Float) {
			// The shortest decimal that round-trips, so 87.675 rounds to 87.68 as
			// written.
			return new BigDecimal(number.toString());
		}
		if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
			return BigDecimal.valueOf(number.longValue());
		}
		return new BigDecimal(number.toString());
	}

	private static boolean isFinite(Number number) {
		if (number instanceof Double || number instanceof Float) {
			return Double.isFinite(number.doubleValue());
		}
		return true;
	}

	private static boolean isWhole(Number number) {
		if (!isFinite(number)) {
			return false;
		}
		BigDecimal decimal = toBigDecimal(number);
		return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
	}

}
