package org.classlytics.reliability;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * The ids of real objects for the path variables of the {@code /api} routes and for the
 * {@code *_id} fields of bodies: a {@code {id}} takes the object named by the path
 * segment before it ({@code /api/quizzes/{id}} a quiz), other variables and fields go by
 * their name. Anything unknown gets {@link ApiRoutes#MISSING_ID}.
 *
 * @param bySegment an id for {@code {id}} after each collection segment
 * @param byName a value for each other path variable
 * @param byField an id for each {@code *_id} body field
 */
record PathValues(Map<String, Object> bySegment, Map<String, Object> byName, Map<String, Long> byField) {

	/**
	 * The pattern (or part of one) with every variable replaced by its value.
	 */
	String fill(String pattern) {
		Matcher matcher = ApiRoutes.VARIABLE.matcher(pattern);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			Object value;
			if (name.equals("id")) {
				String before = pattern.substring(0, matcher.start() - 1);
				String segment = before.substring(before.lastIndexOf('/') + 1);
				value = this.bySegment.getOrDefault(segment, ApiRoutes.MISSING_ID);
			}
			else {
				value = this.byName.getOrDefault(name, ApiRoutes.MISSING_ID);
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(String.valueOf(value)));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	long forField(String field) {
		return this.byField.getOrDefault(field, ApiRoutes.MISSING_ID);
	}

}
