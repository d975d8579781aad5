package org.classlytics.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pages of one document and a cursor that runs down them. A new page starts with the
 * running header (the school on the left, the document's name on the right, a rule under
 * them); {@link #finish} writes "Page n of m" on every page once m is known. Coordinates
 * are PDF points from the bottom left; {@link #y()} is the top of the free space.
 */
final class PdfCanvas {

	private static final float RIGHT = PdfStyle.PAGE.getWidth() - PdfStyle.SIDE;

	private static final float FLOOR = PdfStyle.BOTTOM;

	private final PDDocument document;

	private final PdfFace.Pair faces;

	private final String school;

	private final String title;

	private final List<PDPage> pages = new ArrayList<>();

	private PDPageContentStream content;

	private float y;

	// Nothing drawn on the page yet below its header: breaking again would not help.
	private boolean fresh;

	PdfCanvas(PDDocument document, PdfFace.Pair faces, String school, String title) {
		this.document = document;
		this.faces = faces;
		this.school = faces.bold().printable(school);
		this.title = faces.regular().printable(title);
		newPage();
	}

	PdfFace.Pair faces() {
		return this.faces;
	}

	float y() {
		return this.y;
	}

	/**
	 * Starts a new page unless the height fits below the cursor (or the page is still
	 * empty).
	 * @return whether a page was started
	 */
	boolean reserve(float height) {
		if (this.y - height >= FLOOR || this.fresh) {
			return false;
		}
		newPage();
		return true;
	}

	void advance(float height) {
		this.y -= height;
		this.fresh = false;
	}

	/**
	 * Moves down by a margin, which a page break swallows.
	 */
	void skip(float height) {
		if (!this.fresh) {
			this.y = Math.max(this.y - height, FLOOR);
		}
	}

	void text(String text, PdfFace face, float size, PdfColor color, float x, float baseline) {
		try {
			this.content.beginText();
			this.content.setFont(face.font(), size);
			color(color);
			this.content.newLineAtOffset(x, baseline);
			this.content.showText(text);
			this.content.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void fill(float x, float bottom, float width, float height, PdfColor color) {
		try {
			color(color);
			this.content.addRect(x, bottom, width, height);
			this.content.fill();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A horizontal rule across the content width.
	 */
	void rule(float at, float thickness, PdfColor color) {
		fill(PdfStyle.SIDE, at - thickness / 2, PdfStyle.CONTENT_WIDTH, thickness, color);
	}

	void mark(float x, float centre, float radius, PdfColor color) {
		fill(x - radius, centre - radius, 2 * radius, 2 * radius, color);
	}

	void image(PDImageXObject image, float x, float bottom, float width, float height) {
		try {
			this.content.drawImage(image, x, bottom, width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	PDDocument document() {
		return this.document;
	}

	/**
	 * Closes the last page and numbers them all, with {@code footer} making the text for
	 * page n of m.
	 */
	void finish(BiFunction<Integer, Integer, String> footer) {
		try {
			this.content.close();
			PdfFace face = this.faces.regular();
			for (int n = 1; n <= this.pages.size(); n++) {
				String text = face.printable(footer.apply(n, this.pages.size()));
				try (PDPageContentStream stream = new PDPageContentStream(this.document, this.pages.get(n - 1),
						AppendMode.APPEND, true)) {
					this.content = stream;
					text(text, face, PdfStyle.FOOTER_SIZE, PdfStyle.FAINT,
							RIGHT - face.width(text, PdfStyle.FOOTER_SIZE), FLOOR / 2 - PdfStyle.FOOTER_SIZE / 3);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void newPage() {
		try {
			if (this.content != null) {
				this.content.close();
			}
			PDPage page = new PDPage(PdfStyle.PAGE);
			this.document.addPage(page);
			this.pages.add(page);
			this.content = new PDPageContentStream(this.document, page, AppendMode.OVERWRITE, true);
			header();
			this.y = PdfStyle.PAGE.getHeight() - PdfStyle.TOP;
			this.fresh = true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The header sits at the bottom of the top margin, 3 mm above the content.
	private void header() {
		float size = PdfStyle.HEADER_SIZE;
		float rule = PdfStyle.PAGE.getHeight() - PdfStyle.TOP + 3 * PdfStyle.MM;
		float baseline = rule + PdfStyle.MM + PdfStyle.lineHeight(size) - PdfStyle.baseline(size);
		text(this.school, this.faces.bold(), size, PdfStyle.ACCENT, PdfStyle.SIDE, baseline);
		PdfFace face = this.faces.regular();
		text(this.title, face, size, PdfStyle.FAINT, RIGHT - face.width(this.title, size), baseline);
		rule(rule, 0.75f, PdfStyle.RULE);
	}

	private void color(PdfColor color) throws IOException {
		this.content.setNonStrokingColor(color.red(), color.green(), color.blue());
	}

}
