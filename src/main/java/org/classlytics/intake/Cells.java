package org.classlytics.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the cells of one row, reporting every malformed or missing value to the run with
 * the row's line and the column; {@link #ok()} tells whether the row had none.
 */
final class Cells {

	private final ImportRun run;

	private final CsvRow row;

	private boolean ok = true;

	Cells(ImportRun run, CsvRow row) {
		this.run = run;
		this.row = row;
	}

	boolean ok() {
		return this.ok;
	}

	long line() {
		return this.row.line();
	}

	void error(String field, String message) {
		this.ok = false;
		this.run.error(this.row.line(), field, message);
	}

	/**
	 * Records the row's key; a key an earlier line had makes the row invalid.
	 */
	boolean unique(String field, String kind, String key) {
		boolean first = this.run.unique(this.row, field, kind, key);
		if (!first) {
			this.ok = false;
		}
		return first;
	}

	String text(String column, boolean required, int maxLength) {
		String value = this.row.get(column);
		if (value == null) {
			if (required) {
				error(column, "is required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			error(column, "must be at most " + maxLength + " characters");
			return null;
		}
		return value;
	}

	Instant instant(String column, boolean required) {
		String value = text(column, required, 64);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			error(column, "must be an instant such as 2025-01-15T09:00:00Z");
			return null;
		}
	}

	LocalDate date(String column, boolean required) {
		String value = text(column, required, 32);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			error(column, "must be a date YYYY-MM-DD");
			return null;
		}
	}

	BigDecimal decimal(String column, boolean required) {
		String value = text(column, required, 32);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			error(column, "must be a number");
			return null;
		}
	}

	Integer integer(String column, boolean required) {
		String value = text(column, required, 16);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			error(column, "must be a whole number");
			return null;
		}
	}

	<E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
		String value = text(column, required, 32);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			error(column, "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

}
