package org.classlytics.roster;

import java.time.LocalDate;
import java.util.List;
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

import static org.classlytics.support.AccessMatrix.delete;
import static org.classlytics.support.AccessMatrix.get;
import static org.classlytics.support.AccessMatrix.patch;
import static org.classlytics.support.AccessMatrix.post;
import static org.classlytics.support.AccessMatrix.put;
import static org.classlytics.support.Api.body;

/**
 * Every roster endpoint against every role, with an object of the caller's own and a
 * foreign one: 403 for a function the role never has, 404 for an object out of reach.
 */
@IntegrationTest
class RosterAuthorizationTests {

	private static final String EVERYONE_200 = "admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 "
			+ "parentX=200 parentY=200 studentX=200 studentY=200 outsider=200";

	private static final String SCHOOL_MEMBERS_200 = "admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 "
			+ "parentX=200 parentY=200 studentX=200 studentY=200 outsider=404";

	private static final String ADMIN_ONLY = "teacherA=403 teacherB=403 tutorX=403 tutorY=403 parentX=403 "
			+ "parentY=403 studentX=403 studentY=403";

	private static final String STUDENT_X_REACH = "admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 "
			+ "parentX=200 parentY=404 studentX=200 studentY=404 outsider=404";

	private final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> organisation() {
		World w = World.create(this.fixtures);
		long schoolId = w.school().id();
		long termId = w.school().term("Autumn", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 31)).id();
		return new AccessMatrix(this.api, w).row("list schools", get("/api/schools"), EVERYONE_200)
			.row("read the school", get("/api/schools/" + schoolId), SCHOOL_MEMBERS_200)
			.row("change the school", patch("/api/schools/" + schoolId, body("name", "Renamed")),
					"admin=200 outsider=404 " + ADMIN_ONLY)
			.row("create a school", post("/api/schools", body("name", "New", "time_zone", "UTC")),
					"admin=403 outsider=403 " + ADMIN_ONLY)
			.row("delete the school", delete("/api/schools/" + schoolId), "admin=403 outsider=403 " + ADMIN_ONLY)
			.row("list terms", get("/api/terms"), EVERYONE_200)
			.row("read a term", get("/api/terms/" + termId), SCHOOL_MEMBERS_200)
			.row("create a term", (caller) -> post("/api/terms", newTerm()), "admin=201 outsider=201 " + ADMIN_ONLY)
			.row("change a term", patch("/api/terms/" + termId, body("name", "Autumn term")),
					"admin=200 outsider=404 " + ADMIN_ONLY)
			.row("delete a term", (caller) -> delete("/api/terms/" + freshTerm(w)),
					"admin=204 outsider=404 " + ADMIN_ONLY)
			.row("list subjects", get("/api/subjects"), EVERYONE_200)
			.row("read a subject", get("/api/subjects/" + w.subject().id()), SCHOOL_MEMBERS_200)
			.row("create a subject", (caller) -> post("/api/subjects", body("name", "Art", "code", code())),
					"admin=201 outsider=201 " + ADMIN_ONLY)
			.row("change a subject", patch("/api/subjects/" + w.subject().id(), body("name", "Maths")),
					"admin=200 outsider=404 " + ADMIN_ONLY)
			.row("delete a subject", (caller) -> delete("/api/subjects/" + w.school().subject("Tmp", code()).id()),
					"admin=204 outsider=404 " + ADMIN_ONLY)
			.row("list classes", get("/api/classes"), EVERYONE_200)
			.row("read a class", get("/api/classes/" + w.classSection().id()), SCHOOL_MEMBERS_200)
			.row("create a class", post("/api/classes", body("name", "10C", "grade_level", 10)),
					"admin=201 outsider=201 " + ADMIN_ONLY)
			.row("change a class", patch("/api/classes/" + w.classSection().id(), body("grade_level", 9)),
					"admin=200 outsider=404 " + ADMIN_ONLY)
			.row("delete a class", (caller) -> delete("/api/classes/" + w.school().classSection("Tmp").id()),
					"admin=204 outsider=404 " + ADMIN_ONLY)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> people() {
		World w = World.create(this.fixtures);
		long x = w.studentX().id();
		return new AccessMatrix(this.api, w).row("list users", get("/api/users"), EVERYONE_200)
			.row("read a student", get("/api/users/" + x), STUDENT_X_REACH)
			.row("read a parent", get("/api/users/" + w.parentX().id()),
					"admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 parentX=200 parentY=404 "
							+ "studentX=404 studentY=404 outsider=404")
			.row("read a teacher", get("/api/users/" + w.teacherA().id()),
					"admin=200 teacherA=200 teacherB=404 tutorX=404 tutorY=404 parentX=404 parentY=404 "
							+ "studentX=404 studentY=404 outsider=404")
			.row("register a user", (caller) -> post("/api/users", newUser()), "admin=201 outsider=201 " + ADMIN_ONLY)
			.row("change a student", patch("/api/users/" + x, body("first_name", "Xena")),
					"admin=200 studentX=200 outsider=404 teacherA=403 teacherB=403 tutorX=403 tutorY=403 "
							+ "parentX=403 parentY=403 studentY=403")
			.row("change oneself", (caller) -> patch("/api/users/" + w.person(caller).id(), body("locale", "el")),
					EVERYONE_200)
			.row("deactivate a user", (caller) -> delete("/api/users/" + w.school().student("Tmp", "Student").id()),
					"admin=204 outsider=404 " + ADMIN_ONLY)
			.row("replace guardians",
					put("/api/students/" + x + "/guardians", body("guardian_ids", List.of(w.parentX().id()))),
					"admin=200 outsider=404 " + ADMIN_ONLY)
			.row("read oneself", get("/api/me"), EVERYONE_200)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> enrollments() {
		World w = World.create(this.fixtures);
		long enrollmentOfX = w.school().enroll(w.studentX(), w.teacherA(), w.school().subject("Physics", code())).id();
		return new AccessMatrix(this.api, w).row("list enrollments", get("/api/enrollments"), EVERYONE_200)
			.row("read an enrollment", get("/api/enrollments/" + enrollmentOfX), STUDENT_X_REACH)
			.row("enroll a student",
					(caller) -> post("/api/enrollments",
							body("student_id", w.school().student("New", "Student").id(), "teacher_id",
									w.teacherA().id(), "subject_id", w.subject().id(), "start_date", "2024-09-01")),
					"admin=201 outsider=400 " + ADMIN_ONLY)
			.row("change an enrollment", patch("/api/enrollments/" + enrollmentOfX, body("start_date", "2024-09-02")),
					"admin=200 outsider=404 " + ADMIN_ONLY)
			.row("delete an enrollment",
					(caller) -> delete("/api/enrollments/"
							+ w.school().enroll(w.school().student("Tmp", "Student"), w.teacherA(), w.subject()).id()),
					"admin=204 outsider=404 " + ADMIN_ONLY)
			.tests();
	}

	private Object newTerm() {
		int n = this.sequence.incrementAndGet();
		LocalDate start = LocalDate.of(2040, 1, 1).plusMonths(n);
		return body("name", "Term " + n, "start_date", start.toString(), "end_date", start.plusDays(20).toString());
	}

	private long freshTerm(World w) {
		int n = this.sequence.incrementAndGet();
		LocalDate start = LocalDate.of(2060, 1, 1).plusMonths(n);
		return w.school().term("Tmp " + n, start, start.plusDays(20)).id();
	}

	private String code() {
		return "C" + this.sequence.incrementAndGet();
	}

	private Object newUser() {
		return body("email",
				"new" + this.sequence.incrementAndGet() + "." + System.nanoTime() + "@test.classlytics.org", "password",
				"secret-pass-1", "first_name", "New", "last_name", "Person", "role", "TEACHER");
	}

}
