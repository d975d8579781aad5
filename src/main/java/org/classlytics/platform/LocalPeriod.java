package org.classlytics.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An inclusive range of local days, with the UTC instants that bound it in a school's
 * zone: {@code [start at 00:00 local, day after end at 00:00 local)}.
 */
public record LocalPeriod(LocalDate from, LocalDate to) {

	public LocalPeriod {
		if (to.isBefore(from)) {
			throw InvalidInputException.field("to", "must not be before from");
		}
	}

	public static LocalPeriod of(LocalWeek week) {
		return new LocalPeriod(week.weekStart(), week.weekEnd());
	}

	public Instant startIn(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/**
	 * The first instant after the period: midnight at the start of the next day.
	 */
	public Instant endExclusiveIn(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	public long days() {
		return this.to.toEpochDay() - this.from.toEpochDay() + 1;
	}

}
