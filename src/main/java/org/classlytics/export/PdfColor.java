package org.classlytics.export;

/**
 * An RGB colour with components between 0 and 1, as PDF content streams take them.
 */
record PdfColor(float red, float green, float blue) {

	static PdfColor of(int rgb) {
		return new PdfColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
	}

}
