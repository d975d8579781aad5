package org.classlytics.reports;

import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

@IntegrationTest
class ReportsAuditTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void recordsEveryViewExportAndEmailOfAStudentsData() {
		ReportsClassFixture c = new ReportsClassFixture(this.api, this.fixtures);
		Api.Caller teacher = this.api.as(c.w.token("teacherA"));
		Api.Caller parent = this.api.as(c.w.token("parentX"));
		long x = c.w.studentX().id();

		teacher.get("/api/reports/teacher-weekly?week_start=2025-03-10");
		parent.get("/api/reports/student-performance/" + x + "?from=2025-03-10&to=2025-03-16");
		parent.post("/api/reports/student-performance/download",
				body("student_id", x, "from", "2025-03-10", "to", "2025-03-16", "format", "pdf"));
		teacher.get("/api/reports/teacher-weekly/export?week_start=2025-03-10&format=xlsx");
		long report = teacher
			.post("/api/reports/teacher-weekly-reports/generate_now", body("week_start", "2025-03-10", "student_id", x))
			.json()
			.get("reports")
			.get(0)
			.get("id")
			.asLong();
		teacher.post("/api/reports/teacher-weekly-reports/" + report + "/send", null);
		// a refused request discloses nothing
		this.api.as(c.w.token("parentY")).get("/api/reports/student-performance/" + x);

		JsonNode audit = this.api.as(c.w.token("admin")).get("/api/admin/audit?student_id=" + x).json();
		List<String> entries = audit.get("results")
			.valueStream()
			.map((e) -> actor(c, e.get("actor_id").asLong()) + " " + e.get("action").asString() + " "
					+ e.get("report_kind").asString())
			.toList();
		assertThat(entries).containsExactly("teacherA EMAIL teacher_weekly", "teacherA VIEW teacher_weekly",
				"teacherA EXPORT teacher_weekly", "parentX EXPORT student_performance",
				"parentX VIEW student_performance", "teacherA VIEW teacher_weekly");
		JsonNode classView = audit.get("results").get(5);
		assertThat(classView.get("student_ids").valueStream().map(JsonNode::asLong)).containsExactlyInAnyOrder(x,
				c.mia.id(), c.ned.id());
	}

	@Test
	void recordsAClassReportServedFromTheCacheWithTheSameStudentsInOrder() {
		ReportsClassFixture c = new ReportsClassFixture(this.api, this.fixtures);
		Api.Caller teacher = this.api.as(c.w.token("teacherA"));
		long x = c.w.studentX().id();

		teacher.get("/api/reports/teacher-weekly?week_start=2025-03-10");
		teacher.get("/api/reports/teacher-weekly?week_start=2025-03-10");

		JsonNode audit = this.api.as(c.w.token("admin")).get("/api/admin/audit?student_id=" + x).json();
		List<List<Long>> views = audit.get("results")
			.valueStream()
			.map((e) -> e.get("student_ids").valueStream().map(JsonNode::asLong).toList())
			.toList();
		List<Long> sorted = java.util.stream.Stream.of(x, c.mia.id(), c.ned.id()).sorted().toList();
		assertThat(views).containsExactly(sorted, sorted);
	}

	private static String actor(ReportsClassFixture c, long id) {
		if (id == c.w.teacherA().id()) {
			return "teacherA";
		}
		return (id == c.w.parentX().id()) ? "parentX" : String.valueOf(id);
	}

}
