package org.classlytics.web.admin;

import java.util.stream.Stream;

import org.classlytics.support.Api;
import org.classlytics.support.BrowserHttp;
import org.classlytics.support.BrowserMatrix;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.BrowserHttp.form;

/**
 * The admin pages against every role: only admins (of any school) open them, everyone
 * else gets the friendly 403; another school's schedule is the friendly 404.
 */
@IntegrationTest
class AdminAuthorizationTests {

	private static final String ADMINS_ONLY = "admin=200 outsider=200 teacherA=403 teacherB=403 tutorX=403 "
			+ "tutorY=403 parentX=403 parentY=403 studentX=403 studentY=403";

	private static final String OWN_SCHOOL_ONLY = "admin=200 outsider=404 teacherA=403 teacherB=403 tutorX=403 "
			+ "tutorY=403 parentX=403 parentY=403 studentX=403 studentY=403";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> pages() {
		World w = World.create(this.fixtures);
		long schedule = this.api.as(w.token("admin"))
			.post("/api/reports/schedules",
					body("name", "Matrix", "report_type", "student_report", "frequency", "daily", "time", "07:00",
							"export_format", "csv"))
			.id();
		return new BrowserMatrix(this.api, w).row("school health", "/admin/health", ADMINS_ONLY)
			.row("the schedules", "/admin/schedules", ADMINS_ONLY)
			.row("a new schedule", "/admin/schedules/new", ADMINS_ONLY)
			.row("a schedule", "/admin/schedules/" + schedule, OWN_SCHOOL_ONLY)
			.row("a schedule's form", "/admin/schedules/" + schedule + "/edit", OWN_SCHOOL_ONLY)
			.row("the outbox", "/admin/outbox", ADMINS_ONLY)
			.row("the audit log", "/admin/audit", ADMINS_ONLY)
			.row("recompute", "/admin/recompute", ADMINS_ONLY)
			.row("recompute's status", "/admin/recompute/status", ADMINS_ONLY)
			.row("bulk reports", "/admin/bulk-reports", ADMINS_ONLY)
			.row("a malformed schedule id", "/admin/schedules/x1",
					"admin=404 outsider=404 teacherA=404 teacherB=404 tutorX=404 tutorY=404 parentX=404 "
							+ "parentY=404 studentX=404 studentY=404")
			.tests();
	}

	@Test
	void theAdminFormsRefuseEveryoneElse() {
		World w = World.create(this.fixtures);
		BrowserHttp teacher = BrowserHttp.signedIn(this.api, w.teacherA());
		BrowserHttp parent = BrowserHttp.signedIn(this.api, w.parentX());
		assertRefused(teacher.submit("/teacher", "/admin/schedules", form("name", "Mine", "reportType",
				"student_report", "frequency", "daily", "time", "07:00", "exportFormat", "csv")));
		assertRefused(teacher.submit("/teacher", "/admin/recompute", form("dryRun", "true")));
		assertRefused(parent.submit("/parent", "/admin/bulk-reports",
				form("class", String.valueOf(w.classSection().id()), "format", "csv")));
		assertRefused(parent.submit("/parent", "/admin/schedules/1/run", form()));
	}

	private static void assertRefused(BrowserHttp.Page page) {
		assertThat(page.status()).as(page.toString()).isEqualTo(403);
		assertThat(page.html()).contains("data-status=\"403\"").contains("This page is not for you");
	}

}
