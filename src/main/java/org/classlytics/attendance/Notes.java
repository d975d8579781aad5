package org.classlytics.attendance;

import java.util.Optional;

import org.classlytics.platform.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * The free-text note of an attendance record or behaviour entry: trimmed, at most
 * {@value #MAX_LENGTH} characters, and absent rather than blank.
 */
final class Notes {

	static final int MAX_LENGTH = 1000;

	private Notes() {
	}

	static String clean(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		return note.trim();
	}

	static boolean tooLong(String note) {
		return note != null && note.trim().length() > MAX_LENGTH;
	}

	/**
	 * What a PATCH asks of a note. A record cannot tell an absent field from an explicit
	 * null once Jackson has bound it, a {@link JsonNode} can: null leaves the note as it
	 * is, an empty optional clears it.
	 */
	static Optional<String> change(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isNull()) {
			return Optional.empty();
		}
		if (!node.isString()) {
			throw InvalidInputException.field("note", "must be text");
		}
		if (tooLong(node.asString())) {
			throw InvalidInputException.field("note", "must be at most " + MAX_LENGTH + " characters");
		}
		return Optional.ofNullable(clean(node.asString()));
	}

}
