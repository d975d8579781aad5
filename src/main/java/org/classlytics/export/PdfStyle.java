package org.classlytics.export;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The printed look of every PDF: A4 with the margins, sizes and colours the reports have
 * always had (body 9.5 pt at 1.35 line height, blue headings, tables with a shaded header
 * row), in points.
 */
final class PdfStyle {

	static final PDRectangle PAGE = PDRectangle.A4;

	static final float MM = 72f / 25.4f;

	static final float TOP = 24 * MM;

	static final float BOTTOM = 18 * MM;

	static final float SIDE = 15 * MM;

	static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * SIDE;

	static final float LINE_HEIGHT = 1.35f;

	static final float BODY_SIZE = 9.5f;

	static final float TITLE_SIZE = 16f;

	static final float HEADING_SIZE = 11.5f;

	static final float HEADER_SIZE = 8.5f;

	static final float FOOTER_SIZE = 8f;

	static final float TITLE_GAP = 1.5f * MM;

	static final float HEADING_ABOVE = 6 * MM;

	static final float HEADING_BELOW = 2 * MM;

	static final float CELL_PAD_X = 2 * MM;

	static final float CELL_PAD_Y = 1.2f * MM;

	// Between a summary's label and its value.
	static final float LABEL_GAP = 8 * MM;

	static final float NOTE_INDENT = 5 * MM;

	static final float NOTE_GAP = 1 * MM;

	static final PdfColor TEXT = PdfColor.of(0x222222);

	static final PdfColor ACCENT = PdfColor.of(0x1F4E79);

	static final PdfColor MUTED = PdfColor.of(0x555555);

	static final PdfColor FAINT = PdfColor.of(0x666666);

	static final PdfColor HEADER_FILL = PdfColor.of(0xDDEBF7);

	static final PdfColor RULE = PdfColor.of(0x8EA9C1);

	static final PdfColor ROW_RULE = PdfColor.of(0xE3E3E3);

	private PdfStyle() {
	}

	static float lineHeight(float size) {
		return size * LINE_HEIGHT;
	}

	/**
	 * From the top of a line box to the baseline of its text: half the leading, then the
	 * face's ascent (DejaVu Sans: ascent 0.928 em, descent 0.236 em).
	 */
	static float baseline(float size) {
		return size * ((LINE_HEIGHT - 1.164f) / 2 + 0.928f);
	}

}
