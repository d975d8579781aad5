package org.classlytics.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a printed table, its cells already broken into lines for their columns, each
 * cell in a colour of its own.
 */
record PdfRow(List<List<String>> cells, PdfFace face, List<PdfColor> colors) {

	static PdfRow of(List<String> texts, List<PdfColumn> columns, PdfFace face, List<PdfColor> colors) {
		List<List<String>> cells = new ArrayList<>(texts.size());
		for (int c = 0; c < texts.size(); c++) {
			cells.add(TextLines.wrap(texts.get(c), face, PdfStyle.BODY_SIZE, columns.get(c).textWidth()));
		}
		return new PdfRow(cells, face, colors);
	}

	float height() {
		int lines = 1;
		for (List<String> cell : this.cells) {
			lines = Math.max(lines, cell.size());
		}
		return lines * PdfStyle.lineHeight(PdfStyle.BODY_SIZE) + 2 * PdfStyle.CELL_PAD_Y;
	}

	/**
	 * Draws the row's text from the cursor down (cells aligned at the top) and moves the
	 * cursor below it.
	 */
	void draw(PdfCanvas canvas, List<PdfColumn> columns) {
		float size = PdfStyle.BODY_SIZE;
		float top = canvas.y() - PdfStyle.CELL_PAD_Y;
		for (int c = 0; c < this.cells.size(); c++) {
			PdfColumn column = columns.get(c);
			float baseline = top - PdfStyle.baseline(size);
			for (String line : this.cells.get(c)) {
				if (!line.isEmpty()) {
					canvas.text(line, this.face, size, this.colors.get(c), column.start(this.face.width(line, size)),
							baseline);
				}
				baseline -= PdfStyle.lineHeight(size);
			}
		}
		canvas.advance(height());
	}

}
