package org.classlytics.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays the sections of a document out on a canvas, one after another: a title with its
 * lines, headed summaries (labels and values), tables, bulleted notes and charts. A
 * heading always stays on the page of what follows it, and a chart is never split.
 */
final class PdfSections {

	private static final List<PdfColor> SUMMARY_COLORS = List.of(PdfStyle.MUTED, PdfStyle.TEXT);

	private final PdfCanvas canvas;

	private final PrintedCells format;

	private final PdfFace regular;

	private final PdfFace bold;

	PdfSections(PdfCanvas canvas, PrintedCells format) {
		this.canvas = canvas;
		this.format = format;
		this.regular = canvas.faces().regular();
		this.bold = canvas.faces().bold();
	}

	void draw(Section section) {
		if (section instanceof Section.Title title) {
			title(title);
		}
		else if (section instanceof Section.Summary summary) {
			summary(summary);
		}
		else if (section instanceof Section.Table table) {
			table(table);
		}
		else if (section instanceof Section.Notes notes) {
			notes(notes);
		}
		else if (section instanceof Section.Chart chart) {
			chart(chart);
		}
	}

	private void title(Section.Title title) {
		lines(title.text(), this.bold, PdfStyle.TITLE_SIZE, PdfStyle.ACCENT, PdfStyle.SIDE, PdfStyle.CONTENT_WIDTH);
		this.canvas.advance(PdfStyle.TITLE_GAP);
		for (String line : title.lines()) {
			lines(line, this.regular, PdfStyle.BODY_SIZE, PdfStyle.MUTED, PdfStyle.SIDE, PdfStyle.CONTENT_WIDTH);
		}
	}

	private void summary(Section.Summary summary) {
		float size = PdfStyle.BODY_SIZE;
		float labelWidth = 0;
		float valueWidth = 0;
		List<List<String>> texts = new ArrayList<>(summary.entries().size());
		for (Section.Entry entry : summary.entries()) {
			String label = this.regular.printable(entry.label());
			String value = this.regular.printable(this.format.format(entry.column(), entry.value()));
			labelWidth = Math.max(labelWidth, this.regular.width(label, size));
			valueWidth = Math.max(valueWidth, this.regular.width(value, size));
			texts.add(List.of(label, value));
		}
		float valueColumn = Math.min(valueWidth + 2 * PdfStyle.CELL_PAD_X, PdfStyle.CONTENT_WIDTH / 2);
		float labelColumn = Math.min(labelWidth + PdfStyle.LABEL_GAP, PdfStyle.CONTENT_WIDTH - valueColumn);
		PdfColumn label = new PdfColumn(PdfStyle.SIDE, labelColumn, 0, PdfStyle.LABEL_GAP, false);
		PdfColumn value = new PdfColumn(PdfStyle.SIDE + labelColumn, valueColumn, PdfStyle.CELL_PAD_X,
				PdfStyle.CELL_PAD_X, false);
		List<PdfRow> rows = new ArrayList<>(texts.size());
		List<List<PdfColumn>> columns = new ArrayList<>(texts.size());
		for (int r = 0; r < texts.size(); r++) {
			// Numbers sit right in the value column, text left.
			List<PdfColumn> own = List.of(label, value.aligned(summary.entries().get(r).column().numeric()));
			columns.add(own);
			rows.add(PdfRow.of(texts.get(r), own, this.regular, SUMMARY_COLORS));
		}
		heading(summary.heading(), rows.isEmpty() ? 0 : rows.get(0).height());
		for (int r = 0; r < rows.size(); r++) {
			this.canvas.reserve(rows.get(r).height());
			rows.get(r).draw(this.canvas, columns.get(r));
		}
	}

	private void table(Section.Table table) {
		PdfTable printed = PdfTable.of(table.sheet(), this.format, this.canvas.faces());
		heading(table.heading(), printed.firstHeight());
		this.canvas.reserve(printed.firstHeight());
		printed.draw(this.canvas);
	}

	private void notes(Section.Notes notes) {
		float size = PdfStyle.BODY_SIZE;
		float indent = PdfStyle.NOTE_INDENT;
		float lineHeight = PdfStyle.lineHeight(size);
		heading(notes.heading(), lineHeight);
		for (String item : notes.items()) {
			List<String> lines = TextLines.wrap(this.regular.printable(item), this.regular, size,
					PdfStyle.CONTENT_WIDTH - indent);
			for (int i = 0; i < lines.size(); i++) {
				this.canvas.reserve(lineHeight);
				float top = this.canvas.y();
				if (i == 0) {
					this.canvas.mark(PdfStyle.SIDE + indent / 2, top - lineHeight / 2, 1.2f, PdfStyle.TEXT);
				}
				this.canvas.text(lines.get(i), this.regular, size, PdfStyle.TEXT, PdfStyle.SIDE + indent,
						top - PdfStyle.baseline(size));
				this.canvas.advance(lineHeight);
			}
			this.canvas.skip(PdfStyle.NOTE_GAP);
		}
	}

	private void chart(Section.Chart chart) {
		ChartImage image = chart.image();
		float width = PdfStyle.CONTENT_WIDTH;
		float height = width * image.height() / image.width();
		heading(chart.heading(), height);
		this.canvas.reserve(height);
		try {
			PDImageXObject xobject = PDImageXObject.createFromByteArray(this.canvas.document(), image.png(),
					"chart.png");
			this.canvas.image(xobject, PdfStyle.SIDE, this.canvas.y() - height, width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.canvas.advance(height);
	}

	/**
	 * A section heading, kept on one page with the first {@code following} points of its
	 * section.
	 */
	private void heading(String heading, float following) {
		if (heading == null) {
			return;
		}
		float size = PdfStyle.HEADING_SIZE;
		String text = this.bold.printable(heading);
		List<String> lines = TextLines.wrap(text, this.bold, size, PdfStyle.CONTENT_WIDTH);
		this.canvas.skip(PdfStyle.HEADING_ABOVE);
		float height = lines.size() * PdfStyle.lineHeight(size) + PdfStyle.HEADING_BELOW;
		this.canvas.reserve(height + following);
		lines(text, this.bold, size, PdfStyle.ACCENT, PdfStyle.SIDE, PdfStyle.CONTENT_WIDTH);
		this.canvas.advance(PdfStyle.HEADING_BELOW);
	}

	// Wrapped text at the cursor, a page break allowed between lines.
	private void lines(String text, PdfFace face, float size, PdfColor color, float x, float width) {
		for (String line : TextLines.wrap(face.printable(text), face, size, width)) {
			this.canvas.reserve(PdfStyle.lineHeight(size));
			this.canvas.text(line, face, size, color, x, this.canvas.y() - PdfStyle.baseline(size));
			this.canvas.advance(PdfStyle.lineHeight(size));
		}
	}

}
