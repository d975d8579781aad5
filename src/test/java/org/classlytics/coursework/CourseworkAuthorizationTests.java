package org.classlytics.coursework;

import java.util.Map;
import java.util.stream.Stream;

import org.classlytics.roster.Person;
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
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.assignment;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.material;
import static org.classlytics.support.CourseworkFixtures.quiz;

/**
 * Every coursework endpoint against every role, with teacherA's items for studentX as the
 * objects: 403 for a function the role never has, 404 for an object out of reach, 400 for
 * a body naming a student the caller may not record for.
 */
@IntegrationTest
class CourseworkAuthorizationTests {

	private static final String EVERYONE_200 = "admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 "
			+ "parentX=200 parentY=200 studentX=200 studentY=200 outsider=200";

	private static final String X_REACH = "admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 "
			+ "parentX=200 parentY=404 studentX=200 studentY=404 outsider=404";

	private static final String READERS_403 = "tutorX=403 tutorY=403 parentX=403 parentY=403";

	private static final String NON_TEACHERS_403 = READERS_403 + " studentX=403 studentY=403";

	private static final String OWNER_WRITES_200 = "admin=200 teacherA=200 teacherB=404 outsider=404 "
			+ NON_TEACHERS_403;

	private static final String OWNER_DELETES = "admin=204 teacherA=204 teacherB=404 outsider=404 " + NON_TEACHERS_403;

	private static final String TEACHERS_CREATE = "admin=201 teacherA=201 teacherB=201 outsider=400 "
			+ NON_TEACHERS_403;

	private static final String RECORD_FOR_X = "admin=201 teacherA=201 teacherB=404 studentX=201 studentY=400 "
			+ "outsider=404 " + READERS_403;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> assignmentsAndSubmissions() {
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		long assignment = create(admin, "/api/assignments", ofTeacherA(assignment(w, w.studentX()), w));
		long submission = create(admin, "/api/assignments/" + assignment + "/submissions",
				body("student_id", w.studentX().id()));
		return new AccessMatrix(this.api, w).row("list assignments", get("/api/assignments"), EVERYONE_200)
			.row("read an assignment", get("/api/assignments/" + assignment), X_REACH)
			.row("create an assignment", (caller) -> post("/api/assignments", ownAssignment(w, caller)),
					TEACHERS_CREATE)
			.row("change an assignment", patch("/api/assignments/" + assignment, body("title", "Essay")),
					OWNER_WRITES_200)
			.row("delete an assignment",
					(caller) -> delete(
							"/api/assignments/" + create(admin, "/api/assignments", ofTeacherA(assignment(w), w))),
					OWNER_DELETES)
			.row("submit",
					(caller) -> post("/api/assignments/" + assignment + "/submissions",
							body("student_id", w.person(caller).id())),
					"admin=400 teacherA=400 teacherB=404 studentX=201 studentY=400 outsider=404 " + READERS_403)
			.row("record a submission for studentX",
					post("/api/assignments/" + assignment + "/submissions", body("student_id", w.studentX().id())),
					RECORD_FOR_X)
			.row("list an assignment's submissions", get("/api/assignments/" + assignment + "/submissions"), X_REACH)
			.row("list submissions", get("/api/submissions"), EVERYONE_200)
			.row("read a submission", get("/api/submissions/" + submission), X_REACH)
			.row("grade a submission", post("/api/submissions/" + submission + "/grade", body("score", 40)),
					OWNER_WRITES_200)
			.row("delete a submission", (caller) -> delete("/api/submissions/" + freshSubmission(admin, w)),
					OWNER_DELETES)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> quizzesAndAttempts() {
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		long quiz = create(admin, "/api/quizzes", ofTeacherA(quiz(w), w));
		long attempt = create(admin, "/api/quizzes/" + quiz + "/attempts",
				body("student_id", w.studentX().id(), "score", 10));
		return new AccessMatrix(this.api, w).row("list quizzes", get("/api/quizzes"), EVERYONE_200)
			.row("read a quiz", get("/api/quizzes/" + quiz), X_REACH)
			.row("create a quiz", (caller) -> post("/api/quizzes", ofTeacherA(quiz(w), w)), TEACHERS_CREATE)
			.row("change a quiz", patch("/api/quizzes/" + quiz, body("title", "Fractions")), OWNER_WRITES_200)
			.row("delete a quiz",
					(caller) -> delete("/api/quizzes/" + create(admin, "/api/quizzes", ofTeacherA(quiz(w), w))),
					OWNER_DELETES)
			.row("record an attempt for studentX",
					post("/api/quizzes/" + quiz + "/attempts", body("student_id", w.studentX().id(), "score", 5)),
					RECORD_FOR_X)
			.row("list a quiz's attempts", get("/api/quizzes/" + quiz + "/attempts"), X_REACH)
			.row("list attempts", get("/api/quiz-attempts"), EVERYONE_200)
			.row("read an attempt", get("/api/quiz-attempts/" + attempt), X_REACH)
			.row("complete an open attempt",
					(caller) -> patch("/api/quiz-attempts/" + openAttempt(admin, quiz, w), body("score", 15)),
					"admin=200 teacherA=200 teacherB=404 studentX=200 studentY=404 outsider=404 " + READERS_403)
			.row("override a score", patch("/api/quiz-attempts/" + attempt, body("teacher_score", 12)),
					"admin=200 teacherA=200 teacherB=404 studentX=403 studentY=403 outsider=404 " + READERS_403)
			.row("delete an attempt", (caller) -> delete("/api/quiz-attempts/" + openAttempt(admin, quiz, w)),
					OWNER_DELETES)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> materialsAndStudyTime() {
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		long material = create(admin, "/api/materials", ofTeacherA(material(w, w.studentX()), w));
		long session = create(admin, "/api/study-sessions", session(w));
		return new AccessMatrix(this.api, w).row("list materials", get("/api/materials"), EVERYONE_200)
			.row("read a material", get("/api/materials/" + material), X_REACH)
			.row("create a material", (caller) -> post("/api/materials", ownMaterial(w, caller)), TEACHERS_CREATE)
			.row("change a material", patch("/api/materials/" + material, body("title", "Chapter 3")), OWNER_WRITES_200)
			.row("delete a material",
					(caller) -> delete("/api/materials/" + create(admin, "/api/materials", ofTeacherA(material(w), w))),
					OWNER_DELETES)
			.row("record progress for studentX",
					post("/api/materials/" + material + "/progress",
							body("student_id", w.studentX().id(), "progress_percent", 50)),
					RECORD_FOR_X)
			.row("list a material's progress", get("/api/materials/" + material + "/progress"), X_REACH)
			.row("list study sessions", get("/api/study-sessions"), EVERYONE_200)
			.row("read a study session", get("/api/study-sessions/" + session), X_REACH)
			.row("record a study session for studentX", post("/api/study-sessions", session(w)),
					"admin=201 teacherA=201 teacherB=400 studentX=201 studentY=400 outsider=400 " + READERS_403)
			.row("delete a study session",
					(caller) -> delete("/api/study-sessions/" + create(admin, "/api/study-sessions", session(w))),
					"admin=204 teacherA=204 teacherB=404 studentX=204 studentY=404 outsider=404 " + READERS_403)
			.tests();
	}

	private static Map<String, Object> ofTeacherA(Map<String, Object> body, World w) {
		body.put("teacher_id", w.teacherA().id());
		return body;
	}

	/**
	 * An assignment for a student of the caller's own: teacherB's is for studentY.
	 */
	private static Map<String, Object> ownAssignment(World w, String caller) {
		Person student = caller.equals("teacherB") ? w.studentY() : w.studentX();
		return ofTeacherA(assignment(w, student), w);
	}

	private static Map<String, Object> ownMaterial(World w, String caller) {
		Person student = caller.equals("teacherB") ? w.studentY() : w.studentX();
		return ofTeacherA(material(w, student), w);
	}

	private static Map<String, Object> session(World w) {
		return body("student_id", w.studentX().id(), "subject_id", w.subject().id(), "started_at",
				"2025-03-05T16:00:00Z", "duration_seconds", 900);
	}

	private static long freshSubmission(Api.Caller admin, World w) {
		long assignment = create(admin, "/api/assignments", ofTeacherA(assignment(w, w.studentX()), w));
		return create(admin, "/api/assignments/" + assignment + "/submissions", body("student_id", w.studentX().id()));
	}

	private static long openAttempt(Api.Caller admin, long quiz, World w) {
		return create(admin, "/api/quizzes/" + quiz + "/attempts", body("student_id", w.studentX().id()));
	}

}
