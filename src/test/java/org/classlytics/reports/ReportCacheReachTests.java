package org.classlytics.reports;

import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * A cached report is served with its viewer's reach cached too (no SQL on a hit), so a
 * roster change must revoke that reach at once: an ended enrollment, replaced guardians.
 * Each test first makes the hit, then changes the roster through the API and asks again.
 */
@IntegrationTest
class ReportCacheReachTests {

	private static final String RANGE = "?from=2025-03-10&to=2025-03-18";

	private static final String CLASS = "/api/reports/teacher-weekly?week_start=2025-03-10";

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
	void aDeletedEnrollmentLeavesTheCachedClassAtOnce() {
		Api.Caller teacher = as("teacherA");
		assertThat(studentIds(teacher.get(CLASS).json())).containsExactlyInAnyOrder(this.c.w.studentX().id(),
				this.c.mia.id(), this.c.ned.id());
		assertThat(studentIds(teacher.get(CLASS).json())).containsExactlyInAnyOrder(this.c.w.studentX().id(),
				this.c.mia.id(), this.c.ned.id());

		assertThat(as("admin").delete("/api/enrollments/" + enrollmentOf(this.c.ned.id())).status()).isEqualTo(204);

		assertThat(studentIds(teacher.get(CLASS).json())).containsExactlyInAnyOrder(this.c.w.studentX().id(),
				this.c.mia.id());
	}

	@Test
	void aDeletedEnrollmentRevokesTheTeachersCachedStudentReport() {
		String path = "/api/reports/student-performance/" + this.c.ned.id() + RANGE;
		Api.Caller teacher = as("teacherA");
		assertThat(teacher.get(path).status()).isEqualTo(200);
		assertThat(teacher.get(path).status()).isEqualTo(200);

		assertThat(as("admin").delete("/api/enrollments/" + enrollmentOf(this.c.ned.id())).status()).isEqualTo(204);

		assertThat(teacher.get(path).status()).isEqualTo(404);
	}

	@Test
	void replacedGuardiansRevokeTheOldParentAndAdmitTheNewOne() {
		String path = "/api/reports/student-performance/" + this.c.w.studentX().id() + RANGE;
		Api.Reply first = as("parentX").get(path);
		assertThat(first.status()).isEqualTo(200);
		assertThat(as("parentX").get(path).text()).isEqualTo(first.text());
		assertThat(as("parentY").get(path).status()).isEqualTo(404);

		Api.Reply replaced = as("admin").put("/api/students/" + this.c.w.studentX().id() + "/guardians",
				body("guardian_ids", List.of(this.c.w.parentY().id())));

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(as("parentX").get(path).status()).isEqualTo(404);
		assertThat(as("parentY").get(path).status()).isEqualTo(200);
	}

	@Test
	void aReachIsNotCountedAsACachedReport() {
		as("parentX").get("/api/reports/student-performance/" + this.c.w.studentX().id() + RANGE);

		// one report entry; the parent's reach beside it is evicted but not counted
		assertThat(as("admin").delete("/api/reports/cache/" + this.c.w.studentX().id())
			.json()
			.get("invalidated_count")
			.asInt()).isEqualTo(1);
		assertThat(as("admin").delete("/api/reports/cache/" + this.c.w.studentX().id())
			.json()
			.get("invalidated_count")
			.asInt()).isZero();
	}

	private long enrollmentOf(long studentId) {
		JsonNode found = as("admin").get("/api/enrollments?student_id=" + studentId).json();
		assertThat(found.get("results")).hasSize(1);
		return found.get("results").get(0).get("id").asLong();
	}

	private static List<Long> studentIds(JsonNode report) {
		return report.get("students").valueStream().map((s) -> s.get("student_id").asLong()).toList();
	}

	private Api.Caller as(String who) {
		return this.api.as(this.c.w.token(who));
	}

}
