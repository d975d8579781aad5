package org.classlytics.web;

import java.util.stream.Stream;

import org.classlytics.support.Api;
import org.classlytics.support.BrowserMatrix;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page against every role: a landing page of another role is the friendly 403, a
 * student out of reach the friendly 404, and a visitor who has not signed in is sent to
 * the sign-in page.
 */
@IntegrationTest
class WebAuthorizationTests {

	private static final String NOBODY_ELSE = "teacherB=403 tutorX=403 tutorY=403 parentX=403 parentY=403 "
			+ "studentX=403 studentY=403";

	private static final String TEACHERS_ONLY = "admin=403 teacherA=200 teacherB=200 tutorX=403 tutorY=403 "
			+ "parentX=403 parentY=403 studentX=403 studentY=403 outsider=403";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> pages() {
		World w = World.create(this.fixtures);
		long x = w.studentX().id();
		long y = w.studentY().id();
		return new BrowserMatrix(this.api, w)
			.row("the home address", "/",
					"admin=302 teacherA=302 teacherB=302 tutorX=302 tutorY=302 parentX=302 parentY=302 "
							+ "studentX=302 studentY=302 outsider=302")
			.row("the school overview", "/admin", "admin=200 outsider=200 teacherA=403 " + NOBODY_ELSE)
			.row("a teacher's students", "/teacher",
					"admin=403 teacherA=200 teacherB=200 tutorX=403 tutorY=403 parentX=403 parentY=403 "
							+ "studentX=403 studentY=403 outsider=403")
			.row("a tutor's tutees", "/tutor",
					"admin=403 teacherA=403 teacherB=403 tutorX=200 tutorY=200 parentX=403 parentY=403 "
							+ "studentX=403 studentY=403 outsider=403")
			.row("a parent's children", "/parent",
					"admin=403 teacherA=403 teacherB=403 tutorX=403 tutorY=403 parentX=200 parentY=200 "
							+ "studentX=403 studentY=403 outsider=403")
			.row("a student's own page", "/student",
					"admin=403 teacherA=403 teacherB=403 tutorX=403 tutorY=403 parentX=403 parentY=403 "
							+ "studentX=200 studentY=200 outsider=403")
			.row("a teacher's week", "/teacher/week", TEACHERS_ONLY)
			.row("a teacher's terms", "/teacher/terms", TEACHERS_ONLY)
			.row("a teacher's own weeks", "/teacher/metrics", TEACHERS_ONLY)
			.row("a teacher's week as a file", "/teacher/week/download?format=pdf", TEACHERS_ONLY)
			.row("student X's report file", "/students/" + x + "/report?format=csv",
					"admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 parentX=200 parentY=404 "
							+ "studentX=200 studentY=404 outsider=404")
			.row("student X's page", "/students/" + x,
					"admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 parentX=200 parentY=404 "
							+ "studentX=200 studentY=404 outsider=404")
			.row("student Y's page", "/students/" + y,
					"admin=200 teacherA=404 teacherB=200 tutorX=404 tutorY=200 parentX=404 parentY=200 "
							+ "studentX=404 studentY=200 outsider=404")
			.row("a teacher as a student's page", "/students/" + w.teacherA().id(),
					"admin=404 teacherA=404 teacherB=404 tutorX=404 tutorY=404 parentX=404 parentY=404 "
							+ "studentX=404 studentY=404 outsider=404")
			.row("a student page with a malformed id", "/students/x1",
					"admin=404 teacherA=404 teacherB=404 tutorX=404 tutorY=404 parentX=404 parentY=404 "
							+ "studentX=404 studentY=404 outsider=404")
			.row("an unknown page", "/no/such/page",
					"admin=404 teacherA=404 teacherB=404 tutorX=404 tutorY=404 parentX=404 parentY=404 "
							+ "studentX=404 studentY=404 outsider=404")
			.tests();
	}

}
