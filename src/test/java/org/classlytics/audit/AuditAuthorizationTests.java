package org.classlytics.audit;

import java.util.List;
import java.util.stream.Stream;

import org.classlytics.roster.Actor;
import org.classlytics.support.AccessMatrix;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.AccessMatrix.get;

/**
 * The audit trail is for admins, each reading their own school's entries only.
 */
@IntegrationTest
class AuditAuthorizationTests {

	private static final String ADMIN_ONLY = "admin=200 outsider=200 teacherA=403 teacherB=403 tutorX=403 "
			+ "tutorY=403 parentX=403 parentY=403 studentX=403 studentY=403";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail trail;

	@TestFactory
	Stream<DynamicTest> auditTrail() {
		World w = World.create(this.fixtures);
		long x = w.studentX().id();
		return new AccessMatrix(this.api, w).row("read the audit trail", get("/api/admin/audit"), ADMIN_ONLY)
			.row("read a student's entries", get("/api/admin/audit?student_id=" + x), ADMIN_ONLY)
			.row("read a window", get("/api/admin/audit?from=2025-01-01&to=2025-01-31"), ADMIN_ONLY)
			.tests();
	}

	@Test
	void anAdminOfAnotherSchoolSeesNoneOfThisSchoolsEntries() {
		World w = World.create(this.fixtures);
		long x = w.studentX().id();
		this.trail.record(new Actor(w.teacherA().id(), w.school().id(), w.teacherA().role()), AuditAction.VIEW,
				"student_performance", List.of(x));
		Api.Caller admin = this.api.as(w.token("admin"));
		Api.Caller outsider = this.api.as(w.token("outsider"));

		assertThat(admin.get("/api/admin/audit?student_id=" + x).json().get("count").asLong()).isEqualTo(1);
		assertThat(outsider.get("/api/admin/audit").json().get("count").asLong()).isZero();
		assertThat(outsider.get("/api/admin/audit?student_id=" + x).json().get("count").asLong()).isZero();
		assertThat(outsider.get("/api/admin/audit?student_id=" + x).json().get("results").size()).isZero();
	}

}
