package org.classlytics.export;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Latin letters for Greek and Cyrillic text, after the common romanisations (ELOT 743 for
 * Greek, the passport table for Russian), and accents dropped from Latin letters. It only
 * has to give a readable ASCII file name to clients that ignore {@code filename*}.
 */
final class Transliteration {

	private static final Map<Character, String> LETTERS = new HashMap<>();

	private static final Map<String, String> GREEK_PAIRS = Map.of("ου", "ou", "αυ", "av", "ευ", "ev", "ηυ", "iv", "γγ",
			"ng", "γξ", "nx", "γχ", "nch");

	static {
		letters("αβγδεζηθικλμνξοπρσςτυφχψω", new String[] { "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m",
				"n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o" });
		letters("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
				new String[] { "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
						"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i",
						"ie", "g" });
	}

	private Transliteration() {
	}

	static String toLatin(String text) {
		// Decomposed, accents are separate marks: ό becomes ο plus a mark, é becomes e
		// plus
		// one.
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder latin = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char ch = decomposed.charAt(i);
			if (Character.getType(ch) == Character.NON_SPACING_MARK) {
				continue;
			}
			char lower = Character.toLowerCase(ch);
			String pair = (i + 1 < decomposed.length()) ? pair(lower, nextLetter(decomposed, i + 1)) : null;
			String mapped = (pair != null) ? pair : LETTERS.get(lower);
			if (mapped == null) {
				latin.append(ch);
				continue;
			}
			if (pair != null) {
				i = indexOfNextLetter(decomposed, i + 1);
			}
			latin.append((Character.isUpperCase(ch) && !mapped.isEmpty())
					? Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1) : mapped);
		}
		return latin.toString();
	}

	private static String pair(char first, char second) {
		return GREEK_PAIRS.get("" + first + Character.toLowerCase(second));
	}

	private static char nextLetter(String text, int from) {
		int index = indexOfNextLetter(text, from);
		return (index < text.length()) ? text.charAt(index) : ' ';
	}

	// The next character that is not an accent mark, so that ού still reads as ou.
	private static int indexOfNextLetter(String text, int from) {
		int index = from;
		while (index < text.length() && Character.getType(text.charAt(index)) == Character.NON_SPACING_MARK) {
			index++;
		}
		return index;
	}

	private static void letters(String letters, String[] latin) {
		if (letters.length() != latin.length) {
			throw new IllegalStateException("transliteration table out of step");
		}
		for (int i = 0; i < latin.length; i++) {
			LETTERS.put(letters.charAt(i), latin[i]);
		}
	}

}
