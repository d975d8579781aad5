package org.classlytics.export;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} values for downloads and mail attachments. The plain
 * {@code filename} is ASCII (Greek and Cyrillic transliterated), which every client
 * reads; {@code filename*} (RFC 6266 with RFC 5987 encoding) carries the real name, in
 * UTF-8, for the clients that understand it, and only when the two differ.
 */
public final class Attachment {

	private static final String FALLBACK_NAME = "download";

	private Attachment() {
	}

	/**
	 * For example {@code attachment; filename="Papadopoulos_Giorgos.pdf";
	 * filename*=UTF-8''%CE%A0%CE%B1...}.
	 */
	public static String contentDisposition(String filename) {
		String name = safe(filename);
		String ascii = asciiFilename(name);
		StringBuilder value = new StringBuilder("attachment; filename=\"").append(ascii).append('"');
		if (!ascii.equals(name)) {
			value.append("; filename*=UTF-8''").append(encode(name));
		}
		return value.toString();
	}

	/**
	 * An ASCII name for the file: letters transliterated, accents dropped, and anything
	 * but letters, digits, {@code . _ -} replaced by {@code _}. Also suits zip entries.
	 */
	public static String asciiFilename(String filename) {
		String latin = Transliteration.toLatin(safe(filename));
		StringBuilder ascii = new StringBuilder(latin.length());
		for (int i = 0; i < latin.length(); i++) {
			char ch = latin.charAt(i);
			boolean plain = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
					|| ch == '.' || ch == '_' || ch == '-';
			ascii.append(plain ? ch : '_');
		}
		String name = ascii.toString();
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		if (!base.matches(".*[A-Za-z0-9].*")) {
			return (dot > 0 && dot < name.length() - 1) ? FALLBACK_NAME + name.substring(dot) : FALLBACK_NAME;
		}
		return name;
	}

	// No path, no control characters: a name is a name, whoever typed the last name.
	private static String safe(String filename) {
		String name = (filename == null) ? "" : filename.replaceAll("[/\\\\\\p{Cntrl}]", "_").strip();
		return name.isEmpty() ? FALLBACK_NAME : name;
	}

	// RFC 5987 attr-char stays, every other byte of the UTF-8 form is percent-encoded.
	private static String encode(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int ch = b & 0xFF;
			boolean attrChar = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
					|| "!#$&+-.^_`|~".indexOf(ch) >= 0;
			if (attrChar) {
				encoded.append((char) ch);
			}
			else {
				encoded.append('%')
					.append(Character.toUpperCase(Character.forDigit(ch >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(ch & 0xF, 16)));
			}
		}
		return encoded.toString();
	}

}
