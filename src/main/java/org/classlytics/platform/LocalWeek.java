package org.classlytics.platform;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * An ISO week (Monday to Sunday), named by its ISO year and number: 2024-12-30 is in
 * 2025-W01.
 */
public record LocalWeek(int year, int weekNumber, LocalDate weekStart) {

	public static LocalWeek of(LocalDate day) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return new LocalWeek(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
				monday);
	}

	/**
	 * The week an instant falls in, on the calendar of the given zone.
	 */
	public static LocalWeek of(Instant instant, ZoneId zone) {
		return of(LocalDate.ofInstant(instant, zone));
	}

	public LocalDate weekEnd() {
		return this.weekStart.plusDays(6);
	}

	public LocalWeek previous() {
		return of(this.weekStart.minusWeeks(1));
	}

	public LocalWeek next() {
		return of(this.weekStart.plusWeeks(1));
	}

	/**
	 * The ISO label, for example {@code 2025-W03}.
	 */
	public String label() {
		return "%d-W%02d".formatted(this.year, this.weekNumber);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.weekStart) && !day.isAfter(weekEnd());
	}

	@Override
	public String toString() {
		return label();
	}

}
