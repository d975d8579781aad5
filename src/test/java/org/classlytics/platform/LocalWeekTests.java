package org.classlytics.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalWeekTests {

	@Test
	void namesTheWeekByItsIsoYear() {
		assertThat(LocalWeek.of(LocalDate.of(2024, 12, 30)).label()).isEqualTo("2025-W01");
		assertThat(LocalWeek.of(LocalDate.of(2025, 1, 5)).label()).isEqualTo("2025-W01");
		assertThat(LocalWeek.of(LocalDate.of(2021, 1, 3)).label()).isEqualTo("2020-W53");
	}

	@Test
	void startsOnMondayAndEndsOnSunday() {
		LocalWeek week = LocalWeek.of(LocalDate.of(2025, 1, 15));
		assertThat(week.weekStart()).isEqualTo(LocalDate.of(2025, 1, 13));
		assertThat(week.weekEnd()).isEqualTo(LocalDate.of(2025, 1, 19));
		assertThat(week.label()).isEqualTo("2025-W03");
	}

	@Test
	void placesAnInstantOnTheSchoolsCalendar() {
		// Sunday 23:30 in Athens is Sunday 21:30 UTC: still the Sunday's week.
		Instant sundayNight = Instant.parse("2025-01-12T21:30:00Z");
		assertThat(LocalWeek.of(sundayNight, ZoneId.of("Europe/Athens")).label()).isEqualTo("2025-W02");
		// Monday 00:30 in Athens is still Sunday in UTC, but it is Monday's week.
		Instant mondayEarly = Instant.parse("2025-01-12T22:30:00Z");
		assertThat(LocalWeek.of(mondayEarly, ZoneId.of("Europe/Athens")).label()).isEqualTo("2025-W03");
		assertThat(LocalWeek.of(mondayEarly, ZoneId.of("UTC")).label()).isEqualTo("2025-W02");
	}

	@Test
	void boundsAPeriodByLocalMidnights() {
		LocalPeriod period = LocalPeriod.of(LocalWeek.of(LocalDate.of(2025, 3, 26)));
		ZoneId athens = ZoneId.of("Europe/Athens");
		assertThat(period.startIn(athens)).isEqualTo(Instant.parse("2025-03-23T22:00:00Z"));
		// Daylight saving time starts on 30 March: the week ends at midnight EEST.
		assertThat(period.endExclusiveIn(athens)).isEqualTo(Instant.parse("2025-03-30T21:00:00Z"));
	}

}
