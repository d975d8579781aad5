package org.classlytics.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The advance widths of a face for every character of the Basic Multilingual Plane, read
 * once from its tables, so that measuring text for layout is an array lookup and the same
 * for every document. Immutable, shared by all renders.
 */
final class FontWidths {

	/**
	 * What prints instead of a character the face has no glyph for.
	 */
	static final char MISSING = '?';

	private final float[] widths = new float[Character.MAX_VALUE + 1];

	FontWidths(TrueTypeFont face) {
		try {
			CmapLookup cmap = face.getUnicodeCmapLookup();
			HorizontalMetricsTable metrics = face.getHorizontalMetrics();
			float scale = 1000f / face.getUnitsPerEm();
			Arrays.fill(this.widths, -1);
			for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
				int glyph = Character.isISOControl(ch) || Character.isSurrogate((char) ch) ? 0 : cmap.getGlyphId(ch);
				if (glyph != 0) {
					this.widths[ch] = metrics.getAdvanceWidth(glyph) * scale;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The width of text in points at a size; the text must be {@link #printable}.
	 */
	float width(String text, float size) {
		float units = 0;
		for (int i = 0; i < text.length(); i++) {
			units += this.widths[text.charAt(i)];
		}
		return units * size / 1000f;
	}

	/**
	 * The text with line breaks and tabs as spaces and {@link #MISSING} for each
	 * character the face cannot draw (a PDF font cannot show a glyph it lacks).
	 */
	String printable(String text) {
		StringBuilder printable = null;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (this.widths[ch] >= 0) {
				if (printable != null) {
					printable.append(ch);
				}
				continue;
			}
			if (printable == null) {
				printable = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (Character.isHighSurrogate(ch) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			printable.append(Character.isWhitespace(ch) ? ' ' : MISSING);
		}
		return (printable != null) ? printable.toString() : text;
	}

}
