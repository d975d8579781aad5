package org.classlytics.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.classlytics.support.Api;
import org.classlytics.support.AttendanceFixtures;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The db-scheduler tasks: registered with the scheduler, and doing their work when run.
 */
@IntegrationTest
class AnalyticsJobsTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnalyticsJobs.Jobs jobs;

	@Autowired
	AnalyticsSettings settings;

	@Autowired
	@Qualifier("analyticsNightlyRanks")
	RecurringTask<Void> nightlyRanks;

	@Autowired
	@Qualifier("analyticsTeacherWeeks")
	RecurringTask<Void> teacherWeeks;

	private World w;

	private Api.Caller teacher;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.teacher = this.api.as(this.w.token("teacherA"));
	}

	@Test
	void definesBothTasksWithTheirSchedules() {
		assertThat(this.nightlyRanks.getName()).isEqualTo("analytics-nightly-ranks");
		assertThat(this.teacherWeeks.getName()).isEqualTo("analytics-teacher-weeks");
		// The tests run with db-scheduler off (application-test.yml); the starter
		// registers
		// every RecurringTask bean when it runs, so being beans is what registers them.
		// 2025-03-14 is a Friday; the nightly run is at 02:30 UTC.
		assertThat(com.github.kagkarlsson.scheduler.task.schedule.Schedules.cron(this.settings.nightlyRanksCron())
			.getInitialExecutionTime(Instant.parse("2025-03-14T10:00:00Z")))
			.isEqualTo(Instant.parse("2025-03-15T02:30:00Z"));
		assertThat(com.github.kagkarlsson.scheduler.task.schedule.Schedules.cron(this.settings.teacherWeekCheckCron())
			.getInitialExecutionTime(Instant.parse("2025-03-14T05:50:00Z")))
			.isEqualTo(Instant.parse("2025-03-14T06:00:00Z"));
	}

	@Test
	void nightlyTaskRestoresEveryRank() {
		var term = this.w.school().term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30));
		AnalyticsFixtures.graded(this.teacher, this.w, this.w.studentX(), 90, "2025-02-03T10:00:00Z");
		this.jdbc.sql("UPDATE analytics_student_terms SET class_rank = 7 WHERE term_id = ?").param(term.id()).update();

		this.nightlyRanks.executeRecurringly(new TaskInstance<>("analytics-nightly-ranks", "recurring"), null);

		assertThat(this.jdbc.sql("SELECT class_rank FROM analytics_student_terms WHERE term_id = ? AND student_id = ?")
			.params(term.id(), this.w.studentX().id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT class_rank FROM analytics_student_terms WHERE term_id = ? AND student_id = ?")
			.params(term.id(), this.w.studentY().id())
			.query(Integer.class)
			.optional()).isEmpty();
	}

	@Test
	void fridayTaskFinalisesTheSchoolsWhereItIsEightOClock() {
		AttendanceFixtures.lesson(this.teacher, null, this.w.subject().id(), this.w.classSection().id(),
				"2025-03-10T08:00:00Z", "HELD");
		AttendanceFixtures.lesson(this.teacher, null, this.w.subject().id(), this.w.classSection().id(),
				"2025-03-04T08:00:00Z", "HELD");
		this.jdbc.sql("UPDATE analytics_teacher_weeks SET classes_taught = 99 WHERE teacher_id = ?")
			.param(this.w.teacherA().id())
			.update();

		// 07:00 in Athens: too early.
		assertThat(this.jobs.finaliseTeacherWeeks(Instant.parse("2025-03-14T05:00:00Z")))
			.doesNotContain(this.w.school().id());
		assertThat(classesTaught(LocalDate.of(2025, 3, 10))).isEqualTo(99);

		// 08:00 on Friday in Athens (UTC+2).
		assertThat(this.jobs.finaliseTeacherWeeks(Instant.parse("2025-03-14T06:00:00Z")))
			.contains(this.w.school().id());

		assertThat(classesTaught(LocalDate.of(2025, 3, 10))).isEqualTo(1);
		assertThat(classesTaught(LocalDate.of(2025, 3, 3))).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT finalised_at FROM analytics_teacher_weeks WHERE teacher_id = ? AND week_start = ?")
			.params(this.w.teacherA().id(), LocalDate.of(2025, 3, 10))
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single()).isEqualTo(Instant.parse("2025-03-14T06:00:00Z"));
	}

	private int classesTaught(LocalDate weekStart) {
		return this.jdbc
			.sql("SELECT classes_taught FROM analytics_teacher_weeks WHERE teacher_id = ? AND week_start = ?")
			.params(this.w.teacherA().id(), weekStart)
			.query(Integer.class)
			.single();
	}

}
