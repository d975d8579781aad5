package org.classlytics.export;

/**
 * How the values of a column are written. Numbers stay numbers in every format; only
 * {@link #TEXT} cells are guarded against formula injection.
 */
public enum ColumnType {

	/** Any value, written as its string form. */
	TEXT,

	/**
	 * Whole numbers ({@code Integer}, {@code Long}, {@code Short}, {@code BigInteger}).
	 */
	INTEGER,

	/** A number rounded HALF_UP to the column's scale. */
	DECIMAL,

	/**
	 * A rate between 0 and 100, as the API gives it (87.5 means 87.5%), rounded HALF_UP
	 * to the column's scale. The value is not divided by 100, so a spreadsheet holds the
	 * same number as the JSON; XLSX shows it with a "%" suffix.
	 */
	PERCENTAGE,

	/**
	 * A {@code LocalDate}, written as ISO {@code yyyy-MM-dd} and as a real date in XLSX.
	 */
	DATE

}
