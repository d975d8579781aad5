package org.classlytics.coursework;

import java.util.List;

import org.classlytics.analytics.Recompute;
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
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * The material totals (material_totals, material_completions) after each write of
 * materials, their students and progress, a new school zone, and the recompute's repair.
 * The school is in Europe/Athens (UTC+2 in March 2025).
 */
@IntegrationTest
class MaterialTotalsTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Recompute recompute;

	@Autowired
	MaterialTotalsBackfill backfill;

	private World w;

	private Api.Caller admin;

	private Api.Caller studentX;

	private long material;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.studentX = this.api.as(this.w.token("studentX"));
		this.material = create(this.admin, "/api/materials", material(this.w.studentX().id(), this.w.studentY().id()));
	}

	@Test
	void creatingAMaterialCountsItForEachStudent() {
		assertThat(totals()).containsExactly(total("X", 1, "0.00"), total("Y", 1, "0.00"));
		assertThat(completions()).isEmpty();
	}

	@Test
	void progressIsSummedAndCompletionsCountedInTheSchoolsWeek() {
		progress(this.material, 40, null);
		assertThat(totals()).containsExactly(total("X", 1, "40.00"), total("Y", 1, "0.00"));
		assertThat(completions()).isEmpty();

		// Sunday 22:30 UTC is Monday 00:30 in Athens: the week of 10 March.
		progress(this.material, 100, "2025-03-09T22:30:00Z");

		assertThat(totals()).containsExactly(total("X", 1, "100.00"), total("Y", 1, "0.00"));
		assertThat(completions()).containsExactly("X 2025-03-10 1");
	}

	@Test
	void reassigningAddsAndRemovesStudents() {
		this.admin.patch("/api/materials/" + this.material, body("student_ids", List.of(this.w.studentX().id())));
		assertThat(totals()).containsExactly(total("X", 1, "0.00"));

		this.admin.patch("/api/materials/" + this.material,
				body("student_ids", List.of(this.w.studentX().id(), this.w.studentY().id())));
		assertThat(totals()).containsExactly(total("X", 1, "0.00"), total("Y", 1, "0.00"));
	}

	@Test
	void deletingAMaterialTakesItAndItsProgressOut() {
		long second = create(this.admin, "/api/materials", material(this.w.studentX().id()));
		progress(this.material, 100, "2025-03-04T10:00:00Z");
		progress(second, 50, null);
		assertThat(totals()).containsExactly(total("X", 2, "150.00"), total("Y", 1, "0.00"));

		assertThat(this.admin.delete("/api/materials/" + second).status()).isEqualTo(204);
		assertThat(totals()).containsExactly(total("X", 1, "100.00"), total("Y", 1, "0.00"));
		assertThat(completions()).containsExactly("X 2025-03-03 1");

		assertThat(this.admin.delete("/api/materials/" + this.material).status()).isEqualTo(204);
		assertThat(totals()).isEmpty();
		assertThat(completions()).isEmpty();
	}

	@Test
	void aNewTimeZoneMovesCompletionsToItsWeeks() {
		progress(this.material, 100, "2025-03-09T22:30:00Z");

		assertThat(this.admin.patch("/api/schools/" + this.w.school().id(), body("time_zone", "UTC")).status())
			.isEqualTo(200);

		assertThat(completions()).containsExactly("X 2025-03-03 1");
	}

	@Test
	void theClassReportCountsCompletionsUpToTheEndOfItsWeek() {
		progress(this.material, 100, "2025-03-09T22:30:00Z");
		Api.Caller teacher = this.api.as(this.w.token("teacherA"));

		JsonNode before = teacher.get("/api/reports/teacher-weekly?week_start=2025-03-03").json().get("students");
		JsonNode during = teacher.get("/api/reports/teacher-weekly?week_start=2025-03-10").json().get("students");

		assertThat(before.get(0).get("materials_assigned").asInt()).isEqualTo(1);
		assertThat(before.get(0).get("materials_completed").asInt()).isZero();
		assertThat(during.get(0).get("materials_completed").asInt()).isEqualTo(1);
		assertThat(during.get(0).get("learning_progress").decimalValue()).isEqualByComparingTo("100");
	}

	@Test
	void theRecomputeFindsAndRepairsDrift() {
		progress(this.material, 100, "2025-03-04T10:00:00Z");
		long school = this.w.school().id();
		this.jdbc.sql("UPDATE material_totals SET assigned = 5 WHERE student_id = ?")
			.param(this.w.studentX().id())
			.update();
		this.jdbc.sql("DELETE FROM material_completions WHERE student_id = ?").param(this.w.studentX().id()).update();
		this.jdbc.sql("""
				INSERT INTO material_completions (student_id, teacher_id, subject_id, week_start, school_id, completed)
				VALUES (?, ?, ?, DATE '2025-03-17', ?, 2)""")
			.params(this.w.studentY().id(), this.w.teacherA().id(), this.w.subject().id(), school)
			.update();
		List<String> drifted = totals();

		Recompute.Result dryRun = this.recompute.run(school, new Recompute.Request(null, null, null, true), null);
		assertThat(dryRun.mismatches()).isEqualTo(3);
		assertThat(totals()).isEqualTo(drifted);

		Recompute.Result repair = this.recompute.run(school, new Recompute.Request(null, null, null, false), null);
		assertThat(repair.mismatches()).isEqualTo(3);
		assertThat(totals()).containsExactly(total("X", 1, "100.00"), total("Y", 1, "0.00"));
		assertThat(completions()).containsExactly("X 2025-03-03 1");
		assertThat(this.recompute.run(school, new Recompute.Request(null, null, null, false), null).mismatches())
			.isZero();
	}

	@Test
	void aSchoolUpgradedWithoutTotalsIsFilledAtStartupAndAFilledOneIsLeftAlone() {
		progress(this.material, 100, "2025-03-04T10:00:00Z");
		long school = this.w.school().id();
		// The state the migration leaves (sources, no totals), except that one key was
		// written meanwhile: the school is still filled, whole.
		this.jdbc.sql("DELETE FROM material_completions WHERE school_id = ?").param(school).update();
		this.jdbc.sql("DELETE FROM material_totals WHERE school_id = ? AND student_id = ?")
			.params(school, this.w.studentX().id())
			.update();

		assertThat(this.backfill.fill()).contains(school);
		assertThat(totals()).containsExactly(total("X", 1, "100.00"), total("Y", 1, "0.00"));
		assertThat(completions()).containsExactly("X 2025-03-03 1");

		assertThat(this.backfill.fill()).doesNotContain(school);
	}

	@Test
	void aRepairEvictsTheClassReportsCachedFromDriftedTotals() {
		this.jdbc.sql("UPDATE material_totals SET assigned = 5 WHERE student_id = ?")
			.param(this.w.studentX().id())
			.update();
		Api.Caller teacher = this.api.as(this.w.token("teacherA"));
		assertThat(materialsAssignedToX(teacher)).isEqualTo(5);

		Recompute.Result repair = this.recompute.run(this.w.school().id(),
				new Recompute.Request(null, null, null, false), null);

		assertThat(repair.mismatches()).isEqualTo(1);
		assertThat(materialsAssignedToX(teacher)).isEqualTo(1);
	}

	private int materialsAssignedToX(Api.Caller teacher) {
		JsonNode students = teacher.get("/api/reports/teacher-weekly?week_start=2025-03-03").json().get("students");
		for (JsonNode student : students) {
			if (student.get("student_id").asLong() == this.w.studentX().id()) {
				return student.get("materials_assigned").asInt();
			}
		}
		throw new AssertionError("student X is not in the report: " + students);
	}

	private java.util.Map<String, Object> material(Long... students) {
		return body("teacher_id", this.w.teacherA().id(), "subject_id", this.w.subject().id(), "title", "Chapter 3",
				"student_ids", List.of(students), "created_at", "2025-03-03T08:00:00Z");
	}

	private void progress(long materialId, int percent, String completedAt) {
		Object request = (completedAt != null)
				? body("student_id", this.w.studentX().id(), "progress_percent", percent, "completed_at", completedAt)
				: body("student_id", this.w.studentX().id(), "progress_percent", percent);
		assertThat(this.studentX.post("/api/materials/" + materialId + "/progress", request).status()).isEqualTo(201);
	}

	/**
	 * The school's totals as "student teacher subject assigned progress_sum", students
	 * named X or Y, teacher and subject checked to be teacher A's Mathematics.
	 */
	private List<String> totals() {
		return this.jdbc.sql("""
				SELECT student_id, teacher_id, subject_id, assigned, progress_sum FROM material_totals
				WHERE school_id = ? ORDER BY student_id""")
			.param(this.w.school().id())
			.query((rs, n) -> name(rs.getLong("student_id")) + " "
					+ owner(rs.getLong("teacher_id"), rs.getLong("subject_id")) + " " + rs.getInt("assigned") + " "
					+ rs.getBigDecimal("progress_sum").toPlainString())
			.list();
	}

	private List<String> completions() {
		return this.jdbc.sql("""
				SELECT student_id, teacher_id, subject_id, week_start, completed FROM material_completions
				WHERE school_id = ? ORDER BY student_id, week_start""").param(this.w.school().id()).query((rs, n) -> {
			assertThat(owner(rs.getLong("teacher_id"), rs.getLong("subject_id"))).isEqualTo("A/MATH");
			return name(rs.getLong("student_id")) + " " + rs.getDate("week_start").toLocalDate() + " "
					+ rs.getInt("completed");
		}).list();
	}

	private static String total(String student, int assigned, String progressSum) {
		return student + " A/MATH " + assigned + " " + progressSum;
	}

	private String name(long studentId) {
		return (studentId == this.w.studentX().id()) ? "X" : (studentId == this.w.studentY().id()) ? "Y" : "?";
	}

	private String owner(long teacherId, long subjectId) {
		return ((teacherId == this.w.teacherA().id()) ? "A" : "?") + "/"
				+ ((subjectId == this.w.subject().id()) ? "MATH" : "?");
	}

}
