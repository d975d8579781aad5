package org.classlytics.payments;

import java.util.stream.Stream;

import org.classlytics.support.AccessMatrix;
import org.classlytics.support.Api;
import org.classlytics.support.AttendanceFixtures;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.classlytics.support.AccessMatrix.delete;
import static org.classlytics.support.AccessMatrix.get;
import static org.classlytics.support.AccessMatrix.patch;
import static org.classlytics.support.AccessMatrix.post;
import static org.classlytics.support.Api.body;

/**
 * Payments against every role: admins write and read, parents and students read their
 * own, teachers and tutors never see money (403).
 */
@IntegrationTest
class PaymentAuthorizationTests {

	private static final String STAFF_403 = "teacherA=403 teacherB=403 tutorX=403 tutorY=403";

	private static final String ADMIN_ONLY = STAFF_403 + " parentX=403 parentY=403 studentX=403 studentY=403";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> payments() {
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		long x = w.studentX().id();
		long paymentOfX = AttendanceFixtures.payment(admin, x, "250.00", "EUR", "2025-01-15T09:00:00Z");
		return new AccessMatrix(this.api, w)
			.row("list payments", get("/api/payments"),
					"admin=200 parentX=200 parentY=200 studentX=200 studentY=200 outsider=200 " + STAFF_403)
			.row("read a payment", get("/api/payments/" + paymentOfX),
					"admin=200 parentX=200 parentY=404 studentX=200 studentY=404 outsider=404 " + STAFF_403)
			.row("record a payment",
					(caller) -> post("/api/payments", body("student_id", x, "amount", "10.00", "currency", "EUR")),
					"admin=201 outsider=400 " + ADMIN_ONLY)
			.row("change a payment", patch("/api/payments/" + paymentOfX, body("amount", "260.00")),
					"admin=200 outsider=404 " + ADMIN_ONLY)
			.row("delete a payment",
					(caller) -> delete("/api/payments/"
							+ AttendanceFixtures.payment(admin, x, "5.00", "EUR", "2025-01-16T09:00:00Z")),
					"admin=204 outsider=404 " + ADMIN_ONLY)
			.tests();
	}

}
