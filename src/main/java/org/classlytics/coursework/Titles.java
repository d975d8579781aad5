package org.classlytics.coursework;

import org.classlytics.platform.InvalidInputException;

final class Titles {

	static final int MAX_LENGTH = 200;

	private Titles() {
	}

	static String require(String title) {
		if (title == null || title.isBlank()) {
			throw InvalidInputException.field("title", "must not be blank");
		}
		String trimmed = title.trim();
		if (trimmed.length() > MAX_LENGTH) {
			throw InvalidInputException.field("title", "must be at most " + MAX_LENGTH + " characters");
		}
		return trimmed;
	}

}
