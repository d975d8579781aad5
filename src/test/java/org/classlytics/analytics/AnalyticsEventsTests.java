package org.classlytics.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.classlytics.coursework.SubmissionGraded;
import org.classlytics.support.Api;
import org.classlytics.support.AttendanceFixtures;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * How the listeners treat events: a replay changes nothing, an un-grading resubmission
 * removes the item, and a new school zone moves every item to its new local week.
 */
@IntegrationTest
class AnalyticsEventsTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConfigurableApplicationContext context;

	private World w;

	private Api.Caller teacher;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.teacher = this.api.as(this.w.token("teacherA"));
	}

	@Test
	void replayingAnEventChangesNothing() {
		SubmissionGraded graded;
		try (AttendanceFixtures.EventLog log = AttendanceFixtures.EventLog.listen(this.context)) {
			AnalyticsFixtures.graded(this.teacher, this.w, this.w.studentX(), 80, "2025-03-11T10:00:00Z");
			graded = log.of(SubmissionGraded.class)
				.stream()
				.filter((e) -> e.submission().schoolId() == this.w.school().id())
				.findFirst()
				.orElseThrow();
		}
		List<Map<String, Object>> before = rows();

		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(graded);
			this.events.publishEvent(graded);
		});

		assertThat(rows()).isEqualTo(before);
		assertThat(rows()).hasSize(1);
		assertThat(((BigDecimal) rows().get(0).get("overall_average"))).isEqualByComparingTo("80.00");
	}

	@Test
	void aResubmissionTakesTheGradeAway() {
		long assignment = AnalyticsFixtures.assignment(this.teacher, this.w, 10, "2025-03-12T12:00:00Z",
				this.w.studentX());
		long submission = AnalyticsFixtures.submit(this.teacher, assignment, this.w.studentX(), "2025-03-11T12:00:00Z");
		AnalyticsFixtures.grade(this.teacher, submission, 9, "2025-03-11T13:00:00Z");
		assertThat(rows()).hasSize(1);

		AnalyticsFixtures.submit(this.teacher, assignment, this.w.studentX(), "2025-03-13T12:00:00Z");

		assertThat(rows()).isEmpty();
		// Handed in again after the due instant: the day's homework is no longer
		// complete.
		assertThat(this.jdbc
			.sql("SELECT homework_completed FROM analytics_student_days WHERE student_id = ? AND on_date = ?")
			.params(this.w.studentX().id(), LocalDate.of(2025, 3, 12))
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void aNewSchoolZoneMovesItemsToTheirNewWeek() {
		long quiz = AnalyticsFixtures.quiz(this.teacher, this.w, 10);
		// Monday 00:30 in Athens, Sunday 22:30 in UTC.
		AnalyticsFixtures.attempt(this.teacher, quiz, this.w.studentX(), 6, "2025-03-09T22:30:00Z");
		assertThat(rows()).extracting((row) -> row.get("week_start").toString()).containsExactly("2025-03-10");

		Api.Reply changed = this.api.as(this.w.token("admin"))
			.patch("/api/schools/" + this.w.school().id(), body("time_zone", "UTC"));

		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(rows()).extracting((row) -> row.get("week_start").toString()).containsExactly("2025-03-03");
		assertThat(this.api.as(this.w.token("admin"))
			.post("/api/admin/analytics/recompute", body("dry_run", true))
			.json()
			.get("mismatches")
			.asInt()).isZero();
	}

	private List<Map<String, Object>> rows() {
		return this.jdbc.sql("SELECT * FROM analytics_student_weeks WHERE student_id = ? ORDER BY week_start")
			.param(this.w.studentX().id())
			.query()
			.listOfRows();
	}

}
