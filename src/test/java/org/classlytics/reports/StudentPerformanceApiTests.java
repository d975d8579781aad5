package org.classlytics.reports;

import org.classlytics.roster.Subject;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.fields;

@IntegrationTest
class StudentPerformanceApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private ReportsClassFixture c;

	private Subject physics;

	@BeforeEach
	void setUp() {
		this.c = new ReportsClassFixture(this.api, this.fixtures);
		this.physics = this.c.w.school().subject("Physics", "PHY");
		this.c.w.school().enroll(this.c.w.studentX(), this.c.w.teacherB(), this.physics);
		Api.Caller teacher = this.api.as(this.c.w.token("teacherA"));
		long quiz = create(teacher, "/api/quizzes", body("subject_id", this.c.w.subject().id(), "title", "Fractions",
				"max_score", 20, "created_at", "2025-03-03T08:00:00Z"));
		// Sunday 23:30 in Athens: still the week of 2025-03-10
		create(teacher, "/api/quizzes/" + quiz + "/attempts", body("student_id", this.c.w.studentX().id(), "started_at",
				"2025-03-16T21:00:00Z", "completed_at", "2025-03-16T21:30:00Z", "score", 19));
	}

	@Test
	void reportsEveryFigureOfTheRange() {
		Api.Reply reply = as("parentX")
			.get("/api/reports/student-performance/" + this.c.w.studentX().id() + "?from=2025-03-10&to=2025-03-18");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		ObjectNode report = (ObjectNode) reply.json();
		assertThat(report.get("generated_at").asString()).isNotBlank();
		report.remove("generated_at");
		assertThat(report).isEqualTo(json.readTree(
				"""
						{
						  "student": {"id": %d, "first_name": "Xena", "last_name": "Xenos", "name": "Xena Xenos", "class_id": %d},
						  "from": "2025-03-10", "to": "2025-03-18", "period": null,
						  "attendance": {"total_days": 4, "present": 2, "late": 1, "absent": 1, "excused": 0,
						                 "attendance_rate": 75.00},
						  "grades": {"total_graded": 3, "average_percentage": 86.67, "highest_percentage": 95.00,
						             "lowest_percentage": 75.00, "trend": "stable"},
						  "subjects": [
						    {"subject_id": %d, "subject_code": "MATH", "subject_name": "Mathematics", "teacher_id": %d,
						     "teacher_name": "Alice Anders", "graded_count": 3, "average_percentage": 86.67, "trend": "stable",
						     "assignments_due": 2, "assignments_submitted": 2, "submission_rate": 100.00},
						    {"subject_id": %d, "subject_code": "PHY", "subject_name": "Physics", "teacher_id": %d,
						     "teacher_name": "Bob Brown", "graded_count": 0, "average_percentage": null, "trend": "stable",
						     "assignments_due": 0, "assignments_submitted": 0, "submission_rate": null}
						  ],
						  "weekly_trend": [
						    {"week": "2025-W11", "year": 2025, "week_number": 11, "week_start": "2025-03-10", "overall_avg": 86.67,
						     "quiz_avg": 95.00, "assignment_avg": 82.50, "quiz_count": 1, "assignment_count": 2},
						    {"week": "2025-W12", "year": 2025, "week_number": 12, "week_start": "2025-03-17", "overall_avg": null,
						     "quiz_avg": null, "assignment_avg": null, "quiz_count": 0, "assignment_count": 0}
						  ],
						  "recommendations": ["Attendance could be improved. Aim for 90%%+ attendance rate."]
						}"""
					.formatted(this.c.w.studentX().id(), this.c.w.classSection().id(), this.c.w.subject().id(),
							this.c.w.teacherA().id(), this.physics.id(), this.c.w.teacherB().id())));
	}

	@Test
	void readsTheTrendOfTheGradesInDateOrder() {
		// without the quiz: 90 then 75, d = −15
		JsonNode report = as("teacherA")
			.get("/api/reports/student-performance/" + this.c.w.studentX().id() + "?from=2025-03-10&to=2025-03-15")
			.json();

		assertThat(report.get("grades").get("trend").asString()).isEqualTo("declining");
		assertThat(report.get("grades").get("average_percentage").asDouble()).isEqualTo(82.5);
		assertThat(report.get("recommendations").valueStream().map(JsonNode::asString)).containsExactly(
				"Attendance could be improved. Aim for 90%+ attendance rate.",
				"Grade trend is declining. Review recent assignments and identify areas needing improvement.");
	}

	@Test
	void answersANamedPeriodRelativeToToday() {
		JsonNode report = as("studentX")
			.get("/api/reports/student-performance/" + this.c.w.studentX().id() + "?period=week")
			.json();

		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Athens"));
		java.time.LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
		assertThat(report.get("period").asString()).isEqualTo("week");
		assertThat(report.get("from").asString()).isEqualTo(monday.toString());
		assertThat(report.get("to").asString()).isEqualTo(monday.plusDays(6).toString());
		assertThat(report.get("weekly_trend").size()).isEqualTo(1);
		assertThat(report.get("grades").get("total_graded").asInt()).isZero();
		assertThat(report.get("recommendations").valueStream().map(JsonNode::asString))
			.containsExactly("Overall performance is satisfactory. Continue maintaining good study habits.");
	}

	@Test
	void refusesBadRanges() {
		String path = "/api/reports/student-performance/" + this.c.w.studentX().id();
		Api.Reply badPeriod = as("admin").get(path + "?period=year");
		Api.Reply backwards = as("admin").get(path + "?from=2025-03-10&to=2025-03-09");
		Api.Reply noTerm = as("admin").get(path + "?period=term");
		Api.Reply half = as("admin").get(path + "?from=2025-03-10");

		assertThat(badPeriod.status()).isEqualTo(400);
		assertThat(fields(badPeriod)).containsExactly("period");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fields(backwards)).containsExactly("to");
		assertThat(noTerm.status()).isEqualTo(400);
		assertThat(fields(noTerm)).containsExactly("period");
		assertThat(half.status()).isEqualTo(400);
		assertThat(fields(half)).containsExactly("to");
	}

	@Test
	void hidesStudentsOutsideTheCallersReach() {
		String path = "/api/reports/student-performance/" + this.c.w.studentX().id() + "?from=2025-03-10&to=2025-03-16";

		assertThat(as("parentY").get(path).status()).isEqualTo(404);
		assertThat(as("tutorY").get(path).status()).isEqualTo(404);
		assertThat(as("studentY").get(path).status()).isEqualTo(404);
		assertThat(as("outsider").get(path).status()).isEqualTo(404);
		assertThat(as("tutorX").get(path).status()).isEqualTo(200);
		assertThat(as("admin").get("/api/reports/student-performance/999999999").status()).isEqualTo(404);
	}

	private Api.Caller as(String who) {
		return this.api.as(this.c.w.token(who));
	}

}
