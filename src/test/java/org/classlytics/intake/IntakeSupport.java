package org.classlytics.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.classlytics.support.Api;

/**
 * Sends import files and reads their replies, for the intake tests.
 */
final class IntakeSupport {

	private IntakeSupport() {
	}

	static Api.Reply upload(Api.Caller caller, String kind, String csv) {
		return caller.send("POST", "/api/import/" + kind, csv.getBytes(StandardCharsets.UTF_8), "text/csv", Map.of());
	}

	/**
	 * The reply's errors as "line field: message" lines.
	 */
	static List<String> errors(Api.Reply reply) {
		List<String> errors = new ArrayList<>();
		for (JsonNode error : reply.json().get("errors")) {
			errors.add(error.get("line").asLong() + " " + error.get("field").asString() + ": "
					+ error.get("message").asString());
		}
		return errors;
	}

}
