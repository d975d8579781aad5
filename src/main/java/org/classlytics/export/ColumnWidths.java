package org.classlytics.export;

import java.util.List;

/**
 * Column widths in Excel's character units, from the longest header or value, so a sheet
 * opens readable without a double click on every column border.
 */
final class ColumnWidths {

	static final double MIN = 8;

	static final double MAX = 60;

	// Beyond this many rows, further rows rarely change the answer, and big sheets stay
	// fast.
	private static final int SAMPLED_ROWS = 1000;

	private ColumnWidths() {
	}

	static double[] of(Sheet sheet) {
		List<Column> columns = sheet.columns();
		double[] widths = new double[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			// Headers are bold, which takes about a tenth more room.
			widths[c] = columns.get(c).header().length() * 1.1;
		}
		int rows = Math.min(sheet.rows().size(), SAMPLED_ROWS);
		for (int r = 0; r < rows; r++) {
			List<Object> row = sheet.rows().get(r);
			for (int c = 0; c < columns.size(); c++) {
				widths[c] = Math.max(widths[c], displayLength(columns.get(c), row.get(c)));
			}
		}
		for (int c = 0; c < widths.length; c++) {
			widths[c] = fit(widths[c]);
		}
		return widths;
	}

	static double fit(double characters) {
		return Math.max(MIN, Math.min(MAX, Math.ceil(characters + 2)));
	}

	static int displayLength(Column column, Object value) {
		if (value == null) {
			return 0;
		}
		int length = CellValues.plain(column, value).length();
		return (column.type() == ColumnType.PERCENTAGE) ? length + 1 : length;
	}

}
