package org.classlytics.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces, and inside a word only when the
 * word alone is wider than the line.
 */
final class TextLines {

	// Widths are sums of floats: a column as wide as its widest text must still hold it.
	private static final float SLACK = 0.01f;

	private TextLines() {
	}

	static List<String> wrap(String text, PdfFace face, float size, float lineWidth) {
		float width = lineWidth + SLACK;
		if (face.width(text, size) <= width) {
			return List.of(text);
		}
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (face.width(candidate, size) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (face.width(rest, size) > width && rest.length() > 1) {
				int fit = fitting(rest, face, size, width);
				lines.add(rest.substring(0, fit));
				rest = rest.substring(fit);
			}
			line.append(rest);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * The width of the widest word: a column narrower than that would break words.
	 */
	static float longestWord(String text, PdfFace face, float size) {
		float longest = 0;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == ' ') {
				longest = Math.max(longest, face.width(text.substring(start, i), size));
				start = i + 1;
			}
		}
		return longest;
	}

	// At least one character, so that a narrow column still makes progress.
	private static int fitting(String word, PdfFace face, float size, float width) {
		int fit = 1;
		while (fit < word.length() && face.width(word.substring(0, fit + 1), size) <= width) {
			fit++;
		}
		return fit;
	}

}
