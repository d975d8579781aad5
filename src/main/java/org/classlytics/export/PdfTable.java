package org.classlytics.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link Sheet} printed across the content width: a shaded header row in bold, repeated
 * at the top of every page the table runs onto, and a rule under every row. A row never
 * splits across pages; numbers are aligned right.
 */
final class PdfTable {

	private final List<PdfColumn> columns;

	private final PdfRow header;

	private final List<List<String>> rows;

	private final PdfFace face;

	private final List<PdfColor> colors;

	private PdfTable(List<PdfColumn> columns, PdfRow header, List<List<String>> rows, PdfFace face) {
		this.columns = columns;
		this.header = header;
		this.rows = rows;
		this.face = face;
		this.colors = Collections.nCopies(columns.size(), PdfStyle.TEXT);
	}

	static PdfTable of(Sheet sheet, PrintedCells format, PdfFace.Pair faces) {
		List<Column> columns = sheet.columns();
		PdfFace regular = faces.regular();
		PdfFace bold = faces.bold();
		List<String> headers = new ArrayList<>(columns.size());
		float[] minimum = new float[columns.size()];
		float[] maximum = new float[columns.size()];
		float size = PdfStyle.BODY_SIZE;
		for (int c = 0; c < columns.size(); c++) {
			String text = bold.printable(columns.get(c).header());
			headers.add(text);
			minimum[c] = TextLines.longestWord(text, bold, size);
			maximum[c] = bold.width(text, size);
		}
		List<List<String>> rows = new ArrayList<>(sheet.rows().size());
		for (List<Object> values : sheet.rows()) {
			List<String> row = new ArrayList<>(columns.size());
			for (int c = 0; c < columns.size(); c++) {
				String text = regular.printable(format.format(columns.get(c), values.get(c)));
				row.add(text);
				minimum[c] = Math.max(minimum[c], TextLines.longestWord(text, regular, size));
				maximum[c] = Math.max(maximum[c], regular.width(text, size));
			}
			rows.add(row);
		}
		float padding = 2 * PdfStyle.CELL_PAD_X;
		for (int c = 0; c < columns.size(); c++) {
			minimum[c] += padding;
			maximum[c] += padding;
		}
		float[] widths = ColumnFit.fit(minimum, maximum, PdfStyle.CONTENT_WIDTH);
		List<PdfColumn> placed = new ArrayList<>(columns.size());
		float x = PdfStyle.SIDE;
		for (int c = 0; c < columns.size(); c++) {
			placed.add(new PdfColumn(x, widths[c], PdfStyle.CELL_PAD_X, PdfStyle.CELL_PAD_X, columns.get(c).numeric()));
			x += widths[c];
		}
		PdfRow header = PdfRow.of(headers, placed, bold, Collections.nCopies(columns.size(), PdfStyle.TEXT));
		return new PdfTable(placed, header, rows, regular);
	}

	/**
	 * The height the table needs before its first page break: the header and one row.
	 */
	float firstHeight() {
		return this.header.height() + (this.rows.isEmpty() ? 0 : row(0).height());
	}

	void draw(PdfCanvas canvas) {
		drawHeader(canvas);
		for (int r = 0; r < this.rows.size(); r++) {
			PdfRow row = row(r);
			if (canvas.reserve(row.height())) {
				drawHeader(canvas);
			}
			row.draw(canvas, this.columns);
			canvas.rule(canvas.y(), 0.5f, PdfStyle.ROW_RULE);
		}
	}

	private PdfRow row(int index) {
		return PdfRow.of(this.rows.get(index), this.columns, this.face, this.colors);
	}

	private void drawHeader(PdfCanvas canvas) {
		float height = this.header.height();
		canvas.fill(PdfStyle.SIDE, canvas.y() - height, PdfStyle.CONTENT_WIDTH, height, PdfStyle.HEADER_FILL);
		this.header.draw(canvas, this.columns);
		canvas.rule(canvas.y(), 0.75f, PdfStyle.RULE);
	}

}
