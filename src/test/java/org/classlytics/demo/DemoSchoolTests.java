package org.classlytics.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.classlytics.support.Api;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo school of 50 students, written once per run with the well-known logins and a
 * history that ends at a fixed instant, so every number below is exact on both databases.
 */
@IntegrationTest
@RecordApplicationEvents
class DemoSchoolTests {

	static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");

	static final long SEED = 20261122L;

	private static GeneratedSchool school;

	@Autowired
	DemoSchool demo;

	@Autowired
	DemoStartup startup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@BeforeEach
	void wellKnownSchool() {
		if (school == null) {
			school = this.demo.generate(new DemoPlan(50, SEED, DemoSchool.SCHOOL_NAME, DemoSchool.DOMAIN, AS_OF));
		}
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param("school", school.schoolId()).query(Long.class).single();
	}

	private long users(String role) {
		return count("SELECT COUNT(*) FROM users WHERE school_id = :school AND role = '" + role + "'");
	}

	@Test
	void scalesTheCastWithTheNumberOfStudents() {
		assertThat(users("STUDENT")).isEqualTo(50);
		assertThat(users("TEACHER")).isEqualTo(8);
		assertThat(users("TUTOR")).isEqualTo(1);
		assertThat(users("ADMIN")).isEqualTo(1);
		assertThat(users("PARENT")).isEqualTo(PARENTS);
		assertThat(count("SELECT COUNT(*) FROM subjects WHERE school_id = :school")).isEqualTo(8);
		assertThat(this.jdbc.sql("SELECT name FROM class_sections WHERE school_id = :school ORDER BY id")
			.param("school", school.schoolId())
			.query(String.class)
			.list()).containsExactly("7A", "10A");
		assertThat(this.jdbc
			.sql("SELECT name, start_date, end_date FROM academic_terms WHERE school_id = :school ORDER BY start_date")
			.param("school", school.schoolId())
			.query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + " "
					+ rs.getObject(3, LocalDate.class))
			.list())
			.containsExactly("Autumn term 2026/27 2026-09-01 2027-01-31", "Spring term 2026/27 2027-02-01 2027-06-30");
		assertThat(this.jdbc.sql("SELECT time_zone FROM schools WHERE id = :school")
			.param("school", school.schoolId())
			.query(String.class)
			.single()).isEqualTo("Europe/Athens");
		assertThat(count("SELECT COUNT(*) FROM users WHERE school_id = :school AND role = 'STUDENT'"
				+ " AND (class_section_id IS NULL OR tutor_id IS NULL)"))
			.isZero();
	}

	@Test
	void givesEveryStudentOneOrTwoGuardiansAndEightEnrollments() {
		assertThat(count("""
				SELECT COUNT(*) FROM users s WHERE s.school_id = :school AND s.role = 'STUDENT'
				AND (SELECT COUNT(*) FROM student_guardians g JOIN users p ON p.id = g.guardian_id
				     WHERE g.student_id = s.id AND p.role = 'PARENT') NOT BETWEEN 1 AND 2""")).isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM users s WHERE s.school_id = :school AND s.role = 'STUDENT'
				AND (SELECT COUNT(DISTINCT e.subject_id) FROM enrollments e JOIN users t ON t.id = e.teacher_id
				     WHERE e.student_id = s.id AND e.active = TRUE AND t.role = 'TEACHER') <> 8""")).isZero();
		assertThat(count("SELECT COUNT(*) FROM enrollments WHERE school_id = :school")).isEqualTo(400);
		// one teacher per class and subject
		assertThat(count("""
				SELECT COUNT(*) FROM (SELECT s.class_section_id, e.subject_id FROM enrollments e
				JOIN users s ON s.id = e.student_id WHERE e.school_id = :school
				GROUP BY s.class_section_id, e.subject_id HAVING COUNT(DISTINCT e.teacher_id) > 1) x""")).isZero();
	}

	@Test
	void keepsTheRulesOfCoursework() {
		assertThat(count("""
				SELECT COUNT(*) FROM submissions s JOIN assignments a ON a.id = s.assignment_id
				WHERE s.school_id = :school AND (s.late <> (s.submitted_at > a.due_at)
				OR s.score < 0 OR s.score > a.max_score
				OR (s.status = 'GRADED') <> (s.score IS NOT NULL AND s.graded_at IS NOT NULL)
				OR s.submitted_at < a.created_at OR s.graded_at < s.submitted_at)""")).isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM submissions s WHERE s.school_id = :school AND NOT EXISTS
				(SELECT 1 FROM assignment_students x WHERE x.assignment_id = s.assignment_id
				 AND x.student_id = s.student_id)""")).isZero();
		// each assignment goes to one class, whose students are enrolled with its teacher
		assertThat(
				count("""
						SELECT COUNT(*) FROM assignment_students x JOIN assignments a ON a.id = x.assignment_id
						JOIN users u ON u.id = x.student_id JOIN class_sections c ON c.id = u.class_section_id
						JOIN enrollments e ON e.student_id = x.student_id AND e.subject_id = a.subject_id
						WHERE x.school_id = :school AND (e.teacher_id <> a.teacher_id OR a.title NOT LIKE '%(' || c.name || ')')"""))
			.isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id
				JOIN enrollments e ON e.student_id = t.student_id AND e.subject_id = q.subject_id
				WHERE t.school_id = :school AND e.teacher_id <> q.teacher_id""")).isZero();
		assertThat(count("SELECT COUNT(*) FROM submissions WHERE school_id = :school AND late = TRUE"))
			.isEqualTo(LATE_SUBMISSIONS);
		assertThat(count("SELECT COUNT(*) FROM submissions WHERE school_id = :school AND status = 'GRADED'"))
			.isEqualTo(GRADED_SUBMISSIONS);
		assertThat(count("""
				SELECT COUNT(*) FROM assignment_students x JOIN assignments a ON a.id = x.assignment_id
				WHERE x.school_id = :school AND a.due_at < CAST('2026-11-22 10:00:00+00' AS TIMESTAMP WITH TIME ZONE)
				AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.assignment_id = x.assignment_id
				AND s.student_id = x.student_id)""")).isEqualTo(MISSING_WORK);
		assertThat(count("""
				SELECT COUNT(*) FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id WHERE t.school_id = :school
				AND (t.score > q.max_score OR t.teacher_score > q.max_score OR t.completed_at < t.started_at)"""))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM quiz_attempts WHERE school_id = :school AND teacher_score IS NOT NULL"))
			.isPositive();
		assertThat(
				count("""
						SELECT COUNT(*) FROM material_progress p WHERE p.school_id = :school
						AND (p.progress_percent < 0 OR p.progress_percent > 100
						OR (p.completed_at IS NOT NULL AND p.progress_percent <> 100) OR NOT EXISTS
						(SELECT 1 FROM material_students m WHERE m.material_id = p.material_id AND m.student_id = p.student_id))"""))
			.isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM study_sessions s JOIN users t ON t.id = s.teacher_id
				WHERE s.school_id = :school AND (s.duration_seconds <= 0 OR t.role <> 'TEACHER')""")).isZero();
	}

	@Test
	void recordsDailyAttendanceWithRealisticAbsences() {
		assertThat(count("SELECT COUNT(*) FROM attendance_records WHERE school_id = :school"))
			.isEqualTo(50L * SCHOOL_DAYS);
		List<LocalDate> days = this.jdbc
			.sql("SELECT DISTINCT on_date FROM attendance_records WHERE school_id = :school ORDER BY on_date")
			.param("school", school.schoolId())
			.query(LocalDate.class)
			.list();
		assertThat(days).hasSize((int) SCHOOL_DAYS)
			.startsWith(LocalDate.of(2026, 9, 1))
			.endsWith(LocalDate.of(2026, 11, 20))
			.doesNotContain(LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 17))
			.allMatch((day) -> day.getDayOfWeek().getValue() <= 5);
		// most students at 95 % or better, a few chronically absent
		assertThat(count("""
				SELECT COUNT(*) FROM (SELECT student_id FROM attendance_records WHERE school_id = :school
				GROUP BY student_id HAVING SUM(CASE WHEN status IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END) * 100
				>= 95 * COUNT(*)) x""")).isEqualTo(WELL_ATTENDING);
		assertThat(count("""
				SELECT COUNT(*) FROM (SELECT student_id FROM attendance_records WHERE school_id = :school
				GROUP BY student_id HAVING SUM(CASE WHEN status = 'ABSENT' THEN 1 ELSE 0 END) * 100
				>= 10 * COUNT(*)) x""")).isEqualTo(CHRONICALLY_ABSENT);
		for (String status : List.of("LATE", "EXCUSED", "ABSENT")) {
			assertThat(count(
					"SELECT COUNT(*) FROM attendance_records WHERE school_id = :school AND status = '" + status + "'"))
				.isPositive();
		}
		assertThat(count("SELECT COUNT(*) FROM lessons WHERE school_id = :school AND status = 'CANCELLED'"))
			.isPositive();
		assertThat(
				count("SELECT COUNT(*) FROM behavior_entries WHERE school_id = :school AND score NOT BETWEEN 1 AND 5"))
			.isZero();
	}

	@Test
	void keepsTheRulesOfMessagingAndPayments() {
		assertThat(
				count("""
						SELECT COUNT(*) FROM parent_communications c WHERE c.school_id = :school AND NOT EXISTS
						(SELECT 1 FROM student_guardians g WHERE g.student_id = c.student_id AND g.guardian_id = c.parent_id)"""))
			.isZero();
		assertThat(
				count("""
						SELECT COUNT(*) FROM chat_message_recipients r JOIN chat_messages m ON m.id = r.message_id
						WHERE m.school_id = :school AND (r.recipient_id = m.sender_id OR NOT EXISTS
						(SELECT 1 FROM chat_room_participants p WHERE p.room_id = m.room_id AND p.person_id = r.recipient_id))"""))
			.isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM chat_messages m WHERE m.school_id = :school AND NOT EXISTS
				(SELECT 1 FROM chat_room_participants p WHERE p.room_id = m.room_id AND p.person_id = m.sender_id)"""))
			.isZero();
		assertThat(
				count("SELECT COUNT(*) FROM payments WHERE school_id = :school AND (amount <= 0 OR currency <> 'EUR')"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM payments WHERE school_id = :school")).isEqualTo(PAYMENTS);
	}

	@Test
	void writesNothingAfterItsHistoryEnds() {
		for (String column : List.of("lessons.starts_at", "submissions.submitted_at", "submissions.graded_at",
				"quiz_attempts.completed_at", "study_sessions.started_at", "chat_messages.sent_at",
				"parent_communications.sent_at", "payments.paid_at", "attendance_records.recorded_at",
				"material_progress.recorded_at")) {
			String[] parts = column.split("\\.");
			assertThat(count("SELECT COUNT(*) FROM " + parts[0] + " WHERE school_id = :school AND " + parts[1]
					+ " > CAST('2026-11-22 10:00:00+00' AS TIMESTAMP WITH TIME ZONE)"))
				.as(column)
				.isZero();
		}
	}

	@Test
	void theWellKnownLoginsSignInAndSeeTheirData() {
		Map<String, String> tokens = new java.util.LinkedHashMap<>();
		for (DemoLogin login : school.logins()) {
			Api.Reply reply = this.api.anonymous()
				.post("/api/auth/token", Api.body("email", login.email(), "password", "demo1234"));
			assertThat(reply.status()).as(login.email()).isEqualTo(200);
			assertThat(reply.json().get("user").get("role").asString()).isEqualTo(login.role());
			tokens.put(login.role(), reply.json().get("token").asString());
		}
		assertThat(tokens.keySet()).containsExactly("ADMIN", "TEACHER", "TUTOR", "PARENT", "STUDENT");

		// the parent sees exactly their two children: the well-known student and a
		// sibling
		long parentId = personId("parent@" + DemoSchool.DOMAIN);
		List<Long> children = this.jdbc
			.sql("SELECT student_id FROM student_guardians WHERE guardian_id = ? ORDER BY student_id")
			.param(parentId)
			.query(Long.class)
			.list();
		assertThat(children).hasSize(2).contains(personId("student@" + DemoSchool.DOMAIN));
		JsonNode seen = this.api.as(tokens.get("PARENT")).get("/api/users?role=STUDENT&page_size=200").json();
		assertThat(seen.get("count").asLong()).isEqualTo(2);
		assertThat(ids(seen.get("results"))).containsExactlyInAnyOrderElementsOf(children);

		// the teacher lists their own assignments
		long teacherId = personId("teacher@" + DemoSchool.DOMAIN);
		long theirs = this.jdbc.sql("SELECT COUNT(*) FROM assignments WHERE teacher_id = ?")
			.param(teacherId)
			.query(Long.class)
			.single();
		assertThat(theirs).isEqualTo(TEACHER_ASSIGNMENTS);
		JsonNode assignments = this.api.as(tokens.get("TEACHER")).get("/api/assignments?page_size=200").json();
		assertThat(assignments.get("count").asLong()).isEqualTo(theirs);

		// the tutor sees the students of the classes they tutor; the student sees
		// themself
		JsonNode tutored = this.api.as(tokens.get("TUTOR")).get("/api/users?role=STUDENT&page_size=200").json();
		assertThat(tutored.get("count").asLong()).isEqualTo(50);
		JsonNode me = this.api.as(tokens.get("STUDENT")).get("/api/me").json();
		assertThat(me.get("email").asString()).isEqualTo("student@" + DemoSchool.DOMAIN);
	}

	@Test
	void sameSeedGivesTheSameSchool(@Autowired ApplicationEvents events) {
		DemoPlan plan = new DemoPlan(30, 7, "Twin School", null, AS_OF);
		GeneratedSchool first = this.demo.generate(plan);
		GeneratedSchool second = this.demo.generate(plan);
		assertThat(second.schoolId()).isNotEqualTo(first.schoolId());
		assertThat(second.rowCounts()).isEqualTo(first.rowCounts());
		assertThat(second.emailDomain()).isEqualTo("school-" + second.schoolId() + ".demo.classlytics.org");
		assertThat(fingerprint(second.schoolId())).isEqualTo(fingerprint(first.schoolId()));
		assertThat(events.stream(DemoSchoolGenerated.class).map(DemoSchoolGenerated::schoolId))
			.containsExactly(first.schoolId(), second.schoolId());
		DemoSchoolGenerated generated = events.stream(DemoSchoolGenerated.class).findFirst().orElseThrow();
		assertThat(generated.students()).isEqualTo(30);
		assertThat(generated.activityFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(generated.activityTo()).isEqualTo(LocalDate.of(2026, 11, 22));
		GeneratedSchool other = this.demo.generate(new DemoPlan(30, 8, "Other School", null, AS_OF));
		assertThat(fingerprint(other.schoolId())).isNotEqualTo(fingerprint(first.schoolId()));
	}

	@Test
	void aSecondStartOnlyPrintsTheLogins() {
		long schools = this.jdbc.sql("SELECT COUNT(*) FROM schools").query(Long.class).single();
		String banner = this.startup.ensureDemoSchool();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM schools").query(Long.class).single()).isEqualTo(schools);
		assertThat(banner).contains("Classlytics Demo School (Europe/Athens), 50 students, already there")
			.contains("Password for every account: demo1234")
			.contains("admin@demo.classlytics.org", "teacher@demo.classlytics.org", "tutor@demo.classlytics.org",
					"parent@demo.classlytics.org", "student@demo.classlytics.org");
	}

	/**
	 * Totals that any change of a generated value would move.
	 */
	private String fingerprint(long schoolId) {
		return this.jdbc.sql("""
				SELECT (SELECT COALESCE(SUM(score), 0) FROM submissions WHERE school_id = :school) || '/'
				|| (SELECT COUNT(*) FROM submissions WHERE school_id = :school AND late = TRUE) || '/'
				|| (SELECT COUNT(*) FROM attendance_records WHERE school_id = :school AND status <> 'PRESENT') || '/'
				|| (SELECT COALESCE(SUM(duration_seconds), 0) FROM study_sessions WHERE school_id = :school) || '/'
				|| (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE school_id = :school)""")
			.param("school", schoolId)
			.query(String.class)
			.single();
	}

	private long personId(String email) {
		return this.jdbc.sql("SELECT id FROM users WHERE email = ?").param(email).query(Long.class).single();
	}

	private static List<Long> ids(JsonNode results) {
		return StreamSupport.stream(results.spliterator(), false).map((node) -> node.get("id").asLong()).toList();
	}

	// exact numbers of the 50-student school as of AS_OF
	static final long PARENTS = 72;

	static final long SCHOOL_DAYS = 57;

	static final long LATE_SUBMISSIONS = 180;

	static final long GRADED_SUBMISSIONS = 1928;

	static final long MISSING_WORK = 95;

	static final long WELL_ATTENDING = 36;

	static final long CHRONICALLY_ABSENT = 1;

	static final long PAYMENTS = 208;

	static final long TEACHER_ASSIGNMENTS = 12;

}
