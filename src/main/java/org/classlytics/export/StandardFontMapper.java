package org.classlytics.export;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Gives PDFBox the bundled face for the 14 standard PDF fonts. openhtmltopdf offers those
 * fonts to every document (as fallbacks that are never embedded), and PDFBox looks each
 * one up among the machine's fonts: the first time it scans them all and writes a cache
 * to the home directory, and every time it logs a warning per font the machine lacks.
 * Other names still go to PDFBox's own mapper.
 */
final class StandardFontMapper implements FontMapper {

	private final FontMapper others;

	private final TrueTypeFont substitute;

	private StandardFontMapper(FontMapper others) {
		this.others = others;
		try {
			this.substitute = new TTFParser().parse(new RandomAccessReadBuffer(BundledFonts.regular()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static synchronized void install() {
		FontMapper current = FontMappers.instance();
		if (!(current instanceof StandardFontMapper)) {
			FontMappers.set(new StandardFontMapper(current));
		}
	}

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
		return Standard14Fonts.containsName(baseFont) ? new FontMapping<>(this.substitute, false)
				: this.others.getTrueTypeFont(baseFont, fontDescriptor);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
		return Standard14Fonts.containsName(baseFont) ? new FontMapping<>(this.substitute, false)
				: this.others.getFontBoxFont(baseFont, fontDescriptor);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
		return this.others.getCIDFont(baseFont, fontDescriptor, cidSystemInfo);
	}

}
