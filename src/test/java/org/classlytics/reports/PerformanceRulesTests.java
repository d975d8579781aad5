package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.reports.TeacherWeeklyRulesTests.dec;

class PerformanceRulesTests {

	private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

	@Test
	void aTrendNeedsTwoItems() {
		assertThat(PerformanceRules.trend(List.of())).isEqualTo("stable");
		assertThat(PerformanceRules.trend(List.of(item("2025-03-10T10:00:00Z", "10")))).isEqualTo("stable");
	}

	@Test
	void comparesTheNewerHalfWithTheOlderHalfInDateOrder() {
		// given newest first; in date order 60, 70 → d = 10
		assertThat(
				PerformanceRules.trend(List.of(item("2025-03-11T10:00:00Z", "70"), item("2025-03-10T10:00:00Z", "60"))))
			.isEqualTo("improving");
		assertThat(
				PerformanceRules.trend(List.of(item("2025-03-10T10:00:00Z", "70"), item("2025-03-11T10:00:00Z", "60"))))
			.isEqualTo("declining");
		// d = −5 and +5 exactly are stable
		assertThat(
				PerformanceRules.trend(List.of(item("2025-03-10T10:00:00Z", "70"), item("2025-03-11T10:00:00Z", "65"))))
			.isEqualTo("stable");
		assertThat(
				PerformanceRules.trend(List.of(item("2025-03-10T10:00:00Z", "65"), item("2025-03-11T10:00:00Z", "70"))))
			.isEqualTo("stable");
		assertThat(PerformanceRules
			.trend(List.of(item("2025-03-10T10:00:00Z", "70"), item("2025-03-11T10:00:00Z", "64.99"))))
			.isEqualTo("declining");
	}

	@Test
	void putsTheMiddleItemOfAnOddCountInTheNewerHalf() {
		// first half [50]; second half [60, 70] → 65 − 50 = 15
		assertThat(PerformanceRules.trend(List.of(item("2025-03-12T10:00:00Z", "70"),
				item("2025-03-10T10:00:00Z", "50"), item("2025-03-11T10:00:00Z", "60"))))
			.isEqualTo("improving");
		// first half [90]; second half [75, 95] → 85 − 90 = −5
		assertThat(PerformanceRules.trend(List.of(item("2025-03-13T10:00:00Z", "90"),
				item("2025-03-15T10:00:00Z", "75"), item("2025-03-16T21:30:00Z", "95"))))
			.isEqualTo("stable");
	}

	@Test
	void computesTheWeeklySeriesOfTheSeedCaseWithEmptyWeeks() {
		List<GradedItem> items = List.of(quiz("2025-03-10T08:00:00Z", "85"), quiz("2025-03-11T08:00:00Z", "90"),
				quiz("2025-03-12T08:00:00Z", "88"), item("2025-03-13T08:00:00Z", "92"),
				item("2025-03-16T21:30:00Z", "88"));

		List<StudentPerformanceReport.WeekLine> weeks = PerformanceRules.weeks(LocalDate.of(2025, 3, 12),
				LocalDate.of(2025, 3, 25), items, ATHENS);

		assertThat(weeks).containsExactly(
				new StudentPerformanceReport.WeekLine("2025-W11", 2025, 11, LocalDate.of(2025, 3, 10), dec("88.60"),
						dec("87.67"), dec("90.00"), 3, 2),
				new StudentPerformanceReport.WeekLine("2025-W12", 2025, 12, LocalDate.of(2025, 3, 17), null, null, null,
						0, 0),
				new StudentPerformanceReport.WeekLine("2025-W13", 2025, 13, LocalDate.of(2025, 3, 24), null, null, null,
						0, 0));
	}

	@Test
	void namesWeeksByIsoYear() {
		assertThat(PerformanceRules.weeks(LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31), List.of(), ATHENS)
			.get(0)
			.week()).isEqualTo("2025-W01");
		assertThat(PerformanceRules.weeks(LocalDate.of(2021, 1, 3), LocalDate.of(2021, 1, 3), List.of(), ATHENS)
			.get(0)
			.week()).isEqualTo("2020-W53");
	}

	@Test
	void placesAnItemInTheWeekOfTheSchoolsCalendar() {
		// Sunday 2025-03-16 23:30 in Athens is 21:30 UTC; Monday 00:30 in Athens is still
		// Sunday in UTC
		List<StudentPerformanceReport.WeekLine> weeks = PerformanceRules.weeks(LocalDate.of(2025, 3, 10),
				LocalDate.of(2025, 3, 23),
				List.of(item("2025-03-16T21:30:00Z", "50"), item("2025-03-16T22:30:00Z", "70")), ATHENS);
		assertThat(weeks.get(0).overallAvg()).isEqualTo(dec("50.00"));
		assertThat(weeks.get(1).overallAvg()).isEqualTo(dec("70.00"));
	}

	@Test
	void recommendsByAttendanceGradesTrendAndSubjects() {
		assertThat(recommend("74.99", "59.99", "declining",
				List.of(subject("Physics", "50"), subject("Art", "40"), subject("Biology", "59.99"),
						subject("Chemistry", "10"), subject("Music", "60"))))
			.containsExactly("Attendance is below 75%. Regular attendance is crucial for academic success.",
					"Grades are below passing threshold. Consider scheduling tutoring sessions.",
					"Grade trend is declining. Review recent assignments and identify areas needing improvement.",
					"Focus on: Art, Biology, Chemistry. Consider extra study time or tutoring.");
		assertThat(recommend("75", "60", "improving", List.of())).containsExactly(
				"Attendance could be improved. Aim for 90%+ attendance rate.",
				"Grades need improvement. Review study habits and seek help in challenging subjects.",
				"Grade trend is improving. Continue the positive momentum!");
		assertThat(recommend("85", "90", "stable", List.of()))
			.containsExactly("Excellent academic performance! Keep up the great work.");
	}

	@Test
	void isSatisfactoryWhenNothingFiresAndNullsNeverFire() {
		assertThat(recommend("85", "70", "stable", List.of(subject("Art", null))))
			.containsExactly("Overall performance is satisfactory. Continue maintaining good study habits.");
		assertThat(recommend(null, "89.99", "stable", List.of()))
			.containsExactly("Overall performance is satisfactory. Continue maintaining good study habits.");
		assertThat(recommend(null, null, "stable", List.of()))
			.containsExactly("Overall performance is satisfactory. Continue maintaining good study habits.");
	}

	private static List<String> recommend(String attendance, String average, String trend,
			List<PerformanceRules.SubjectAverage> subjects) {
		return PerformanceRules.recommendations((attendance != null) ? dec(attendance) : null,
				(average != null) ? dec(average) : null, trend, subjects, ReportBundles.english());
	}

	private static PerformanceRules.SubjectAverage subject(String name, String average) {
		return new PerformanceRules.SubjectAverage(name, (average != null) ? dec(average) : null);
	}

	private static long ids = 1;

	private static GradedItem item(String at, String percentage) {
		return new GradedItem(Instant.parse(at), ids++, 1, false, new BigDecimal(percentage));
	}

	private static GradedItem quiz(String at, String percentage) {
		return new GradedItem(Instant.parse(at), ids++, 1, true, new BigDecimal(percentage));
	}

}
