package org.classlytics.reports;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.AttendanceFixtures.attendance;
import static org.classlytics.support.CourseworkFixtures.create;

@IntegrationTest
class ReportCacheApiTests {

	private static final String RANGE = "?from=2025-03-10&to=2025-03-18";

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
	void aHitReturnsTheSameBodyAndIsStillAudited() {
		String path = "/api/reports/student-performance/" + this.c.w.studentX().id() + RANGE;

		Api.Reply first = as("parentX").get(path);
		Api.Reply second = as("parentX").get(path);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.text()).isEqualTo(first.text());
		JsonNode audit = as("admin").get("/api/admin/audit?student_id=" + this.c.w.studentX().id()).json();
		assertThat(audit.get("count").asInt()).isEqualTo(2);
		assertThat(audit.get("results").valueStream().map((e) -> e.get("action").asString())).containsExactly("VIEW",
				"VIEW");
		assertThat(as("admin").delete("/api/reports/cache/" + this.c.w.studentX().id())
			.json()
			.get("invalidated_count")
			.asInt()).isEqualTo(1);
	}

	@Test
	void aHitIsStillPermissionChecked() {
		String path = "/api/reports/student-performance/" + this.c.w.studentX().id() + RANGE;
		assertThat(as("parentX").get(path).status()).isEqualTo(200);

		assertThat(as("parentY").get(path).status()).isEqualTo(404);
		assertThat(as("outsider").get(path).status()).isEqualTo(404);
	}

	@Test
	void aGradeEvictsTheStudentsReportsAndNoOther() {
		Api.Caller teacher = as("teacherA");
		long ned = this.c.ned.id();
		long xena = this.c.w.studentX().id();
		long submission = create(teacher, "/api/assignments/" + this.c.essay + "/submissions",
				body("student_id", ned, "submitted_at", "2025-03-12T09:00:00Z"));
		JsonNode before = teacher.get("/api/reports/student-performance/" + ned + RANGE).json();
		Api.Reply xenaBefore = teacher.get("/api/reports/student-performance/" + xena + RANGE);
		assertThat(before.get("grades").get("total_graded").asInt()).isZero();

		Api.Reply graded = teacher.post("/api/submissions/" + submission + "/grade",
				body("score", 25, "feedback", "Good", "graded_at", "2025-03-13T09:00:00Z"));
		JsonNode after = teacher.get("/api/reports/student-performance/" + ned + RANGE).json();

		assertThat(graded.status()).isEqualTo(200);
		assertThat(after.get("grades").get("total_graded").asInt()).isEqualTo(1);
		assertThat(after.get("grades").get("average_percentage").decimalValue()).isEqualByComparingTo("50");
		// Xena's entry survived: the same body, and exactly one entry to evict
		assertThat(teacher.get("/api/reports/student-performance/" + xena + RANGE).text()).isEqualTo(xenaBefore.text());
		assertThat(as("admin").delete("/api/reports/cache/" + xena).json().get("invalidated_count").asInt())
			.isEqualTo(1);
		assertThat(as("admin").delete("/api/reports/cache/" + xena).json().get("invalidated_count").asInt()).isZero();
	}

	@Test
	void theLiveClassReportIsCachedAndEvictedByAttendance() {
		String path = "/api/reports/teacher-weekly?week_start=2025-03-10";
		Api.Reply first = as("teacherA").get(path);
		Api.Reply second = as("teacherA").get(path);
		assertThat(second.text()).isEqualTo(first.text());
		assertThat(attendanceOf(first.json(), this.c.mia.id())).isEqualTo("0");

		attendance(as("teacherA"), this.c.mia.id(), "2025-03-11", "PRESENT");
		Api.Reply after = as("teacherA").get(path);

		assertThat(attendanceOf(after.json(), this.c.mia.id())).isEqualTo("50");
		// the class report depends on all three students
		assertThat(as("admin").delete("/api/reports/cache/" + this.c.ned.id()).json().get("invalidated_count").asInt())
			.isEqualTo(1);
	}

	@Test
	void theAdminClearsTheSchoolsEntries() {
		as("parentX").get("/api/reports/student-performance/" + this.c.w.studentX().id() + RANGE);
		as("teacherA").get("/api/reports/student-performance/" + this.c.w.studentX().id() + RANGE);
		as("teacherA").get("/api/reports/teacher-weekly?week_start=2025-03-10");
		as("tutorY").get("/api/reports/student-performance/" + this.c.w.studentY().id() + RANGE);

		assertThat(as("admin").delete("/api/reports/cache/" + this.c.w.studentX().id())
			.json()
			.get("invalidated_count")
			.asInt()).isEqualTo(3);
		assertThat(as("admin").delete("/api/reports/cache").json().get("invalidated_count").asInt()).isEqualTo(1);
		assertThat(as("admin").delete("/api/reports/cache").json().get("invalidated_count").asInt()).isZero();
	}

	@Test
	void onlyAnAdminClearsTheCache() {
		long x = this.c.w.studentX().id();
		for (String who : new String[] { "teacherA", "tutorX", "parentX", "studentX" }) {
			assertThat(as(who).delete("/api/reports/cache/" + x).status()).as(who).isEqualTo(403);
			assertThat(as(who).delete("/api/reports/cache").status()).as(who).isEqualTo(403);
		}
		assertThat(as("outsider").delete("/api/reports/cache/" + x).status()).isEqualTo(404);
		assertThat(this.api.anonymous().delete("/api/reports/cache").status()).isEqualTo(401);
	}

	private static String attendanceOf(JsonNode report, long studentId) {
		return report.get("students")
			.valueStream()
			.filter((s) -> s.get("student_id").asLong() == studentId)
			.findFirst()
			.orElseThrow()
			.get("attendance_percentage")
			.decimalValue()
			.stripTrailingZeros()
			.toPlainString();
	}

	private Api.Caller as(String who) {
		return this.api.as(this.c.w.token(who));
	}

}
