package org.classlytics.export;

/**
 * Turns the localised "Page {0} of {1}" into the value of a CSS {@code content} property,
 * with the page counters where the placeholders stood, so each language keeps its own
 * word order.
 */
final class PageCounter {

	static final String PAGE = "\u0001";

	static final String PAGES = "\u0002";

	private PageCounter() {
	}

	/**
	 * The CSS for a message formatted with {@link #PAGE} and {@link #PAGES} as its
	 * arguments, for example {@code "Page " counter(page) " of " counter(pages)}.
	 */
	static String css(String formatted) {
		StringBuilder css = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < formatted.length(); i++) {
			char ch = formatted.charAt(i);
			if (ch == PAGE.charAt(0) || ch == PAGES.charAt(0)) {
				appendLiteral(css, literal);
				append(css, (ch == PAGE.charAt(0)) ? "counter(page)" : "counter(pages)");
			}
			else {
				literal.append(ch);
			}
		}
		appendLiteral(css, literal);
		return css.toString();
	}

	private static void appendLiteral(StringBuilder css, StringBuilder literal) {
		if (literal.isEmpty()) {
			return;
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (int i = 0; i < literal.length(); i++) {
			char ch = literal.charAt(i);
			switch (ch) {
				case '"', '\\' -> quoted.append('\\').append(ch);
				case '\n' -> quoted.append("\\A ");
				case '<' -> quoted.append("\\3C ");
				default -> quoted.append(ch);
			}
		}
		append(css, quoted.append('"').toString());
		literal.setLength(0);
	}

	private static void append(StringBuilder css, String part) {
		if (!css.isEmpty()) {
			css.append(' ');
		}
		css.append(part);
	}

}
