package org.classlytics.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.classlytics.platform.InvalidInputException;

/**
 * The {@code from} and {@code to} of an audit query as the half-open range
 * {@code [start, end)}; either side may be open (null). Each bound is a local date of the
 * school, which includes that whole day, or an RFC 3339 instant, which is included
 * itself.
 */
record AuditWindow(Instant start, Instant end) {

	private static final String EXPECTED = "must be a date in the form YYYY-MM-DD or an RFC 3339 instant such as 2025-01-15T09:00:00Z";

	static AuditWindow parse(String from, String to, ZoneId zone) {
		Instant start = isEmpty(from) ? null : bound("from", from, zone, false);
		Instant end = isEmpty(to) ? null : bound("to", to, zone, true);
		if (start != null && end != null && !end.isAfter(start)) {
			throw InvalidInputException.field("to", "must not be before from");
		}
		return new AuditWindow(start, end);
	}

	private static Instant bound(String field, String value, ZoneId zone, boolean end) {
		String text = value.trim();
		try {
			LocalDate day = LocalDate.parse(text);
			return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException notADate) {
			try {
				Instant instant = OffsetDateTime.parse(text).toInstant();
				// Instants are stored to the microsecond.
				return end ? instant.plus(1, ChronoUnit.MICROS) : instant;
			}
			catch (DateTimeParseException notAnInstant) {
				throw InvalidInputException.field(field, EXPECTED);
			}
		}
	}

	private static boolean isEmpty(String value) {
		return value == null || value.isBlank();
	}

}
