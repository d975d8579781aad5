package org.classlytics.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.classlytics.attendance.AttendanceImport;
import org.classlytics.attendance.AttendanceStatus;
import org.classlytics.coursework.CourseworkImport;
import org.classlytics.coursework.SubmissionRecord;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.intake.IntakeSupport.errors;
import static org.classlytics.intake.IntakeSupport.upload;
import static org.classlytics.support.Api.body;

/**
 * Assignments, submissions and grades imported from CSV: written whole, reflected by
 * analytics when the request returns, idempotent on re-import, and refused whole with
 * every error listed.
 */
@IntegrationTest
class IntakeCourseworkTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CourseworkImport coursework;

	@Autowired
	AttendanceImport attendance;

	@Autowired
	PlatformTransactionManager transactions;

	private World w;

	private Api.Caller admin;

	private Api.Caller teacherA;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.teacherA = this.api.as(this.w.token("teacherA"));
	}

	private String assignments() {
		return """
				external_id,teacher,subject,title,created_at,due_at,max_score,class,students
				ESSAY-1,%s,MATH,Essay,2025-03-03T08:00:00Z,2025-03-10T12:00:00Z,50,,%s
				QUIZ-2,%s,MATH,Worksheet,2025-03-03T08:00:00Z,2025-03-12T12:00:00Z,20,9A,
				""".formatted(this.w.teacherA().email(), this.w.studentX().email(), this.w.teacherB().email());
	}

	@Test
	void importsAssignmentsOnceAndUpdatesThemOnReimport() {
		Api.Reply first = upload(this.admin, "assignments", assignments());
		Api.Reply second = upload(this.admin, "assignments", assignments());

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.json().get("created").asInt()).isEqualTo(2);
		assertThat(first.json().get("updated").asInt()).isEqualTo(0);
		assertThat(errors(first)).isEmpty();
		assertThat(second.json().get("created").asInt()).isEqualTo(0);
		assertThat(second.json().get("updated").asInt()).isEqualTo(2);
		assertThat(this.jdbc
			.sql("SELECT external_id || ':' || title || ':' || max_score FROM assignments WHERE school_id = ? "
					+ "ORDER BY external_id")
			.param(this.w.school().id())
			.query(String.class)
			.list()).containsExactly("ESSAY-1:Essay:50.00", "QUIZ-2:Worksheet:20.00");
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM assignment_students s JOIN assignments a ON a.id = s.assignment_id "
					+ "WHERE a.external_id = 'QUIZ-2' AND a.school_id = ?")
			.param(this.w.school().id())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void gradesAreImportedAndAnalyticsAreCurrentWhenTheRequestReturns() {
		upload(this.admin, "assignments", assignments());
		String grades = """
				assignment,student,score,graded_at,feedback,submitted_at
				ESSAY-1,%s,40,2025-03-11T09:00:00Z,Good work,2025-03-10T11:00:00Z
				""".formatted(this.w.studentX().email());

		Api.Reply reply = upload(this.teacherA, "grades", grades);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("created").asInt()).isEqualTo(1);
		assertThat(reply.json().get("updated").asInt()).isEqualTo(0);
		JsonNode week = weekOf(this.w.studentX().id());
		assertThat(week.get("assignment_avg").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(week.get("assignment_count").asInt()).isEqualTo(1);
		assertThat(week.get("week_start").asString()).isEqualTo("2025-03-10");
		Api.Reply submission = this.admin.get("/api/submissions?student_id=" + this.w.studentX().id());
		JsonNode s = submission.json().get("results").get(0);
		assertThat(s.get("status").asString()).isEqualTo("GRADED");
		assertThat(s.get("score").decimalValue()).isEqualByComparingTo("40");
		assertThat(s.get("late").asBoolean()).isFalse();
		assertThat(s.get("feedback").asString()).isEqualTo("Good work");
		assertThat(mismatches(this.w.studentX().id())).isZero();
	}

	@Test
	void reimportingGradesChangesNothing() {
		upload(this.admin, "assignments", assignments());
		String grades = """
				assignment,student,score,graded_at
				ESSAY-1,%s,45,2025-03-11T09:00:00Z
				QUIZ-2,%s,10,2025-03-13T09:00:00Z
				""".formatted(this.w.studentX().email(), this.w.studentY().email());
		upload(this.admin, "grades", grades);
		JsonNode before = weekOf(this.w.studentY().id());

		Api.Reply again = upload(this.admin, "grades", grades);

		assertThat(again.status()).as(again.text()).isEqualTo(200);
		assertThat(again.json().get("created").asInt()).isEqualTo(0);
		assertThat(again.json().get("updated").asInt()).isEqualTo(2);
		assertThat(weekOf(this.w.studentY().id())).isEqualTo(before);
		assertThat(before.get("assignment_avg").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submissions WHERE school_id = ?")
			.param(this.w.school().id())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(mismatches(this.w.studentX().id())).isZero();
		assertThat(mismatches(this.w.studentY().id())).isZero();
	}

	@Test
	void regradesKeepTheTermRowsExact() {
		// On PostgreSQL an import changes term rows by difference, and rebuilds a row it
		// cannot find (X's first physics item); on H2 it rebuilds them. Both must give
		// what a rebuild from the items gives.
		var term = springTerm();
		this.w.school().subject("Physics", "PHYS");
		upload(this.admin, "assignments",
				assignments() + "LAB-3,%s,PHYS,Lab,2025-03-03T08:00:00Z,2025-03-14T12:00:00Z,10,,%s\n"
					.formatted(this.w.teacherA().email(), this.w.studentX().email()));
		String x = this.w.studentX().email();
		String y = this.w.studentY().email();
		upload(this.admin, "grades", """
				assignment,student,score,graded_at
				ESSAY-1,%s,40,2025-03-11T09:00:00Z
				QUIZ-2,%s,10,2025-03-13T09:00:00Z
				""".formatted(x, y));
		assertThat(termRows(term.id())).containsExactly("X MATH 1 80 80.00 1", "Y MATH 1 50 50.00 2");

		Api.Reply regrade = upload(this.admin, "grades", """
				assignment,student,score,graded_at
				ESSAY-1,%s,45,2025-03-11T09:00:00Z
				QUIZ-2,%s,15,2025-03-13T09:00:00Z
				QUIZ-2,%s,20,2025-03-13T09:00:00Z
				LAB-3,%s,7,2025-03-15T09:00:00Z
				""".formatted(x, x, y, x));

		assertThat(regrade.status()).as(regrade.text()).isEqualTo(200);
		assertThat(regrade.json().get("created").asInt()).isEqualTo(2);
		assertThat(regrade.json().get("updated").asInt()).isEqualTo(2);
		assertThat(termRows(term.id())).containsExactly("X MATH 2 165 82.50 2", "X PHYS 1 70 70.00 1",
				"Y MATH 1 100 100.00 1");
		assertThat(mismatches(this.w.studentX().id())).isZero();
		assertThat(mismatches(this.w.studentY().id())).isZero();
	}

	@Test
	void aFullRebuildBetweenChunksOfOneTransactionCountsNothingTwice() {
		// An import's chunks keep term changes for the commit; an attendance change in
		// the
		// same transaction rebuilds the student's term rows in full between them.
		var term = springTerm();
		upload(this.admin, "assignments", assignments());
		long school = this.w.school().id();
		long x = this.w.studentX().id();
		upload(this.admin, "grades", """
				assignment,student,score,graded_at
				ESSAY-1,%s,40,2025-03-11T09:00:00Z
				""".formatted(this.w.studentX().email()));

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			var assignments = this.coursework.assignmentsByExternalId(school, List.of("ESSAY-1", "QUIZ-2"));
			this.coursework.recordSubmissions(school, List.of(new SubmissionRecord(null, assignments.get("ESSAY-1"), x,
					null, new BigDecimal("45"), Instant.parse("2025-03-11T09:00:00Z"), null)));
			this.attendance.recordAll(school, List.of(new AttendanceImport.Day(x, java.time.LocalDate.of(2025, 3, 11),
					AttendanceStatus.PRESENT, null, this.w.teacherA().id())));
			this.coursework.recordSubmissions(school, List.of(new SubmissionRecord(null, assignments.get("QUIZ-2"), x,
					null, new BigDecimal("15"), Instant.parse("2025-03-13T09:00:00Z"), null)));
		});

		assertThat(termRows(term.id())).containsExactly("X MATH 2 165 82.50 1", "Y MATH 0 0 null null");
		assertThat(mismatches(x)).isZero();
	}

	private org.classlytics.roster.Term springTerm() {
		return this.w.school().term("Spring", java.time.LocalDate.of(2025, 1, 6), java.time.LocalDate.of(2025, 6, 30));
	}

	/**
	 * The term's rows as "student subject count sum average rank", X before Y.
	 */
	private List<String> termRows(long termId) {
		return this.jdbc
			.sql("""
					SELECT u.first_name, s.code, t.item_count, t.grade_sum, t.average_grade, t.class_rank
					FROM analytics_student_terms t JOIN users u ON u.id = t.student_id JOIN subjects s ON s.id = t.subject_id
					WHERE t.term_id = ? ORDER BY u.first_name, s.code""")
			.param(termId)
			.query((rs, n) -> rs.getString(1).substring(0, 1) + " " + rs.getString(2) + " " + rs.getInt(3) + " "
					+ rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + " "
					+ ((rs.getBigDecimal(5) != null) ? rs.getBigDecimal(5).toPlainString() : null) + " "
					+ rs.getObject(6))
			.list();
	}

	@Test
	void aGradesFileWithErrorsImportsNothingAndListsEveryError() {
		upload(this.admin, "assignments", assignments());
		String grades = """
				assignment,student,score,graded_at
				ESSAY-1,%1$s,40,2025-03-11T09:00:00Z
				ESSAY-1,%1$s,41,2025-03-11T09:00:00Z
				ESSAY-1,%1$s,51,2025-03-11
				NOPE,nobody@example.org,ten,
				QUIZ-2,%2$s,10,2025-03-13T09:00:00Z
				""".formatted(this.w.studentX().email(), this.w.studentY().email());

		Api.Reply reply = upload(this.teacherA, "grades", grades);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("created").asInt()).isZero();
		assertThat(reply.json().get("updated").asInt()).isZero();
		assertThat(errors(reply)).containsExactly("3 student: duplicates line 2",
				"4 graded_at: must be an instant such as 2025-01-15T09:00:00Z", "4 score: must be between 0 and 50",
				"4 student: duplicates line 2", "5 score: must be a number", "5 assignment: unknown assignment NOPE",
				"5 student: unknown student nobody@example.org", "6 assignment: assignment QUIZ-2 is not one of yours",
				"6 student: student " + this.w.studentY().email() + " is not one of your students");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submissions WHERE school_id = ?")
			.param(this.w.school().id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(weekOf(this.w.studentX().id()).get("assignment_count").asInt()).isZero();
	}

	@Test
	void submissionsAreImportedWithTheirLateFlag() {
		upload(this.admin, "assignments", assignments());
		String submissions = """
				external_id,assignment,student,submitted_at
				S-1,ESSAY-1,%s,2025-03-10T12:00:01Z
				""".formatted(this.w.studentX().email());

		Api.Reply reply = upload(this.teacherA, "submissions", submissions);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("created").asInt()).isEqualTo(1);
		JsonNode s = this.admin.get("/api/submissions?student_id=" + this.w.studentX().id())
			.json()
			.get("results")
			.get(0);
		assertThat(s.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(s.get("late").asBoolean()).isTrue();
		assertThat(s.get("submitted_at").asString()).isEqualTo("2025-03-10T12:00:01Z");
	}

	@Test
	void anAssignmentsFileWithErrorsImportsNothing() {
		String file = """
				external_id,teacher,subject,title,due_at,max_score,class
				A-1,%s,MATH,Essay,2025-03-10T12:00:00Z,0,9A
				A-1,%s,CHEM,,tomorrow,10,9Z
				""".formatted(this.w.teacherA().email(), this.w.studentX().email());

		Api.Reply reply = upload(this.admin, "assignments", file);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly("2 max_score: must be above 0",
				"3 teacher: " + this.w.studentX().email() + " is not a TEACHER", "3 subject: unknown subject CHEM",
				"3 title: is required", "3 due_at: must be an instant such as 2025-01-15T09:00:00Z",
				"3 class: unknown class 9Z", "3 external_id: duplicates line 2");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM assignments WHERE school_id = ?")
			.param(this.w.school().id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aMissingOrUnknownColumnIsReportedOnTheHeader() {
		Api.Reply reply = upload(this.admin, "grades", "assignment,pupil,score\nA,b,1\n");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly("1 student: column is missing",
				"1 pupil: unknown column; expected assignment, student, score, external_id, graded_at, feedback, "
						+ "submitted_at");
	}

	@Test
	void onlyAdminsAndTeachersImport() {
		for (String who : List.of("tutorX", "parentX", "studentX")) {
			assertThat(upload(this.api.as(this.w.token(who)), "grades", "assignment,student,score\n").status()).as(who)
				.isEqualTo(403);
		}
		for (String kind : List.of("users", "enrollments", "assignments", "quiz-attempts", "study-sessions",
				"payments")) {
			assertThat(upload(this.teacherA, kind, "x\n").status()).as(kind).isEqualTo(403);
		}
		assertThat(upload(this.api.anonymous(), "grades", "assignment,student,score\n").status()).isEqualTo(401);
		assertThat(upload(this.admin, "marks", "x\n").status()).isEqualTo(404);
	}

	private JsonNode weekOf(long studentId) {
		Api.Reply reply = this.admin
			.get("/api/analytics/student/" + studentId + "/weekly-performance?weeks=1&until=2025-03-16");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		return reply.json().get("weekly_trend").get(0);
	}

	private int mismatches(long studentId) {
		Api.Reply reply = this.admin.post("/api/admin/analytics/recompute",
				body("student_id", studentId, "dry_run", true));
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		return reply.json().get("mismatches").asInt();
	}

}
