package org.classlytics.reports;

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
import static org.classlytics.support.CourseworkFixtures.fields;

@IntegrationTest
class TeacherWeeklyApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private ReportsClassFixture c;

	@BeforeEach
	void setUp() {
		this.c = new ReportsClassFixture(this.api, this.fixtures);
	}

	@Test
	void reportsEveryFigureOfTheClassExactly() {
		Api.Reply reply = teacher().get("/api/reports/teacher-weekly?week_start=2025-03-10");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		ObjectNode report = (ObjectNode) reply.json();
		assertThat(report.get("generated_at").asString()).isNotBlank();
		report.remove("generated_at");
		assertThat(report).isEqualTo(json.readTree(expected()));
	}

	@Test
	void anAdminNamesTheTeacher() {
		Api.Reply reply = this.api.as(this.c.w.token("admin"))
			.get("/api/reports/teacher-weekly?week_start=2025-03-10&teacher_id=" + this.c.w.teacherA().id());

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		ObjectNode report = (ObjectNode) reply.json();
		report.remove("generated_at");
		assertThat(report).isEqualTo(json.readTree(expected()));
	}

	@Test
	void narrowsTheClassToOneStudent() {
		JsonNode report = teacher()
			.get("/api/reports/teacher-weekly?week_start=2025-03-10&student_id=" + this.c.mia.id())
			.json();

		assertThat(report.get("students").size()).isEqualTo(1);
		assertThat(report.get("students").get(0).get("student_name").asString()).isEqualTo("Mia Moss");
		assertThat(report.get("statistics").get("class_average_score").asDouble()).isEqualTo(40.0);
	}

	@Test
	void refusesAWeekThatDoesNotStartOnMonday() {
		Api.Reply reply = teacher().get("/api/reports/teacher-weekly?week_start=2025-03-11");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("week_start");
	}

	@Test
	void anAdminMustNameATeacherOfTheSchool() {
		Api.Caller admin = this.api.as(this.c.w.token("admin"));

		Api.Reply missing = admin.get("/api/reports/teacher-weekly?week_start=2025-03-10");
		Api.Reply notTeacher = admin
			.get("/api/reports/teacher-weekly?week_start=2025-03-10&teacher_id=" + this.c.w.tutorX().id());

		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("teacher_id");
		assertThat(notTeacher.status()).isEqualTo(400);
		assertThat(fields(notTeacher)).containsExactly("teacher_id");
	}

	@Test
	void otherWeeksAreEmptyOfActivity() {
		JsonNode report = teacher().get("/api/reports/teacher-weekly?week_start=2025-03-17").json();

		assertThat(report.get("week_start").asString()).isEqualTo("2025-03-17");
		assertThat(report.get("week_end").asString()).isEqualTo("2025-03-23");
		assertThat(report.get("statistics").get("active_students").asInt()).isEqualTo(0);
		// the Project is due on 2025-03-20 for Xena only, and was submitted on time
		JsonNode xena = report.get("students")
			.valueStream()
			.filter((s) -> s.get("student_name").asString().equals("Xena Xenos"))
			.findFirst()
			.orElseThrow();
		assertThat(xena.get("assignments_total").asInt()).isEqualTo(1);
		assertThat(xena.get("assignments_completed").asInt()).isEqualTo(1);
		assertThat(xena.get("on_time_submissions").asInt()).isEqualTo(1);
		assertThat(xena.get("submission_rate").asDouble()).isEqualTo(100.0);
	}

	private Api.Caller teacher() {
		return this.api.as(this.c.w.token("teacherA"));
	}

	private String expected() {
		long x = this.c.w.studentX().id();
		long m = this.c.mia.id();
		long n = this.c.ned.id();
		return """
				{
				  "week_start": "2025-03-10", "week_end": "2025-03-16",
				  "teacher_id": %d, "teacher_name": "Alice Anders",
				  "summary": {"total_students": 3, "class_average_score": 61.25, "class_submission_rate": 50.00,
				              "students_with_concerns": 2, "top_performers": 0},
				  "students": [
				    {"student_id": %d, "student_name": "Xena Xenos", "first_name": "Xena", "last_name": "Xenos",
				     "assignments_total": 2, "assignments_completed": 2, "on_time_submissions": 1, "late_submissions": 1,
				     "submission_rate": 100.00, "assignments_graded": 2, "average_score": 82.50, "feedback_given": 1,
				     "feedback_quality_score": 6, "materials_assigned": 1, "materials_completed": 1,
				     "learning_progress": 100.00, "attendance_percentage": 75.00, "chat_messages_sent": 3,
				     "chat_messages_received": 2, "chat_participation": 1.00, "time_spent_hours": 1.50,
				     "engagement_points": 5, "engagement_level": "Medium"},
				    {"student_id": %d, "student_name": "Mia Moss", "first_name": "Mia", "last_name": "Moss",
				     "assignments_total": 2, "assignments_completed": 1, "on_time_submissions": 0, "late_submissions": 1,
				     "submission_rate": 50.00, "assignments_graded": 1, "average_score": 40.00, "feedback_given": 1,
				     "feedback_quality_score": 3, "materials_assigned": 1, "materials_completed": 0,
				     "learning_progress": 40.00, "attendance_percentage": 0.00, "chat_messages_sent": 1,
				     "chat_messages_received": 4, "chat_participation": 1.00, "time_spent_hours": 0.00,
				     "engagement_points": 2, "engagement_level": "Very Low"},
				    {"student_id": %d, "student_name": "Ned Nash", "first_name": "Ned", "last_name": "Nash",
				     "assignments_total": 1, "assignments_completed": 0, "on_time_submissions": 0, "late_submissions": 0,
				     "submission_rate": 0.00, "assignments_graded": 0, "average_score": null, "feedback_given": 0,
				     "feedback_quality_score": 0, "materials_assigned": 0, "materials_completed": 0,
				     "learning_progress": null, "attendance_percentage": null, "chat_messages_sent": 0,
				     "chat_messages_received": 0, "chat_participation": 0.00, "time_spent_hours": 0.00,
				     "engagement_points": 0, "engagement_level": "Very Low"}
				  ],
				  "statistics": {"total_students": 3, "active_students": 2, "class_average_score": 61.25,
				                 "class_submission_rate": 50.00, "highest_score": 82.50, "lowest_score": 40.00,
				                 "engagement_distribution": {"Very High": 0, "High": 0, "Medium": 1, "Low": 0, "Very Low": 2}},
				  "recommendations": [
				    "Class average score is below 65%%. Consider reviewing lesson content and providing additional support materials.",
				    "Class submission rate is 50.0%%. Set clear deadlines and send reminders to students.",
				    "Students with low engagement: Mia Moss, Ned Nash. Consider reaching out for individual support or tutoring."
				  ]
				}"""
			.formatted(this.c.w.teacherA().id(), x, m, n);
	}

}
