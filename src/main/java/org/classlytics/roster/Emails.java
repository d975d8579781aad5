package org.classlytics.roster;

import java.util.Locale;

/**
 * Emails compare case-insensitively; they are stored in one canonical spelling.
 */
final class Emails {

	private Emails() {
	}

	static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
