package org.classlytics.export;

import java.io.IOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfFontsTests {

	@Test
	void hidesTheGlyphSubstitutionsAndKeepsTheGlyphs() throws IOException {
		TrueTypeFont original = parse(BundledFonts.regular());
		TrueTypeFont printed = parse(PdfFonts.withoutGlyphSubstitution(BundledFonts.regular()));

		assertThat(original.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
		assertThat(printed.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
		assertThat(printed.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
		for (int ch : "Aé Ω Ж%".codePoints().toArray()) {
			assertThat(printed.getUnicodeCmapLookup().getGlyphId(ch))
				.isEqualTo(original.getUnicodeCmapLookup().getGlyphId(ch))
				.isPositive();
		}
	}

	@Test
	void measuresTextWithTheFacesAdvanceWidths() throws IOException {
		TrueTypeFont face = parse(BundledFonts.regular());
		FontWidths widths = new FontWidths(face);
		int glyph = face.getUnicodeCmapLookup().getGlyphId('W');
		float expected = face.getAdvanceWidth(glyph) * 1000f / face.getUnitsPerEm() * 10 / 1000;

		assertThat(widths.width("WW", 10)).isEqualTo(2 * expected);
		assertThat(widths.printable("a\tb\n\u0001\uD83D\uDE00c")).isEqualTo("a b ??c");
	}

	private static TrueTypeFont parse(byte[] ttf) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
	}

}
