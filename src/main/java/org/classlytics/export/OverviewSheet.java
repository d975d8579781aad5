package org.classlytics.export;

import org.dhatim.fastexcel.Worksheet;

/**
 * The first sheet of a workbook: the title, summaries and notes of a document, one below
 * the other, with labels in the first column and typed values in the second.
 */
final class OverviewSheet {

	private static final int TITLE_FONT_SIZE = 14;

	private OverviewSheet() {
	}

	static void write(Worksheet ws, ExportDocument document) {
		int r = 0;
		double labelWidth = 0;
		double valueWidth = 0;
		for (Section section : document.sections()) {
			if (section instanceof Section.Table || section instanceof Section.Chart) {
				continue;
			}
			if (r > 0) {
				r++;
			}
			if (section instanceof Section.Title title) {
				text(ws, r, 0, title.text());
				ws.style(r, 0).bold().fontSize(TITLE_FONT_SIZE).set();
				r++;
				for (String line : title.lines()) {
					text(ws, r++, 0, line);
				}
			}
			else if (section instanceof Section.Summary summary) {
				r = heading(ws, r, summary.heading());
				for (Section.Entry entry : summary.entries()) {
					text(ws, r, 0, entry.label());
					XlsxExport.value(ws, r, 1, entry.column(), entry.value());
					String format = XlsxExport.numberFormat(entry.column());
					if (format != null && entry.value() != null) {
						ws.style(r, 1).format(format).horizontalAlignment("right").set();
					}
					labelWidth = Math.max(labelWidth, entry.label().length());
					valueWidth = Math.max(valueWidth, ColumnWidths.displayLength(entry.column(), entry.value()));
					r++;
				}
			}
			else if (section instanceof Section.Notes notes) {
				r = heading(ws, r, notes.heading());
				for (String item : notes.items()) {
					text(ws, r++, 0, item);
				}
			}
		}
		// Titles and notes may be long; they spill over the empty cells to their right.
		ws.width(0, ColumnWidths.fit(labelWidth));
		ws.width(1, ColumnWidths.fit(valueWidth));
	}

	private static int heading(Worksheet ws, int r, String heading) {
		if (heading == null) {
			return r;
		}
		text(ws, r, 0, heading);
		ws.style(r, 0).bold().set();
		return r + 1;
	}

	private static void text(Worksheet ws, int r, int c, String text) {
		ws.value(r, c, FormulaGuard.neutralise(text));
	}

}
