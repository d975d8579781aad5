package org.classlytics.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.classlytics.platform.InvalidInputException;

/**
 * The {@code from} and {@code to} filters of a list: inclusive local days, either may be
 * open.
 */
record DayRange(LocalDate from, LocalDate to) {

	DayRange {
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInputException.field("to", "must not be before from");
		}
	}

	/**
	 * The first instant of {@code from} in the zone, or null when open.
	 */
	OffsetDateTime startIn(ZoneId zone) {
		return (this.from != null) ? utc(this.from, zone) : null;
	}

	/**
	 * The first instant after {@code to} in the zone, or null when open.
	 */
	OffsetDateTime endExclusiveIn(ZoneId zone) {
		return (this.to != null) ? utc(this.to.plusDays(1), zone) : null;
	}

	private static OffsetDateTime utc(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

}
