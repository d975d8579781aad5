package org.classlytics.analytics;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.classlytics.support.AccessMatrix;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.classlytics.support.AccessMatrix.get;
import static org.classlytics.support.AccessMatrix.post;
import static org.classlytics.support.AccessMatrix.put;
import static org.classlytics.support.Api.body;

/**
 * Every analytics endpoint against every role, with studentX (in reach of admin,
 * teacherA, tutorX, parentX and studentX) as the object: 403 for a function the role
 * never has, 404 for an object out of reach.
 */
@IntegrationTest
class AnalyticsAuthorizationTests {

	private static final String STUDENT_X_REACH = "admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 "
			+ "parentX=200 parentY=404 studentX=200 studentY=404 outsider=404";

	private static final String EVERYONE_200 = "admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 "
			+ "parentX=200 parentY=200 studentX=200 studentY=200 outsider=200";

	private static final String ADMINS_ONLY = "admin=200 outsider=200 teacherA=403 teacherB=403 tutorX=403 "
			+ "tutorY=403 parentX=403 parentY=403 studentX=403 studentY=403";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> analytics() {
		World w = World.create(this.fixtures);
		long x = w.studentX().id();
		long term = w.school().term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30)).id();
		AnalyticsFixtures.graded(this.api.as(w.token("teacherA")), w, w.studentX(), 80, "2025-02-03T10:00:00Z");
		String student = "/api/analytics/student/" + x;
		return new AccessMatrix(this.api, w)
			.row("weekly performance", get(student + "/weekly-performance?weeks=4&until=2025-02-09"), STUDENT_X_REACH)
			.row("daily summaries", get(student + "/daily?from=2025-02-01&to=2025-02-09"), STUDENT_X_REACH)
			.row("overview", get(student + "/overview?from=2025-02-01&to=2025-02-09"), STUDENT_X_REACH)
			.row("term performance", get("/api/analytics/terms/" + term + "/performance"),
					EVERYONE_200.replace("outsider=200", "outsider=404"))
			.row("comment on a term",
					put("/api/analytics/term-performance/" + x + "/" + term + "/" + w.subject().id() + "/comment",
							body("teacher_comment", "Good")),
					"admin=200 teacherA=200 teacherB=404 tutorX=403 tutorY=403 parentX=403 parentY=403 "
							+ "studentX=403 studentY=403 outsider=404")
			.row("parent dashboard", get("/api/parent/dashboard"),
					"parentX=200 parentY=200 admin=403 teacherA=403 teacherB=403 tutorX=403 tutorY=403 "
							+ "studentX=403 studentY=403 outsider=403")
			.row("teacher metrics", get("/api/analytics/teacher/my-performance?teacher_id=" + w.teacherA().id()),
					"admin=200 teacherA=200 teacherB=200 outsider=404 tutorX=403 tutorY=403 parentX=403 "
							+ "parentY=403 studentX=403 studentY=403")
			.row("school health", get("/api/analytics/admin/school-health"), ADMINS_ONLY)
			.row("students at risk", get("/api/analytics/at-risk"), EVERYONE_200)
			.row("warning thresholds", get("/api/analytics/settings/early-warning"), ADMINS_ONLY)
			.row("recompute", post("/api/admin/analytics/recompute", body("dry_run", true)), ADMINS_ONLY)
			.tests();
	}

}
