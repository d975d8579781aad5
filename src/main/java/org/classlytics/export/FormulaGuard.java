package org.classlytics.export;

/**
 * Keeps spreadsheet programs from reading text as a formula (CSV injection): text that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as
 * OWASP recommends. Only text cells are guarded; numbers are written as numbers.
 */
final class FormulaGuard {

	private FormulaGuard() {
	}

	static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
