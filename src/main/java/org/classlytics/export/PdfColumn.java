package org.classlytics.export;

/**
 * Where a column of a printed table sits: its left edge and width, the padding inside it
 * on either side, and whether its text is aligned right (numbers).
 */
record PdfColumn(float x, float width, float padLeft, float padRight, boolean right) {

	float textWidth() {
		return this.width - this.padLeft - this.padRight;
	}

	/**
	 * Where a line of text of the given width starts.
	 */
	float start(float textWidth) {
		return this.right ? this.x + this.width - this.padRight - textWidth : this.x + this.padLeft;
	}

	PdfColumn aligned(boolean right) {
		return new PdfColumn(this.x, this.width, this.padLeft, this.padRight, right);
	}

}
