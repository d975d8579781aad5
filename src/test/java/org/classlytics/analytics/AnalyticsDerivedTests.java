package org.classlytics.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.AttendanceFixtures;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.MessagingFixtures;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.analytics.AnalyticsFixtures.assignment;
import static org.classlytics.analytics.AnalyticsFixtures.grade;
import static org.classlytics.analytics.AnalyticsFixtures.graded;
import static org.classlytics.analytics.AnalyticsFixtures.submit;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * StudentDailySummary, StudentTermPerformance (with ranks and comments) and
 * TeacherWeeklyMetric through the API.
 */
@IntegrationTest
class AnalyticsDerivedTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller admin;

	private Api.Caller teacher;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.teacher = this.api.as(this.w.token("teacherA"));
	}

	@Test
	void summarisesEachDay() {
		long x = this.w.studentX().id();
		AttendanceFixtures.attendance(this.teacher, x, "2025-03-10", "PRESENT");
		AttendanceFixtures.behavior(this.teacher, x, "2025-03-10", 3);
		AttendanceFixtures.behavior(this.teacher, x, "2025-03-10", 5);
		long onTime = assignment(this.teacher, this.w, 10, "2025-03-10T15:00:00Z", this.w.studentX());
		submit(this.teacher, onTime, this.w.studentX(), "2025-03-10T14:00:00Z");
		assignment(this.teacher, this.w, 10, "2025-03-11T15:00:00Z", this.w.studentX());
		long late = assignment(this.teacher, this.w, 10, "2025-03-12T15:00:00Z", this.w.studentX());
		submit(this.teacher, late, this.w.studentX(), "2025-03-12T16:00:00Z");
		AttendanceFixtures.attendance(this.teacher, x, "2025-03-13", "ABSENT");

		Api.Reply reply = this.api.as(this.w.token("studentX"))
			.get("/api/analytics/student/" + x + "/daily?from=2025-03-09&to=2025-03-14");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode days = reply.json();
		assertThat(days.size()).isEqualTo(4);
		assertDay(days.get(0), "2025-03-10", "PRESENT", true, 5);
		assertDay(days.get(1), "2025-03-11", null, false, null);
		assertDay(days.get(2), "2025-03-12", null, false, null);
		assertDay(days.get(3), "2025-03-13", "ABSENT", null, null);
	}

	@Test
	void ranksEachClassSubjectAndTermWithCompetitionRanking() {
		Fixtures.TestSchool school = this.w.school();
		var term = school.term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30));
		Person s2 = student(school, "Sam", "Second");
		Person s3 = student(school, "Sue", "Third");
		Person s4 = student(school, "Stan", "Fourth");
		Person s5 = student(school, "Sid", "Nograde");
		Map<Person, Long> submissions = new HashMap<>();
		submissions.put(this.w.studentX(), graded(this.teacher, this.w, this.w.studentX(), 90, "2025-02-03T10:00:00Z"));
		submissions.put(s2, graded(this.teacher, this.w, s2, "79.99", "2025-02-03T10:00:00Z"));
		graded(this.teacher, this.w, s2, 80, "2025-02-04T10:00:00Z");
		submissions.put(s3, graded(this.teacher, this.w, s3, 80, "2025-02-03T10:00:00Z"));
		submissions.put(s4, graded(this.teacher, this.w, s4, 70, "2025-02-03T10:00:00Z"));
		// Outside the term: does not count.
		graded(this.teacher, this.w, s4, 100, "2024-12-20T10:00:00Z");
		AttendanceFixtures.attendance(this.teacher, this.w.studentX().id(), "2025-02-03", "PRESENT");
		AttendanceFixtures.attendance(this.teacher, this.w.studentX().id(), "2025-02-04", "LATE");
		AttendanceFixtures.attendance(this.teacher, this.w.studentX().id(), "2025-02-05", "PRESENT");
		AttendanceFixtures.attendance(this.teacher, this.w.studentX().id(), "2025-02-06", "ABSENT");

		Map<Long, JsonNode> rows = termRows(term.id());

		assertThat(rows).hasSize(6);
		assertThat(rows.get(this.w.studentY().id()).get("rank").isNull()).isTrue();
		JsonNode x = rows.get(this.w.studentX().id());
		assertThat(x.get("student_name").asString()).isEqualTo("Xena Xenos");
		assertThat(x.get("subject_id").asLong()).isEqualTo(this.w.subject().id());
		assertThat(x.get("average_grade").decimalValue()).isEqualByComparingTo("90.00");
		assertThat(x.get("attendance_percentage").decimalValue()).isEqualByComparingTo("75.00");
		assertThat(x.get("rank").asInt()).isEqualTo(1);
		// 79.995 rounds to 80.00 and ties with 80: "1224".
		assertThat(rows.get(s2.id()).get("rank").asInt()).isEqualTo(2);
		assertThat(rows.get(s3.id()).get("rank").asInt()).isEqualTo(2);
		assertThat(rows.get(s4.id()).get("rank").asInt()).isEqualTo(4);
		assertThat(rows.get(s4.id()).get("average_grade").decimalValue()).isEqualByComparingTo("70.00");
		assertThat(rows.get(s5.id()).get("rank").isNull()).isTrue();
		assertThat(rows.get(s5.id()).get("average_grade").isNull()).isTrue();
		assertThat(rows.get(s5.id()).get("attendance_percentage").isNull()).isTrue();

		assertThat(grade(this.teacher, submissions.get(s4), 95, "2025-02-04T10:00:00Z").status()).isEqualTo(200);

		rows = termRows(term.id());
		assertThat(rows.get(s4.id()).get("rank").asInt()).isEqualTo(1);
		assertThat(rows.get(this.w.studentX().id()).get("rank").asInt()).isEqualTo(2);
		assertThat(rows.get(s2.id()).get("rank").asInt()).isEqualTo(3);
		assertThat(rows.get(s3.id()).get("rank").asInt()).isEqualTo(3);
	}

	@Test
	void letsTheSubjectTeacherComment() {
		var term = this.w.school().term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30));
		String path = "/api/analytics/term-performance/" + this.w.studentX().id() + "/" + term.id() + "/"
				+ this.w.subject().id() + "/comment";

		Api.Reply reply = this.teacher.put(path, body("teacher_comment", "Steady work"));

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("teacher_comment").asString()).isEqualTo("Steady work");
		assertThat(termRows(term.id()).get(this.w.studentX().id()).get("teacher_comment").asString())
			.isEqualTo("Steady work");
		assertThat(this.api.as(this.w.token("teacherB")).put(path, body("teacher_comment", "x")).status())
			.isEqualTo(404);
		assertThat(this.api.as(this.w.token("parentX")).put(path, body("teacher_comment", "x")).status())
			.isEqualTo(403);
	}

	@Test
	void countsATeachersWeek() {
		long subject = this.w.subject().id();
		long classId = this.w.classSection().id();
		AttendanceFixtures.lesson(this.teacher, null, subject, classId, "2025-03-10T08:00:00Z", "HELD");
		AttendanceFixtures.lesson(this.teacher, null, subject, classId, "2025-03-11T08:00:00Z", "HELD");
		AttendanceFixtures.lesson(this.teacher, null, subject, classId, "2025-03-12T08:00:00Z", "CANCELLED");
		// Sunday 23:30 in Athens: the previous week.
		AttendanceFixtures.lesson(this.teacher, null, subject, classId, "2025-03-09T21:30:00Z", "HELD");
		create(this.teacher, "/api/assignments",
				body("subject_id", subject, "title", "Essay", "due_at", "2025-03-20T12:00:00Z", "max_score", 10,
						"student_ids", List.of(this.w.studentX().id()), "created_at", "2025-03-12T08:00:00Z"));
		MessagingFixtures.parentCommunication(this.teacher, this.w.parentX(), this.w.studentX(), "PHONE",
				"2025-03-13T08:00:00Z");
		AttendanceFixtures.attendance(this.teacher, this.w.studentX().id(), "2025-03-10", "PRESENT");
		AttendanceFixtures.attendance(this.teacher, this.w.studentX().id(), "2025-03-11", "ABSENT");
		AttendanceFixtures.attendance(this.teacher, this.w.studentX().id(), "2025-03-12", "LATE");
		// studentY is not enrolled with teacherA.
		AttendanceFixtures.attendance(this.admin, this.w.studentY().id(), "2025-03-10", "ABSENT");

		Api.Reply reply = this.teacher.get("/api/analytics/teacher/my-performance?weeks=2&until=2025-03-16");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		JsonNode previous = body.get("weeks").get(0);
		assertThat(previous.get("week").asString()).isEqualTo("2025-W10");
		assertThat(previous.get("classes_taught").asInt()).isEqualTo(1);
		assertThat(previous.get("average_student_attendance").isNull()).isTrue();
		JsonNode week = body.get("weeks").get(1);
		assertThat(week.get("week").asString()).isEqualTo("2025-W11");
		assertThat(week.get("week_start").asString()).isEqualTo("2025-03-10");
		assertThat(week.get("classes_taught").asInt()).isEqualTo(2);
		assertThat(week.get("homeworks_assigned").asInt()).isEqualTo(1);
		assertThat(week.get("parent_communications").asInt()).isEqualTo(1);
		assertThat(week.get("average_student_attendance").decimalValue()).isEqualByComparingTo("66.67");
	}

	private Person student(Fixtures.TestSchool school, String first, String last) {
		Person student = school.student(first, last, this.w.classSection(), null);
		school.enroll(student, this.w.teacherA(), this.w.subject());
		return student;
	}

	private Map<Long, JsonNode> termRows(long termId) {
		Api.Reply reply = this.admin.get("/api/analytics/terms/" + termId + "/performance?class_id="
				+ this.w.classSection().id() + "&subject_id=" + this.w.subject().id());
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		Map<Long, JsonNode> rows = new HashMap<>();
		reply.json().forEach((row) -> rows.put(row.get("student_id").asLong(), row));
		return rows;
	}

	private static void assertDay(JsonNode day, String date, String status, Boolean homework, Integer behavior) {
		assertThat(day.get("date").asString()).isEqualTo(date);
		if (status == null) {
			assertThat(day.get("attendance_status").isNull()).as(day.toString()).isTrue();
		}
		else {
			assertThat(day.get("attendance_status").asString()).isEqualTo(status);
		}
		if (homework == null) {
			assertThat(day.get("homework_completed").isNull()).as(day.toString()).isTrue();
		}
		else {
			assertThat(day.get("homework_completed").asBoolean()).as(day.toString()).isEqualTo(homework);
		}
		if (behavior == null) {
			assertThat(day.get("behavior_score").isNull()).as(day.toString()).isTrue();
		}
		else {
			assertThat(day.get("behavior_score").asInt()).isEqualTo(behavior);
		}
	}

}
