package org.classlytics.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * next_scheduled over whole years in two zones with daylight saving time, with a fixed
 * clock.
 */
class RecurrenceTests {

	private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static Recurrence daily(String time, ZoneId zone) {
		return new Recurrence(Frequency.DAILY, null, null, false, LocalTime.parse(time), zone);
	}

	private static Recurrence monthly(int day, String time, ZoneId zone) {
		return new Recurrence(Frequency.MONTHLY, null, day, false, LocalTime.parse(time), zone);
	}

	/**
	 * Every occurrence from the start of a local year to its end, found by asking for the
	 * next one strictly after the previous, as a clock fixed at each would.
	 */
	private static List<Instant> year(Recurrence recurrence, int year) {
		Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(recurrence.zone()).toInstant();
		Clock clock = Clock.fixed(LocalDate.of(year, 1, 1).atStartOfDay(recurrence.zone()).toInstant(), ZoneOffset.UTC);
		List<Instant> occurrences = new ArrayList<>();
		Instant next = recurrence.nextAfter(clock.instant());
		while (next.isBefore(end)) {
			occurrences.add(next);
			clock = Clock.fixed(next, ZoneOffset.UTC);
			next = recurrence.nextAfter(clock.instant());
		}
		return occurrences;
	}

	@Test
	void dailyInAthensRunsEveryDayOfTheYearWithBothDaylightSavingDays() {
		List<Instant> occurrences = year(daily("03:30", ATHENS), 2026);

		assertThat(occurrences).hasSize(365).doesNotHaveDuplicates().isSorted();
		for (Instant at : occurrences) {
			ZonedDateTime local = at.atZone(ATHENS);
			LocalTime expected = local.toLocalDate().equals(LocalDate.of(2026, 3, 29)) ? LocalTime.of(4, 30)
					: LocalTime.of(3, 30);
			assertThat(local.toLocalTime()).as("local time of %s", at).isEqualTo(expected);
		}
		assertThat(occurrences.get(0)).isEqualTo(Instant.parse("2026-01-01T01:30:00Z"));
		assertThat(occurrences.get(364)).isEqualTo(Instant.parse("2026-12-31T01:30:00Z"));
		// Spring forward on 29 March: 03:30 does not exist and moves forward by the hour.
		assertThat(occurrences).contains(Instant.parse("2026-03-28T01:30:00Z"), Instant.parse("2026-03-29T01:30:00Z"),
				Instant.parse("2026-03-30T00:30:00Z"));
		// Fall back on 25 October: 03:30 happens twice and the earlier offset (+03:00)
		// wins.
		assertThat(occurrences).contains(Instant.parse("2026-10-24T00:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"),
				Instant.parse("2026-10-26T01:30:00Z"));
		assertThat(occurrences).doesNotContain(Instant.parse("2026-10-25T01:30:00Z"));
	}

	@Test
	void dailyInNewYorkMovesThroughTheSpringGapAndTakesTheEarlierOffsetInTheFall() {
		List<Instant> gap = year(daily("02:30", NEW_YORK), 2026);
		List<Instant> overlap = year(daily("01:30", NEW_YORK), 2026);

		assertThat(gap).hasSize(365).doesNotHaveDuplicates();
		assertThat(overlap).hasSize(365).doesNotHaveDuplicates();
		// 8 March: 02:30 is in the gap and becomes 03:30 EDT.
		assertThat(gap).contains(Instant.parse("2026-03-07T07:30:00Z"), Instant.parse("2026-03-08T07:30:00Z"),
				Instant.parse("2026-03-09T06:30:00Z"));
		assertThat(Instant.parse("2026-03-08T07:30:00Z").atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
		// 1 November: 01:30 happens twice; the first, EDT (-04:00), is the one.
		assertThat(overlap).contains(Instant.parse("2026-10-31T05:30:00Z"), Instant.parse("2026-11-01T05:30:00Z"),
				Instant.parse("2026-11-02T06:30:00Z"));
		assertThat(overlap).doesNotContain(Instant.parse("2026-11-01T06:30:00Z"));
		// 02:30 is not ambiguous on 1 November: it exists once, in EST.
		assertThat(gap).contains(Instant.parse("2026-11-01T07:30:00Z"));
	}

	@Test
	void nextScheduledIsStrictlyAfterNow() {
		Recurrence recurrence = daily("07:00", ATHENS);
		Clock atOccurrence = Clock.fixed(Instant.parse("2026-06-10T04:00:00Z"), ZoneOffset.UTC);
		Clock justBefore = Clock.fixed(Instant.parse("2026-06-10T03:59:59.999Z"), ZoneOffset.UTC);

		assertThat(recurrence.nextAfter(atOccurrence.instant())).isEqualTo(Instant.parse("2026-06-11T04:00:00Z"));
		assertThat(recurrence.nextAfter(justBefore.instant())).isEqualTo(Instant.parse("2026-06-10T04:00:00Z"));
		assertThat(recurrence.latestAtOrBefore(atOccurrence.instant()))
			.isEqualTo(Instant.parse("2026-06-10T04:00:00Z"));
		assertThat(recurrence.latestAtOrBefore(justBefore.instant())).isEqualTo(Instant.parse("2026-06-09T04:00:00Z"));
	}

	@Test
	void weekdaysOnlySkipsSaturdaysAndSundays() {
		Recurrence recurrence = new Recurrence(Frequency.DAILY, null, null, true, LocalTime.of(7, 0), NEW_YORK);

		List<Instant> occurrences = year(recurrence, 2026);

		// 2026 has 52 whole weeks and one more day, a Thursday.
		assertThat(occurrences).hasSize(261);
		assertThat(occurrences)
			.allSatisfy((at) -> assertThat(at.atZone(NEW_YORK).getDayOfWeek().getValue()).isLessThan(6));
		Clock friday = Clock.fixed(Instant.parse("2026-01-09T13:00:00Z"), ZoneOffset.UTC);
		assertThat(recurrence.nextAfter(friday.instant())).isEqualTo(Instant.parse("2026-01-12T12:00:00Z"));
	}

	@Test
	void weeklyRunsOnItsDayOfTheWeek() {
		Recurrence mondays = new Recurrence(Frequency.WEEKLY, 1, null, false, LocalTime.of(8, 0), ATHENS);
		Recurrence sundays = new Recurrence(Frequency.WEEKLY, 7, null, false, LocalTime.of(3, 30), ATHENS);

		List<Instant> occurrences = year(mondays, 2026);

		assertThat(occurrences).hasSize(52);
		assertThat(occurrences.get(0)).isEqualTo(Instant.parse("2026-01-05T06:00:00Z"));
		assertThat(occurrences.get(51)).isEqualTo(Instant.parse("2026-12-28T06:00:00Z"));
		// Both daylight saving days of 2026 are Sundays.
		assertThat(year(sundays, 2026)).hasSize(52)
			.contains(Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void monthlyOnThe31stUsesTheLastDayOfShorterMonths() {
		List<Instant> occurrences = year(monthly(31, "09:00", ATHENS), 2026);

		assertThat(occurrences).extracting((at) -> at.atZone(ATHENS).toLocalDate())
			.containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
					LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30),
					LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30),
					LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
		Clock endOfJanuary = Clock.fixed(Instant.parse("2026-01-31T07:00:00Z"), ZoneOffset.UTC);
		assertThat(monthly(31, "09:00", ATHENS).nextAfter(endOfJanuary.instant()))
			.isEqualTo(Instant.parse("2026-02-28T07:00:00Z"));
	}

	@Test
	void februaryHasA29thInLeapYearsOnly() {
		Clock endOfJanuary2028 = Clock.fixed(Instant.parse("2028-01-31T15:00:00Z"), ZoneOffset.UTC);
		Clock endOfJanuary2027 = Clock.fixed(Instant.parse("2027-01-31T15:00:00Z"), ZoneOffset.UTC);

		assertThat(monthly(31, "09:00", NEW_YORK).nextAfter(endOfJanuary2028.instant()))
			.isEqualTo(Instant.parse("2028-02-29T14:00:00Z"));
		assertThat(monthly(31, "09:00", NEW_YORK).nextAfter(endOfJanuary2027.instant()))
			.isEqualTo(Instant.parse("2027-02-28T14:00:00Z"));
		assertThat(monthly(29, "09:00", NEW_YORK).nextAfter(endOfJanuary2027.instant()))
			.isEqualTo(Instant.parse("2027-02-28T14:00:00Z"));
		assertThat(monthly(29, "09:00", NEW_YORK).nextAfter(endOfJanuary2028.instant()))
			.isEqualTo(Instant.parse("2028-02-29T14:00:00Z"));
		assertThat(year(monthly(30, "09:00", ATHENS), 2028)).hasSize(12)
			.extracting((at) -> at.atZone(ATHENS).toLocalDate())
			.contains(LocalDate.of(2028, 2, 29));
		// 2100 is not a leap year.
		assertThat(monthly(29, "09:00", ATHENS).nextAfter(Instant.parse("2100-02-01T00:00:00Z")))
			.isEqualTo(Instant.parse("2100-02-28T07:00:00Z"));
	}

	@Test
	void theReportPeriodIsTheDayWeekOrMonthBeforeTheOccurrence() {
		Instant occurrence = Instant.parse("2026-03-01T07:00:00Z");

		assertThat(daily("09:00", ATHENS).periodBefore(occurrence))
			.isEqualTo(new org.classlytics.platform.LocalPeriod(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
		assertThat(
				new Recurrence(Frequency.WEEKLY, 7, null, false, LocalTime.of(9, 0), ATHENS).periodBefore(occurrence))
			.isEqualTo(new org.classlytics.platform.LocalPeriod(LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 28)));
		assertThat(monthly(1, "09:00", ATHENS).periodBefore(occurrence))
			.isEqualTo(new org.classlytics.platform.LocalPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
	}

}
