package org.classlytics.intake;

import tools.jackson.databind.JsonNode;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.intake.IntakeSupport.errors;
import static org.classlytics.intake.IntakeSupport.upload;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.material;
import static org.classlytics.support.CourseworkFixtures.quiz;

/**
 * Attendance, quiz attempts, study sessions and payments imported from CSV.
 */
@IntegrationTest
class IntakeActivityTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private World w;

	private Api.Caller admin;

	private Api.Caller teacherA;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.teacherA = this.api.as(this.w.token("teacherA"));
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE school_id = ?")
			.param(this.w.school().id())
			.query(Integer.class)
			.single();
	}

	@Test
	void aTeacherImportsAttendanceOfTheirStudentsAndTheDailySummaryShowsIt() {
		String file = """
				student,date,status,note
				%s,2025-03-10,late,bus
				""".formatted(this.w.studentX().email());

		Api.Reply reply = upload(this.teacherA, "attendance", file);
		Api.Reply again = upload(this.teacherA, "attendance", file);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("created").asInt()).isEqualTo(1);
		assertThat(again.json().get("created").asInt()).isEqualTo(0);
		assertThat(again.json().get("updated").asInt()).isEqualTo(1);
		JsonNode day = this.admin
			.get("/api/analytics/student/" + this.w.studentX().id() + "/daily?from=2025-03-10&to=2025-03-10")
			.json()
			.get(0);
		assertThat(day.get("attendance_status").asString()).isEqualTo("LATE");
		assertThat(count("attendance_records")).isEqualTo(1);
	}

	@Test
	void anAttendanceFileWithErrorsImportsNothing() {
		String file = """
				student,date,status,recorded_by
				%1$s,2025-03-10,PRESENT,
				%1$s,2025-03-10,ABSENT,
				%1$s,10/03/2025,GONE,
				%2$s,2025-03-11,PRESENT,
				ghost@example.org,2025-03-11,PRESENT,%3$s
				""".formatted(this.w.studentX().email(), this.w.studentY().email(), this.w.teacherB().email());

		Api.Reply reply = upload(this.teacherA, "attendance", file);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly("3 date: duplicates line 2", "4 date: must be a date YYYY-MM-DD",
				"4 status: must be one of PRESENT, ABSENT, LATE, EXCUSED",
				"5 student: student " + this.w.studentY().email() + " is not one of your students",
				"6 student: unknown student ghost@example.org",
				"6 recorded_by: only an admin records on behalf of another teacher");
		assertThat(count("attendance_records")).isZero();
	}

	@Test
	void quizAttemptsAreImportedAndCountAsGradedItems() {
		long quizId = create(this.teacherA, "/api/quizzes", quiz(this.w));
		this.jdbc.sql("UPDATE quizzes SET external_id = 'Q-1' WHERE id = ?").param(quizId).update();
		String file = """
				external_id,quiz,student,started_at,completed_at,score,teacher_score
				QA-1,Q-1,%s,2025-03-11T09:00:00Z,2025-03-11T09:20:00Z,15,
				""".formatted(this.w.studentX().email());
		String bad = """
				external_id,quiz,student,started_at,completed_at,score,teacher_score
				QA-2,Q-9,%1$s,2025-03-11T09:00:00Z,2025-03-11T08:00:00Z,,
				QA-2,Q-1,%1$s,,,21,-1
				""".formatted(this.w.studentX().email());

		Api.Reply reply = upload(this.admin, "quiz-attempts", file);
		Api.Reply refused = upload(this.admin, "quiz-attempts", bad);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("created").asInt()).isEqualTo(1);
		JsonNode week = this.admin
			.get("/api/analytics/student/" + this.w.studentX().id() + "/weekly-performance?weeks=1&until=2025-03-16")
			.json()
			.get("weekly_trend")
			.get(0);
		assertThat(week.get("quiz_avg").decimalValue()).isEqualByComparingTo("75.00");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errors(refused)).containsExactly("2 quiz: unknown quiz Q-9",
				"2 completed_at: must not be before started_at", "3 score: must be between 0 and 20",
				"3 teacher_score: must be between 0 and 20", "3 external_id: duplicates line 2");
		assertThat(count("quiz_attempts")).isEqualTo(1);
	}

	@Test
	void studySessionsAreImported() {
		long materialId = create(this.teacherA, "/api/materials", material(this.w, this.w.studentX()));
		this.jdbc.sql("UPDATE materials SET external_id = 'M-1' WHERE id = ?").param(materialId).update();
		String file = """
				external_id,student,subject,material,started_at,duration_seconds
				SS-1,%1$s,MATH,M-1,2025-03-09T16:00:00Z,1800
				SS-2,%1$s,MATH,,2025-03-09T18:00:00Z,600
				""".formatted(this.w.studentX().email());
		String bad = """
				external_id,student,subject,material,started_at,duration_seconds
				SS-3,%s,ART,M-9,,0
				""".formatted(this.w.studentX().email());

		Api.Reply reply = upload(this.admin, "study-sessions", file);
		Api.Reply refused = upload(this.admin, "study-sessions", bad);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("created").asInt()).isEqualTo(2);
		assertThat(this.jdbc
			.sql("SELECT external_id || ':' || teacher_id FROM study_sessions WHERE school_id = ? ORDER BY external_id")
			.param(this.w.school().id())
			.query(String.class)
			.list()).containsExactly("SS-1:" + this.w.teacherA().id(), "SS-2:" + this.w.teacherA().id());
		assertThat(errors(refused)).containsExactly("2 subject: unknown subject ART",
				"2 material: unknown material M-9", "2 started_at: is required", "2 duration_seconds: must be above 0");
	}

	@Test
	void paymentsAreUpsertedOnTheirExternalId() {
		String file = """
				external_id,student,amount,currency,paid_at
				PAY-1,%s,150.00,eur,2025-01-15T09:00:00Z
				""".formatted(this.w.studentX().email());
		String changed = file.replace("150.00", "175.50");
		String bad = """
				external_id,student,amount,currency,paid_at
				PAY-2,%s,-5,XYZ,yesterday
				""".formatted(this.w.teacherA().email());

		Api.Reply first = upload(this.admin, "payments", file);
		Api.Reply second = upload(this.admin, "payments", changed);
		Api.Reply refused = upload(this.admin, "payments", bad);

		assertThat(first.json().get("created").asInt()).as(first.text()).isEqualTo(1);
		assertThat(second.json().get("updated").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT amount || ' ' || currency FROM payments WHERE school_id = ?")
			.param(this.w.school().id())
			.query(String.class)
			.single()).isEqualTo("175.50 EUR");
		assertThat(errors(refused)).containsExactly("2 student: " + this.w.teacherA().email() + " is not a STUDENT",
				"2 amount: must be above 0 with at most 2 decimals",
				"2 currency: must be an ISO 4217 currency code such as EUR",
				"2 paid_at: must be an instant such as 2025-01-15T09:00:00Z");
	}

}
