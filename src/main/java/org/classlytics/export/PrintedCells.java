package org.classlytics.export;

import java.text.DecimalFormatSymbols;

/**
 * Formats cells for people reading a PDF: the locale's decimal separator, a "%" after
 * percentages, ISO dates (unambiguous in every language) and a dash for an empty cell.
 */
final class PrintedCells {

	private final char decimalSeparator;

	private final String empty;

	PrintedCells(ExportLabels labels) {
		this.decimalSeparator = DecimalFormatSymbols.getInstance(labels.locale()).getDecimalSeparator();
		this.empty = labels.get("export.value.empty");
	}

	String format(Column column, Object value) {
		if (value == null) {
			return this.empty;
		}
		return switch (column.type()) {
			case TEXT -> CellValues.text(value);
			case INTEGER -> CellValues.number(column, value).toPlainString();
			case DECIMAL -> decimal(column, value);
			case PERCENTAGE -> decimal(column, value) + "%";
			case DATE -> value.toString();
		};
	}

	private String decimal(Column column, Object value) {
		return CellValues.number(column, value).toPlainString().replace('.', this.decimalSeparator);
	}

}
