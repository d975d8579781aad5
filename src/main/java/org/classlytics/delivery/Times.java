package org.classlytics.delivery;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.classlytics.platform.InvalidInputException;

/**
 * Times of day as the API writes them: {@code HH:MM}.
 */
final class Times {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private Times() {
	}

	static LocalTime parse(String field, String value) {
		if (value == null || !value.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
			throw InvalidInputException.field(field, "must be a time of day HH:MM, such as 07:30");
		}
		return LocalTime.parse(value, HH_MM);
	}

	static String format(LocalTime time) {
		return time.format(HH_MM);
	}

}
