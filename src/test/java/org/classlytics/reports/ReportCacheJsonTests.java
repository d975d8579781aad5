package org.classlytics.reports;

import java.time.LocalDate;

import org.classlytics.roster.Actor;
import org.classlytics.roster.Roster;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports come back from Redis's JSON equal to what was computed.
 */
@IntegrationTest
class ReportCacheJsonTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Reports reports;

	@Autowired
	Roster roster;

	@Test
	void bothReportsSurviveTheirJsonUnchanged() {
		ReportsClassFixture c = new ReportsClassFixture(this.api, this.fixtures);
		Actor teacher = this.roster.activeActor(c.w.teacherA().id()).orElseThrow();
		TeacherWeeklyReport weekly = this.reports.teacherWeekly(teacher, null, LocalDate.of(2025, 3, 10), null, null);
		StudentPerformanceReport performance = this.reports.studentPerformance(teacher, c.w.studentX().id(),
				LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 18), null);

		assertThat(weekly.students()).hasSize(3);
		assertThat(performance.subjects()).isNotEmpty();
		assertThat(roundTrip(weekly, TeacherWeeklyReport.class)).isEqualTo(weekly);
		assertThat(roundTrip(performance, StudentPerformanceReport.class)).isEqualTo(performance);
	}

	private static <T> T roundTrip(T report, Class<T> type) {
		return ReportCache.JSON.readValue(ReportCache.JSON.writeValueAsBytes(report), type);
	}

}
