package org.classlytics.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Every attendance, lesson and behaviour endpoint against every role, with the caller's
 * own object and a foreign one: 403 for a function the role never has, 404 for an object
 * out of reach, 400 for a student out of reach named in a body.
 */
@IntegrationTest
class AttendanceAuthorizationTests {

	private static final String EVERYONE_200 = "admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 "
			+ "parentX=200 parentY=200 studentX=200 studentY=200 outsider=200";

	private static final String STUDENT_X_REACH = "admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 "
			+ "parentX=200 parentY=404 studentX=200 studentY=404 outsider=404";

	private static final String READERS_403 = "tutorX=403 tutorY=403 parentX=403 parentY=403 studentX=403 "
			+ "studentY=403";

	private final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> attendance() {
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		long x = w.studentX().id();
		long recordOfX = AttendanceFixtures.attendance(admin, x, "2025-01-15", "PRESENT");
		return new AccessMatrix(this.api, w).row("list attendance", get("/api/attendance"), EVERYONE_200)
			.row("read a record", get("/api/attendance/" + recordOfX), STUDENT_X_REACH)
			.row("record a day", (caller) -> post("/api/attendance", mark(x)),
					"admin=201 teacherA=201 teacherB=400 outsider=400 " + READERS_403)
			.row("record a list", (caller) -> post("/api/attendance", body("records", List.of(mark(x), mark(x)))),
					"admin=201 teacherA=201 teacherB=400 outsider=400 " + READERS_403)
			.row("correct a record", patch("/api/attendance/" + recordOfX, body("status", "LATE")),
					"admin=200 teacherA=200 teacherB=404 outsider=404 " + READERS_403)
			.row("delete a record",
					(caller) -> delete(
							"/api/attendance/" + AttendanceFixtures.attendance(admin, x, nextDay(), "ABSENT")),
					"admin=204 teacherA=204 teacherB=404 outsider=404 " + READERS_403)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> lessons() {
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		long subject = w.subject().id();
		long classId = w.classSection().id();
		long lessonOfA = AttendanceFixtures.lesson(admin, w.teacherA().id(), subject, classId, "2025-01-15T09:00:00Z",
				"HELD");
		return new AccessMatrix(this.api, w)
			.row("list lessons", get("/api/lessons"), "admin=200 teacherA=200 teacherB=200 outsider=200 " + READERS_403)
			.row("read a lesson", get("/api/lessons/" + lessonOfA),
					"admin=200 teacherA=200 teacherB=404 outsider=404 " + READERS_403)
			.row("record a lesson", (caller) -> post("/api/lessons",
					body("teacher_id", caller.equals("admin") || caller.equals("outsider") ? w.teacherA().id() : null,
							"subject_id", subject, "class_id", classId, "status", "HELD")),
					"admin=201 teacherA=201 teacherB=201 outsider=400 " + READERS_403)
			.row("change a lesson", patch("/api/lessons/" + lessonOfA, body("status", "CANCELLED")),
					"admin=200 teacherA=200 teacherB=404 outsider=404 " + READERS_403)
			.row("delete a lesson",
					(caller) -> delete("/api/lessons/" + AttendanceFixtures.lesson(admin, w.teacherA().id(), subject,
							classId, "2025-01-16T09:00:00Z", "HELD")),
					"admin=204 teacherA=204 teacherB=404 outsider=404 " + READERS_403)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> behavior() {
		World w = World.create(this.fixtures);
		Api.Caller teacherA = this.api.as(w.token("teacherA"));
		long x = w.studentX().id();
		long entryOfA = AttendanceFixtures.behavior(teacherA, x, "2025-01-15", 4);
		return new AccessMatrix(this.api, w).row("list behaviour", get("/api/behavior"), EVERYONE_200)
			.row("read an entry", get("/api/behavior/" + entryOfA), STUDENT_X_REACH)
			.row("record an entry",
					(caller) -> post("/api/behavior", body("student_id", x, "date", "2025-01-15", "score", 3)),
					"admin=201 teacherA=201 teacherB=400 outsider=400 " + READERS_403)
			.row("change an entry", patch("/api/behavior/" + entryOfA, body("score", 5)),
					"admin=200 teacherA=200 teacherB=404 outsider=404 " + READERS_403)
			.row("delete an entry",
					(caller) -> delete("/api/behavior/" + AttendanceFixtures.behavior(teacherA, x, "2025-01-16", 2)),
					"admin=204 teacherA=204 teacherB=404 outsider=404 " + READERS_403)
			.tests();
	}

	private Object mark(long studentId) {
		return body("student_id", studentId, "date", nextDay(), "status", "PRESENT");
	}

	private String nextDay() {
		return LocalDate.of(2030, 1, 1).plusDays(this.sequence.incrementAndGet()).toString();
	}

}
