package org.classlytics.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes worksheet names Excel accepts: at most 31 characters, none of
 * {@code : \ / ? * [ ]}, no apostrophe at either end, and unique regardless of case.
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	private final Set<String> taken = new HashSet<>();

	String unique(String wanted) {
		String base = clean(wanted);
		String name = base;
		for (int n = 2; !this.taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).strip() + suffix;
		}
		return name;
	}

	static String clean(String wanted) {
		String name = (wanted == null) ? "" : wanted.replaceAll("[:\\\\/?*\\[\\]\\p{Cntrl}]", "_").strip();
		if (name.length() > MAX_LENGTH) {
			name = name.substring(0, MAX_LENGTH).strip();
		}
		while (name.startsWith("'")) {
			name = name.substring(1);
		}
		while (name.endsWith("'")) {
			name = name.substring(0, name.length() - 1);
		}
		return name.isBlank() ? "Sheet" : name;
	}

}
