package org.classlytics.export;

import java.util.Objects;

/**
 * A column of a {@link Sheet}: its header, the type of its values and, for decimals and
 * percentages, the number of decimal places.
 */
public record Column(String header, ColumnType type, int scale) {

	public Column {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(type, "type");
		if (scale < 0 || scale > 10) {
			throw new IllegalArgumentException("scale must be between 0 and 10: " + scale);
		}
		if (scale > 0 && type != ColumnType.DECIMAL && type != ColumnType.PERCENTAGE) {
			throw new IllegalArgumentException("only decimal and percentage columns have a scale: " + header);
		}
	}

	public static Column text(String header) {
		return new Column(header, ColumnType.TEXT, 0);
	}

	public static Column integer(String header) {
		return new Column(header, ColumnType.INTEGER, 0);
	}

	public static Column decimal(String header, int scale) {
		return new Column(header, ColumnType.DECIMAL, scale);
	}

	public static Column percentage(String header, int scale) {
		return new Column(header, ColumnType.PERCENTAGE, scale);
	}

	public static Column date(String header) {
		return new Column(header, ColumnType.DATE, 0);
	}

	public boolean numeric() {
		return this.type == ColumnType.INTEGER || this.type == ColumnType.DECIMAL || this.type == ColumnType.PERCENTAGE;
	}

}
