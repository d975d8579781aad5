package org.classlytics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes documents as XLSX workbooks. Every table gets a sheet of its own with a bold,
 * filled and frozen header row; numbers are numeric cells with a number format, dates are
 * date cells, and text is guarded against formula injection as in CSV. Titles, summaries
 * and notes go on a first sheet named after the document.
 */
public final class XlsxExport {

	static final String HEADER_FILL = "DDEBF7";

	static final String DATE_FORMAT = "yyyy-mm-dd";

	private XlsxExport() {
	}

	public static byte[] render(ExportDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
		write(document, out);
		return out.toByteArray();
	}

	public static byte[] render(Sheet sheet) {
		return render(ExportDocument.of(sheet));
	}

	/**
	 * Writes the workbook to the stream, which stays open (a zip entry, a response body).
	 */
	public static void write(ExportDocument document, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Classlytics", "1.0");
			SheetNames names = new SheetNames();
			if (hasOverview(document)) {
				OverviewSheet.write(workbook.newWorksheet(names.unique(document.name())), document);
			}
			for (Section.Table table : document.tables()) {
				writeTable(workbook.newWorksheet(names.unique(table.sheet().name())), table.sheet());
			}
			if (!hasOverview(document) && document.tables().isEmpty()) {
				// A workbook must have a sheet; an empty document still opens.
				workbook.newWorksheet(names.unique(document.name()));
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean hasOverview(ExportDocument document) {
		return document.sections()
			.stream()
			.anyMatch((section) -> !(section instanceof Section.Table) && !(section instanceof Section.Chart));
	}

	private static void writeTable(Worksheet ws, Sheet sheet) {
		List<Column> columns = sheet.columns();
		int last = columns.size() - 1;
		for (int c = 0; c <= last; c++) {
			ws.value(0, c, FormulaGuard.neutralise(columns.get(c).header()));
		}
		ws.range(0, 0, 0, last)
			.style()
			.bold()
			.fillColor(HEADER_FILL)
			.borderStyle(BorderSide.BOTTOM, BorderStyle.THIN)
			.set();
		ws.freezePane(0, 1);
		int r = 1;
		for (List<Object> row : sheet.rows()) {
			for (int c = 0; c <= last; c++) {
				value(ws, r, c, columns.get(c), row.get(c));
			}
			r++;
		}
		if (r > 1) {
			for (int c = 0; c <= last; c++) {
				String format = numberFormat(columns.get(c));
				if (format != null) {
					ws.range(1, c, r - 1, c).style().format(format).set();
				}
			}
		}
		double[] widths = ColumnWidths.of(sheet);
		for (int c = 0; c <= last; c++) {
			ws.width(c, widths[c]);
		}
	}

	static void value(Worksheet ws, int r, int c, Column column, Object value) {
		if (value == null) {
			return;
		}
		switch (column.type()) {
			case TEXT -> ws.value(r, c, FormulaGuard.neutralise(CellValues.text(value)));
			case INTEGER, DECIMAL, PERCENTAGE -> ws.value(r, c, CellValues.number(column, value));
			case DATE -> ws.value(r, c, (LocalDate) value);
		}
	}

	/**
	 * The Excel number format of a column, or {@code null} for General.
	 */
	static String numberFormat(Column column) {
		String decimals = (column.scale() > 0) ? "." + "0".repeat(column.scale()) : "";
		return switch (column.type()) {
			case DECIMAL -> "0" + decimals;
			case PERCENTAGE -> "0" + decimals + "\"%\"";
			case DATE -> DATE_FORMAT;
			case TEXT, INTEGER -> null;
		};
	}

}
