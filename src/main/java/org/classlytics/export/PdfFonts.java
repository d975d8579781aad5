package org.classlytics.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Parsed font faces, kept between renders. Parsing a face costs about a millisecond and
 * embedding a parsed one a third of that, so each render borrows parsed faces instead of
 * loading font files. A parsed face reads its glyphs lazily from one buffer and is not
 * safe for two documents at once: each render has a set of its own, returned afterwards.
 */
final class PdfFonts {

	// Enough for the concurrent renders of a busy server; beyond that, sets are made and
	// dropped rather than kept.
	private static final int MAX_IDLE = 8;

	/**
	 * Generic CSS families that also resolve to the bundled face, so a template that asks
	 * for them still embeds a font that has Greek and Cyrillic.
	 */
	private static final String[] FAMILIES = { BundledFonts.FAMILY, "sans-serif", "serif" };

	private final Queue<Faces> idle = new ConcurrentLinkedQueue<>();

	Faces borrow() {
		Faces faces = this.idle.poll();
		return (faces != null) ? faces : new Faces(parse(BundledFonts.regular()), parse(BundledFonts.bold()));
	}

	void release(Faces faces) {
		if (this.idle.size() < MAX_IDLE) {
			this.idle.offer(faces);
		}
	}

	/**
	 * Offers the faces to one render; a face is embedded (as a subset) only if the
	 * document uses it.
	 */
	static void register(PdfRendererBuilder builder, PDDocument document, Faces faces) {
		EmbeddedFace regular = new EmbeddedFace(document, faces.regular());
		EmbeddedFace bold = new EmbeddedFace(document, faces.bold());
		for (String family : FAMILIES) {
			builder.useFont(regular, family, 400, FontStyle.NORMAL, true);
			builder.useFont(bold, family, 700, FontStyle.NORMAL, true);
		}
	}

	private static TrueTypeFont parse(byte[] ttf) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Faces(TrueTypeFont regular, TrueTypeFont bold) {
	}

	/**
	 * Embeds a parsed face into one document when the layout first needs it, once however
	 * many families name it.
	 */
	private static final class EmbeddedFace extends PDFontSupplier {

		private final PDDocument document;

		private final TrueTypeFont face;

		private PDFont font;

		EmbeddedFace(PDDocument document, TrueTypeFont face) {
			super(null);
			this.document = document;
			this.face = face;
		}

		@Override
		public PDFont supply() {
			if (this.font == null) {
				try {
					this.font = PDType0Font.load(this.document, this.face, true);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this.font;
		}

	}

}
