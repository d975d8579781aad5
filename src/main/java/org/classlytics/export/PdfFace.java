package org.classlytics.export;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font of one document with the widths to lay text out in it.
 */
record PdfFace(PDFont font, FontWidths widths) {

	float width(String text, float size) {
		return this.widths.width(text, size);
	}

	String printable(String text) {
		return this.widths.printable(text);
	}

	/**
	 * The regular and bold faces of a document.
	 */
	record Pair(PdfFace regular, PdfFace bold) {

	}

}
