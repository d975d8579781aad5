package org.classlytics.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.classlytics.platform.LocalPeriod;

/**
 * When a schedule runs: local occurrences in its zone, turned into instants.
 *
 * <ul>
 * <li>a month day beyond the month's end is the month's last day;</li>
 * <li>a local time in a spring-forward gap moves forward by the gap;</li>
 * <li>an ambiguous local time on a fall-back day takes the earlier offset.</li>
 * </ul>
 */
record Recurrence(Frequency frequency, Integer dayOfWeek, Integer dayOfMonth, boolean weekdaysOnly, LocalTime time,
		ZoneId zone) {

	// A year and a bit: every kind of schedule has an occurrence within it.
	private static final int HORIZON_DAYS = 400;

	Recurrence {
		if (frequency == Frequency.WEEKLY && dayOfWeek == null) {
			throw new IllegalArgumentException("A weekly schedule needs a day of the week");
		}
		if (frequency == Frequency.MONTHLY && dayOfMonth == null) {
			throw new IllegalArgumentException("A monthly schedule needs a day of the month");
		}
	}

	/**
	 * The first occurrence strictly after the given instant.
	 */
	Instant nextAfter(Instant now) {
		// Start a day early: a local date's occurrence may fall on the previous UTC day.
		LocalDate day = LocalDate.ofInstant(now, this.zone).minusDays(1);
		for (int i = 0; i <= HORIZON_DAYS; i++, day = day.plusDays(1)) {
			if (runsOn(day)) {
				Instant at = at(day);
				if (at.isAfter(now)) {
					return at;
				}
			}
		}
		throw new IllegalStateException("No occurrence within " + HORIZON_DAYS + " days of " + now);
	}

	/**
	 * The last occurrence at or before the given instant.
	 */
	Instant latestAtOrBefore(Instant now) {
		LocalDate day = LocalDate.ofInstant(now, this.zone).plusDays(1);
		for (int i = 0; i <= HORIZON_DAYS; i++, day = day.minusDays(1)) {
			if (runsOn(day)) {
				Instant at = at(day);
				if (!at.isAfter(now)) {
					return at;
				}
			}
		}
		throw new IllegalStateException("No occurrence within " + HORIZON_DAYS + " days before " + now);
	}

	boolean runsOn(LocalDate day) {
		return switch (this.frequency) {
			case DAILY -> !this.weekdaysOnly || day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
			case WEEKLY -> day.getDayOfWeek().getValue() == this.dayOfWeek;
			case MONTHLY -> day.getDayOfMonth() == Math.min(this.dayOfMonth, day.lengthOfMonth());
		};
	}

	/**
	 * The instant of the occurrence on a local day: {@link ZonedDateTime#of} shifts a
	 * time in a gap forward by the gap and takes the earlier offset in an overlap.
	 */
	Instant at(LocalDate day) {
		return ZonedDateTime.of(LocalDateTime.of(day, this.time), this.zone).toInstant();
	}

	/**
	 * The local days a run at this occurrence reports on: the day, week (7 days) or month
	 * before the occurrence's local day.
	 */
	LocalPeriod periodBefore(Instant occurrence) {
		LocalDate day = LocalDate.ofInstant(occurrence, this.zone);
		return switch (this.frequency) {
			case DAILY -> new LocalPeriod(day.minusDays(1), day.minusDays(1));
			case WEEKLY -> new LocalPeriod(day.minusDays(7), day.minusDays(1));
			case MONTHLY -> new LocalPeriod(day.minusMonths(1), day.minusDays(1));
		};
	}

}
