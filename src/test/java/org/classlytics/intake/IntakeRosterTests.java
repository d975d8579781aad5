package org.classlytics.intake;

import java.util.List;

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

/**
 * Users (with class, tutor and guardians) and enrollments imported from CSV.
 */
@IntegrationTest
class IntakeRosterTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private World w;

	private Api.Caller admin;

	private String tag;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.tag = Long.toString(System.nanoTime(), 36);
	}

	private String users() {
		return """
				external_id,email,first_name,last_name,role,locale,class,tutor,guardians,password
				TU-1,tutor-%1$s@example.org,Tom,Tutor,TUTOR,,,,,
				P-1,Parent-%1$s@Example.org,Paula,Parent,PARENT,el,,,,
				S-1,student-%1$s@example.org,Sam,Student,STUDENT,,9A,TU-1,P-1 %2$s,long-password-1
				""".formatted(this.tag, this.w.parentX().email());
	}

	@Test
	void importsPeopleWithTheirLinksAndUpdatesThemOnReimport() {
		Api.Reply first = upload(this.admin, "users", users());
		Api.Reply second = upload(this.admin, "users", users());

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.json().get("created").asInt()).isEqualTo(3);
		assertThat(second.json().get("created").asInt()).isEqualTo(0);
		assertThat(second.json().get("updated").asInt()).isEqualTo(3);
		long studentId = this.jdbc.sql("SELECT id FROM users WHERE email = ?")
			.param("student-" + this.tag + "@example.org")
			.query(Long.class)
			.single();
		JsonNode student = this.admin.get("/api/users/" + studentId).json();
		assertThat(student.get("class_id").asLong()).isEqualTo(this.w.classSection().id());
		long tutor = this.jdbc.sql("SELECT id FROM users WHERE email = ?")
			.param("tutor-" + this.tag + "@example.org")
			.query(Long.class)
			.single();
		assertThat(student.get("tutor_id").asLong()).isEqualTo(tutor);
		assertThat(this.jdbc
			.sql("SELECT u.email FROM student_guardians g JOIN users u ON u.id = g.guardian_id "
					+ "WHERE g.student_id = ? ORDER BY u.email")
			.param(student.get("id").asLong())
			.query(String.class)
			.list()).containsExactly("parent-" + this.tag + "@example.org", this.w.parentX().email());
		Api.Reply login = this.api.anonymous()
			.post("/api/auth/token",
					Api.body("email", "student-" + this.tag + "@example.org", "password", "long-password-1"));
		assertThat(login.status()).isEqualTo(200);
	}

	@Test
	void aUsersFileWithErrorsImportsNothing() {
		String file = """
				external_id,email,first_name,last_name,role,class,tutor,guardians
				U-1,one-%1$s@example.org,One,Person,JANITOR,,,
				U-2,one-%1$s@example.org,Two,Person,TEACHER,9A,,
				U-3,%2$s,Three,Person,STUDENT,9Z,%3$s,nobody@example.org
				U-4,not-an-email,Four,,STUDENT,,,
				""".formatted(this.tag, this.w.outsider().email(), this.w.teacherA().email());

		Api.Reply reply = upload(this.admin, "users", file);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly("2 role: must be one of ADMIN, TEACHER, TUTOR, PARENT, STUDENT",
				"3 class: only students have a class, a tutor or guardians", "3 email: duplicates line 2",
				"4 email: belongs to a user of another school", "4 class: unknown class 9Z",
				"4 tutor: " + this.w.teacherA().email() + " is not a TUTOR",
				"4 guardians: unknown parent nobody@example.org", "5 email: must be an email address",
				"5 last_name: is required");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM users WHERE email LIKE ?")
			.param("%" + this.tag + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void importsEnrollmentsAndRefusesASecondActiveOne() {
		String file = """
				external_id,student,teacher,subject,start_date,end_date,active
				E-1,%s,%s,MATH,2024-09-02,2024-12-20,false
				""".formatted(this.w.studentY().email(), this.w.teacherA().email());
		String conflicting = """
				external_id,student,teacher,subject,start_date,end_date,active
				E-2,%1$s,%2$s,MATH,2025-01-06,,true
				E-3,%1$s,%2$s,MATH,2025-01-06,2025-01-01,maybe
				E-4,%2$s,%1$s,BIO,tomorrow,,
				""".formatted(this.w.studentX().email(), this.w.teacherB().email());

		Api.Reply reply = upload(this.admin, "enrollments", file);
		Api.Reply refused = upload(this.admin, "enrollments", conflicting);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("created").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT end_date FROM enrollments WHERE external_id = 'E-1' AND school_id = ?")
			.param(this.w.school().id())
			.query(String.class)
			.single()).isEqualTo("2024-12-20");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errors(refused)).containsExactly("2 subject: student already has an active enrollment in MATH",
				"3 end_date: must not be before start_date", "3 active: must be true or false",
				"4 student: " + this.w.teacherB().email() + " is not a STUDENT",
				"4 teacher: " + this.w.studentX().email() + " is not a TEACHER", "4 subject: unknown subject BIO",
				"4 start_date: must be a date YYYY-MM-DD");
	}

	@Test
	void teachersCannotImportPeople() {
		for (String kind : List.of("users", "enrollments")) {
			assertThat(upload(this.api.as(this.w.token("teacherA")), kind, "email\n").status()).isEqualTo(403);
		}
	}

}
