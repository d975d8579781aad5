package org.classlytics.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Parsed font faces, kept between renders. Parsing a face costs about a millisecond and
 * embedding a parsed one a fraction of that, so each render borrows parsed faces instead
 * of loading font files. A parsed face reads its glyphs lazily from one buffer and is not
 * safe for two documents at once: each render has a set of its own, returned afterwards.
 * Their widths, read once, are shared.
 */
final class PdfFonts {

	// Enough for the concurrent renders of a busy server; beyond that, sets are made and
	// dropped rather than kept.
	private static final int MAX_IDLE = 8;

	private static final byte[] REGULAR = withoutGlyphSubstitution(BundledFonts.regular());

	private static final byte[] BOLD = withoutGlyphSubstitution(BundledFonts.bold());

	private final Queue<Faces> idle = new ConcurrentLinkedQueue<>();

	private final FontWidths regularWidths;

	private final FontWidths boldWidths;

	PdfFonts() {
		Faces faces = parse();
		this.regularWidths = new FontWidths(faces.regular());
		this.boldWidths = new FontWidths(faces.bold());
		this.idle.offer(faces);
	}

	Faces borrow() {
		Faces faces = this.idle.poll();
		return (faces != null) ? faces : parse();
	}

	void release(Faces faces) {
		if (this.idle.size() < MAX_IDLE) {
			this.idle.offer(faces);
		}
	}

	/**
	 * The faces as fonts of one document, embedded as subsets of the glyphs it shows.
	 */
	PdfFace.Pair embed(PDDocument document, Faces faces) {
		try {
			return new PdfFace.Pair(new PdfFace(PDType0Font.load(document, faces.regular(), true), this.regularWidths),
					new PdfFace(PDType0Font.load(document, faces.bold(), true), this.boldWidths));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Faces parse() {
		return new Faces(parse(REGULAR), parse(BOLD));
	}

	private static TrueTypeFont parse(byte[] ttf) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The face with its glyph substitution table (GSUB) hidden from the parser, its tag
	 * renamed in the table directory. PDFBox applies a face's substitutions on every
	 * {@code showText}, which cost about 25 times the encoding of the text itself; Latin,
	 * Greek and Cyrillic print one glyph per character without them, and a subset never
	 * carries the table anyway.
	 */
	static byte[] withoutGlyphSubstitution(byte[] ttf) {
		byte[] copy = ttf.clone();
		int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
		for (int t = 0; t < tables; t++) {
			int at = 12 + 16 * t;
			if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
				copy[at] = 'g';
				copy[at + 1] = 's';
				copy[at + 2] = 'u';
				copy[at + 3] = 'b';
			}
		}
		return copy;
	}

	record Faces(TrueTypeFont regular, TrueTypeFont bold) {
	}

}
