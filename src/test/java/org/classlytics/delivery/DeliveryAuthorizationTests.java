package org.classlytics.delivery;

import java.util.stream.Stream;

import org.classlytics.support.AccessMatrix;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.classlytics.delivery.Schedules.PATH;
import static org.classlytics.support.AccessMatrix.delete;
import static org.classlytics.support.AccessMatrix.get;
import static org.classlytics.support.AccessMatrix.patch;
import static org.classlytics.support.AccessMatrix.post;
import static org.classlytics.support.Api.body;

/**
 * Every schedule endpoint against every role: teachers, tutors and admins manage
 * schedules, each sees only their own (admins the school's), parents and students never
 * (403); unsubscribing needs no login.
 */
@IntegrationTest
class DeliveryAuthorizationTests {

	private static final String FAMILY_403 = "parentX=403 parentY=403 studentX=403 studentY=403";

	private static final String OWNER_ONLY = "teacherB=404 tutorX=404 tutorY=404 outsider=404 " + FAMILY_403;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> schedules() {
		World w = World.create(this.fixtures);
		Api.Caller teacherA = this.api.as(w.token("teacherA"));
		long x = w.studentX().id();
		long schedule = Schedules.create(teacherA, Schedules.forStudents("Xena daily", "07:00", x));
		Schedules.addRecipients(teacherA, schedule, w.tutorX().id());
		long execution = teacherA.post(PATH + "/" + schedule + "/run_now", body()).json().get("execution_id").asLong();
		return new AccessMatrix(this.api, w)
			.row("list schedules", get(PATH),
					"admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 outsider=200 " + FAMILY_403)
			.row("create a schedule", post(PATH, Schedules.daily("Mine", "08:00")),
					"admin=201 teacherA=201 teacherB=201 tutorX=201 tutorY=201 outsider=201 " + FAMILY_403)
			.row("read a schedule", get(PATH + "/" + schedule), "admin=200 teacherA=200 " + OWNER_ONLY)
			.row("change a schedule", patch(PATH + "/" + schedule, body("name", "Xena daily")),
					"admin=200 teacherA=200 " + OWNER_ONLY)
			.row("delete a schedule",
					(caller) -> delete(PATH + "/" + Schedules.create(teacherA, Schedules.daily("Gone", "09:00"))),
					"admin=204 teacherA=204 " + OWNER_ONLY)
			.row("add a recipient",
					(caller) -> post(PATH + "/" + Schedules.create(teacherA, Schedules.forStudents("R", "09:00", x))
							+ "/recipients", body("recipient_id", w.tutorX().id())),
					"admin=201 teacherA=201 " + OWNER_ONLY)
			.row("list recipients", get(PATH + "/" + schedule + "/recipients"), "admin=200 teacherA=200 " + OWNER_ONLY)
			.row("remove a recipient", (caller) -> {
				long fresh = Schedules.create(teacherA, Schedules.forStudents("R", "09:00", x));
				Schedules.addRecipients(teacherA, fresh, w.parentX().id());
				return delete(PATH + "/" + fresh + "/remove_recipient?recipient_id=" + w.parentX().id());
			}, "admin=204 teacherA=204 " + OWNER_ONLY)
			.row("run now", post(PATH + "/" + schedule + "/run_now", body()), "admin=202 teacherA=202 " + OWNER_ONLY)
			.row("send a test email",
					post(PATH + "/" + schedule + "/test_email", body("recipient_email", "test@school.example")),
					"admin=202 teacherA=202 " + OWNER_ONLY)
			.row("list executions", get(PATH + "/" + schedule + "/executions?limit=5"),
					"admin=200 teacherA=200 " + OWNER_ONLY)
			.row("download a delivered report nobody received",
					get(PATH + "/" + schedule + "/executions/" + execution + "/report"),
					"admin=404 teacherA=404 teacherB=404 tutorX=404 tutorY=404 outsider=404 parentX=404 parentY=404 "
							+ "studentX=404 studentY=404")
			.row("my subscriptions", get(PATH + "/my_subscriptions"),
					"admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 outsider=200 parentX=200 parentY=200 "
							+ "studentX=200 studentY=200")
			.row("unsubscribe with an unknown token",
					post(PATH + "/unsubscribe", body("unsubscribe_token", "no-such-token")),
					"anonymous=404 admin=404 teacherA=404 teacherB=404 tutorX=404 tutorY=404 outsider=404 "
							+ "parentX=404 parentY=404 studentX=404 studentY=404")
			.row("one-click unsubscribe with an unknown token", post("/api/unsubscribe/no-such-token", body()),
					"anonymous=404 admin=404 teacherA=404 teacherB=404 tutorX=404 tutorY=404 outsider=404 "
							+ "parentX=404 parentY=404 studentX=404 studentY=404")
			.tests();
	}

}
