package org.classlytics.reports;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.classlytics.support.AccessMatrix;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.AccessMatrix.delete;
import static org.classlytics.support.AccessMatrix.get;
import static org.classlytics.support.AccessMatrix.post;
import static org.classlytics.support.Api.body;

/**
 * Every reports endpoint × every role, on the caller's own objects and on foreign ones
 * (api.md "Who may do what"): 403 for a function the role never has, 404 for an object
 * out of reach, 400 for a reference outside the school.
 */
@IntegrationTest
class ReportsAuthorizationTests {

	private static final String GENERATE = "/api/reports/teacher-weekly-reports/generate_now";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> reports() {
		World w = World.create(this.fixtures);
		Api.Caller teacherA = this.api.as(w.token("teacherA"));
		long reportOfX = reportOfStudentX(teacherA, w, "2025-03-10");
		AtomicInteger weeks = new AtomicInteger();
		long x = w.studentX().id();
		String weekly = "/api/reports/teacher-weekly?week_start=2025-03-10";
		String export = "/api/reports/teacher-weekly/export?week_start=2025-03-10&format=csv";
		String staff = "admin=200 teacherA=200 teacherB=200 tutorX=403 tutorY=403 parentX=403 parentY=403 "
				+ "studentX=403 studentY=403 outsider=400";
		String readX = "admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 parentX=200 parentY=404 "
				+ "studentX=200 studentY=404 outsider=404";
		return new AccessMatrix(this.api, w)
			.row("live class report", (caller) -> get(weekly + teacherParam(w, caller)), staff)
			.row("class report export", (caller) -> get(export + teacherParam(w, caller)), staff)
			.row("generate stored reports", post(GENERATE, body("week_start", "2025-03-17")),
					"admin=403 teacherA=201 teacherB=201 tutorX=403 tutorY=403 parentX=403 parentY=403 "
							+ "studentX=403 studentY=403 outsider=403")
			.row("list stored reports", get("/api/reports/teacher-weekly-reports"),
					"admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 parentX=200 parentY=200 "
							+ "studentX=200 studentY=200 outsider=200")
			.row("read a stored report of studentX", get("/api/reports/teacher-weekly-reports/" + reportOfX), readX)
			.row("send a stored report of studentX",
					(caller) -> post(
							"/api/reports/teacher-weekly-reports/"
									+ reportOfStudentX(teacherA, w,
											LocalDate.of(2024, 1, 1).plusWeeks(weeks.incrementAndGet()).toString())
									+ "/send",
							null),
					"admin=200 teacherA=200 teacherB=404 tutorX=403 tutorY=403 parentX=403 parentY=403 "
							+ "studentX=403 studentY=403 outsider=404")
			.row("student performance of studentX",
					get("/api/reports/student-performance/" + x + "?from=2025-03-10&to=2025-03-16"), readX)
			.row("download the performance of studentX",
					post("/api/reports/student-performance/download",
							body("student_id", x, "from", "2025-03-10", "to", "2025-03-16", "format", "csv")),
					readX)
			.row("bulk performance (not-visible students become failures)",
					post("/api/reports/bulk/student-performance",
							body("student_ids", java.util.List.of(x, w.studentY().id()), "from", "2025-03-10", "to",
									"2025-03-16", "format", "json")),
					"admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 parentX=200 parentY=200 "
							+ "studentX=200 studentY=200 outsider=200")
			.row("evict the cached reports of studentX", delete("/api/reports/cache/" + x),
					"admin=200 teacherA=403 teacherB=403 tutorX=403 tutorY=403 parentX=403 parentY=403 "
							+ "studentX=403 studentY=403 outsider=404")
			.row("evict the school's cached reports", delete("/api/reports/cache"),
					"admin=200 teacherA=403 teacherB=403 tutorX=403 tutorY=403 parentX=403 parentY=403 "
							+ "studentX=403 studentY=403 outsider=200")
			.tests();
	}

	private static String teacherParam(World w, String caller) {
		return (caller.equals("admin") || caller.equals("outsider")) ? "&teacher_id=" + w.teacherA().id() : "";
	}

	private static long reportOfStudentX(Api.Caller teacherA, World w, String weekStart) {
		Api.Reply reply = teacherA.post(GENERATE, body("week_start", weekStart));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		return reply.json()
			.get("reports")
			.valueStream()
			.filter((r) -> r.get("student_id").asLong() == w.studentX().id())
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

}
