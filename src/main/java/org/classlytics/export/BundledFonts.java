package org.classlytics.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu Sans faces shipped under {@code export/fonts}, read once. They cover Latin,
 * Greek and Cyrillic, so names print the same on every machine, whatever fonts it has.
 */
final class BundledFonts {

	static final String FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = read("export/fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = read("export/fonts/DejaVuSans-Bold.ttf");

	private BundledFonts() {
	}

	static byte[] regular() {
		return REGULAR;
	}

	static byte[] bold() {
		return BOLD;
	}

	static Font awtRegular() {
		return Awt.REGULAR;
	}

	static Font awtBold() {
		return Awt.BOLD;
	}

	private static byte[] read(String path) {
		try (InputStream in = BundledFonts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing font " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The AWT faces for charts, made on first use so that PDFs alone never start AWT.
	 */
	private static final class Awt {

		static final Font REGULAR = create(BundledFonts.REGULAR);

		static final Font BOLD = create(BundledFonts.BOLD);

		private static Font create(byte[] bytes) {
			try {
				return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
			}
			catch (FontFormatException | IOException ex) {
				throw new IllegalStateException("cannot load a bundled font", ex);
			}
		}

	}

}
