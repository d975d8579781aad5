package org.classlytics.mail;

import java.nio.charset.StandardCharsets;
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

/**
 * The outbox is for admins, each seeing their own school's mail only.
 */
@IntegrationTest
class OutboxAuthorizationTests {

	private static final String ADMIN_ONLY = "teacherA=403 teacherB=403 tutorX=403 tutorY=403 parentX=403 "
			+ "parentY=403 studentX=403 studentY=403";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mailer mailer;

	@TestFactory
	Stream<DynamicTest> outbox() {
		World w = World.create(this.fixtures);
		this.mailer.send(OutgoingMail.of(w.school().id(), "tom@school.example", "Report", "Attached", null)
			.withAttachment(new Attachment("r.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8))));
		long id = this.api.as(w.token("admin"))
			.get("/api/admin/outbox")
			.json()
			.get("results")
			.get(0)
			.get("id")
			.asLong();
		return new AccessMatrix(this.api, w)
			.row("list the outbox", get("/api/admin/outbox"), "admin=200 outsider=200 " + ADMIN_ONLY)
			.row("read a kept message", get("/api/admin/outbox/" + id), "admin=200 outsider=404 " + ADMIN_ONLY)
			.row("download an attachment", get("/api/admin/outbox/" + id + "/attachments/0"),
					"admin=200 outsider=404 " + ADMIN_ONLY)
			.tests();
	}

}
