package org.classlytics.reliability;

import java.time.LocalDate;
import java.util.Map;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * Server-owned fields sent by a client ({@code id}, {@code role} on a self-update,
 * {@code school_id}, {@code created_at}, {@code created_by}, derived figures) change
 * nothing: the stored row keeps the server's values, checked in the database.
 */
@IntegrationTest
class MassAssignmentTests {

	private static final long FOREIGN_ID = 987654321L;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private World w;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
	}

	@Test
	void aSelfUpdateKeepsRoleSchoolIdAndCreationTime() {
		long id = this.w.teacherA().id();
		Map<String, Object> before = userRow(id);

		Api.Reply reply = this.api.as(this.w.token("teacherA"))
			.patch("/api/users/" + id,
					body("first_name", "Alina", "role", "ADMIN", "school_id", this.w.outsider().schoolId(), "id",
							FOREIGN_ID, "created_at", "2000-01-01T00:00:00Z", "active", false));

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("role").asString()).isEqualTo("TEACHER");
		Map<String, Object> after = userRow(id);
		assertThat(after.get("first_name")).isEqualTo("Alina");
		assertThat(after.get("role")).isEqualTo("TEACHER");
		assertThat(after.get("school_id")).isEqualTo(before.get("school_id"));
		assertThat(after.get("created_at")).isEqualTo(before.get("created_at"));
		assertThat(after.get("active")).isEqualTo(true);
		assertThat(this.api.as(this.w.token("teacherA")).get("/api/schools/" + this.w.school().id()).status())
			.isEqualTo(200);
		assertThat(this.api.as(this.w.token("teacherA")).get("/api/admin/audit").status()).isEqualTo(403);
	}

	@Test
	void anAdminCannotMoveAPersonToAnotherSchoolNorRenumberIt() {
		long id = this.w.studentX().id();
		Map<String, Object> before = userRow(id);

		Api.Reply reply = this.api.as(this.w.token("admin"))
			.patch("/api/users/" + id, body("last_name", "Xenou", "school_id", this.w.outsider().schoolId(), "id",
					FOREIGN_ID, "created_at", "2000-01-01T00:00:00Z"));

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("id").asLong()).isEqualTo(id);
		Map<String, Object> after = userRow(id);
		assertThat(after.get("last_name")).isEqualTo("Xenou");
		assertThat(after.get("school_id")).isEqualTo(before.get("school_id"));
		assertThat(after.get("created_at")).isEqualTo(before.get("created_at"));
		assertThat(count("SELECT COUNT(*) FROM users WHERE id = ?", FOREIGN_ID)).isZero();
	}

	@Test
	void aCreatedRecordGetsTheCallersSchoolAndAFreshId() {
		Api.Caller admin = this.api.as(this.w.token("admin"));
		long foreignSchool = this.w.outsider().schoolId();

		Api.Reply user = admin.post("/api/users",
				body("email", "mass." + System.nanoTime() + "@test.classlytics.org", "password", "pw-123456",
						"first_name", "Mia", "last_name", "Mass", "role", "TEACHER", "school_id", foreignSchool, "id",
						FOREIGN_ID, "created_at", "2000-01-01T00:00:00Z"));
		Api.Reply subject = admin.post("/api/subjects", body("name", "Art", "code",
				"ART" + (System.nanoTime() % 100000), "school_id", foreignSchool, "id", FOREIGN_ID));

		assertThat(user.status()).as(user.text()).isEqualTo(201);
		assertThat(subject.status()).as(subject.text()).isEqualTo(201);
		assertThat(user.id()).isNotEqualTo(FOREIGN_ID);
		assertThat(subject.id()).isNotEqualTo(FOREIGN_ID);
		assertThat(userRow(user.id()).get("school_id")).isEqualTo(this.w.school().id());
		assertThat(userRow(user.id()).get("created_at").toString()).doesNotStartWith("2000");
		assertThat(count("SELECT COUNT(*) FROM subjects WHERE id = ? AND school_id = ?", subject.id(),
				this.w.school().id()))
			.isEqualTo(1);
	}

	@Test
	void aScheduleKeepsItsCreatorAndItsServerTimes() {
		Api.Caller admin = this.api.as(this.w.token("admin"));

		Api.Reply created = admin.post("/api/reports/schedules",
				body("name", "Mass", "report_type", "student_report", "frequency", "daily", "time", "07:00",
						"export_format", "csv", "created_by", this.w.teacherA().id(), "last_sent",
						"2000-01-01T00:00:00Z", "last_generated", "2000-01-01T00:00:00Z", "next_scheduled",
						"2000-01-01T00:00:00Z", "id", FOREIGN_ID));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode json = admin.get("/api/reports/schedules/" + created.id()).json();
		assertThat(created.id()).isNotEqualTo(FOREIGN_ID);
		assertThat(json.get("created_by").asLong()).isEqualTo(this.w.admin().id());
		assertThat(json.get("last_sent").isNull()).isTrue();
		assertThat(json.get("last_generated").isNull()).isTrue();
		assertThat(json.get("next_scheduled").asString()).doesNotStartWith("2000");

		Api.Reply patched = admin.patch("/api/reports/schedules/" + created.id(),
				body("name", "Mass 2", "created_by", this.w.teacherA().id(), "last_sent", "2000-01-01T00:00:00Z"));

		assertThat(patched.status()).as(patched.text()).isEqualTo(200);
		json = admin.get("/api/reports/schedules/" + created.id()).json();
		assertThat(json.get("name").asString()).isEqualTo("Mass 2");
		assertThat(json.get("created_by").asLong()).isEqualTo(this.w.admin().id());
		assertThat(json.get("last_sent").isNull()).isTrue();
	}

	@Test
	void aTeacherCommentCannotWriteTheDerivedFigures() {
		var term = this.w.school().term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30));
		String path = "/api/analytics/term-performance/" + this.w.studentX().id() + "/" + term.id() + "/"
				+ this.w.subject().id() + "/comment";
		Api.Caller teacher = this.api.as(this.w.token("teacherA"));

		Api.Reply reply = teacher.put(path,
				body("teacher_comment", "Steady", "average_grade", 99.5, "rank", 1, "class_rank", 1,
						"attendance_percentage", 100, "student_id", this.w.studentY().id(), "subject_id", FOREIGN_ID));

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode row = null;
		for (JsonNode candidate : teacher.get("/api/analytics/terms/" + term.id() + "/performance").json()) {
			if (candidate.get("student_id").asLong() == this.w.studentX().id()) {
				row = candidate;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("teacher_comment").asString()).isEqualTo("Steady");
		assertThat(row.get("subject_id").asLong()).isEqualTo(this.w.subject().id());
		assertThat(row.get("average_grade").isNull()).isTrue();
		assertThat(row.get("rank").isNull()).isTrue();
		assertThat(row.get("attendance_percentage").isNull()).isTrue();
	}

	private Map<String, Object> userRow(long id) {
		return this.jdbc
			.sql("SELECT school_id, role, first_name, last_name, active, created_at FROM users WHERE id = ?")
			.param(id)
			.query((rs, row) -> Map.<String, Object>of("school_id", rs.getLong(1), "role", rs.getString(2),
					"first_name", rs.getString(3), "last_name", rs.getString(4), "active", rs.getBoolean(5),
					"created_at", rs.getObject(6).toString()))
			.single();
	}

	private long count(String sql, Object... params) {
		var spec = this.jdbc.sql(sql);
		for (Object param : params) {
			spec = spec.param(param);
		}
		return spec.query(Long.class).single();
	}

}
