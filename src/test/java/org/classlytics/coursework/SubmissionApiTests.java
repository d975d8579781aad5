package org.classlytics.coursework;

import java.time.Instant;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.assignment;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.fields;

@IntegrationTest
class SubmissionApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller teacherA;

	private long assignment;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.teacherA = this.api.as(this.w.token("teacherA"));
		this.assignment = create(this.teacherA, "/api/assignments", assignment(this.w, this.w.studentX()));
	}

	@Test
	void recordsASubmissionOnTime() {
		Api.Reply reply = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T12:00:00Z");

		assertThat(reply.status()).isEqualTo(201);
		JsonNode s = reply.json();
		assertThat(s.get("assignment_id").asLong()).isEqualTo(this.assignment);
		assertThat(s.get("student_id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(s.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(s.get("subject_id").asLong()).isEqualTo(this.w.subject().id());
		assertThat(s.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(s.get("submitted_at").asString()).isEqualTo("2025-03-10T12:00:00Z");
		assertThat(s.get("due_at").asString()).isEqualTo("2025-03-10T12:00:00Z");
		assertThat(s.get("late").asBoolean()).isFalse();
		assertThat(s.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(s.get("score").isNull()).isTrue();
		assertThat(s.get("percentage").isNull()).isTrue();
		assertThat(s.get("graded_at").isNull()).isTrue();
		assertThat(s.get("feedback").isNull()).isTrue();
	}

	@Test
	void aSubmissionAfterTheDueInstantIsLate() {
		JsonNode s = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T12:00:00.001Z").json();

		assertThat(s.get("late").asBoolean()).isTrue();
		assertThat(s.get("submitted_at").asString()).isEqualTo("2025-03-10T12:00:00.001Z");
	}

	@Test
	void aStudentSubmitsForThemselfNow() {
		Instant before = Instant.now().minusSeconds(1);

		Api.Reply reply = this.api.as(this.w.token("studentX"))
			.post("/api/assignments/" + this.assignment + "/submissions", body("student_id", this.w.studentX().id()));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(Instant.parse(reply.json().get("submitted_at").asString())).isBetween(before,
				Instant.now().plusSeconds(1));
		assertThat(reply.json().get("late").asBoolean()).isTrue();
	}

	@Test
	void aResubmissionReplacesTheRowAndClearsTheGrade() {
		long first = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T11:00:00Z").id();
		this.teacherA.post("/api/submissions/" + first + "/grade", body("score", 40, "feedback", "Good"));

		Api.Reply again = submit(this.api.as(this.w.token("studentX")), this.w.studentX().id(), "2025-03-11T09:00:00Z");

		assertThat(again.status()).isEqualTo(201);
		assertThat(again.id()).isEqualTo(first);
		assertThat(again.json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(again.json().get("late").asBoolean()).isTrue();
		assertThat(again.json().get("score").isNull()).isTrue();
		assertThat(again.json().get("graded_at").isNull()).isTrue();
		assertThat(again.json().get("feedback").isNull()).isTrue();
		JsonNode list = this.teacherA.get("/api/assignments/" + this.assignment + "/submissions").json();
		assertThat(list.get("count").asInt()).isEqualTo(1);
		assertThat(list.get("results").get(0).get("submitted_at").asString()).isEqualTo("2025-03-11T09:00:00Z");
	}

	@Test
	void refusesAStudentWhoIsNotAssigned() {
		long unassigned = create(this.teacherA, "/api/assignments", assignment(this.w));

		Api.Reply byTeacher = this.teacherA.post("/api/assignments/" + unassigned + "/submissions",
				body("student_id", this.w.studentX().id()));
		Api.Reply byStudent = this.api.as(this.w.token("studentX"))
			.post("/api/assignments/" + unassigned + "/submissions", body("student_id", this.w.studentX().id()));

		assertThat(byTeacher.status()).isEqualTo(400);
		assertThat(fields(byTeacher)).containsExactly("student_id");
		assertThat(byTeacher.json().get("errors").get(0).get("message").asString())
			.isEqualTo("student " + this.w.studentX().id() + " is not assigned to assignment " + unassigned);
		assertThat(byStudent.status()).isEqualTo(400);
		assertThat(fields(byStudent)).containsExactly("student_id");
		assertThat(submissionCount()).isZero();
	}

	@Test
	void aStudentSubmitsOnlyForThemself() {
		Api.Reply reply = this.api.as(this.w.token("studentY"))
			.post("/api/assignments/" + this.assignment + "/submissions", body("student_id", this.w.studentX().id()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("student_id");
		assertThat(submissionCount()).isZero();
	}

	@Test
	void refusesAMissingStudentAndABadInstant() {
		Api.Reply missing = this.teacherA.post("/api/assignments/" + this.assignment + "/submissions", body());
		Api.Reply badInstant = submit(this.teacherA, this.w.studentX().id(), "yesterday");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("student_id");
		assertThat(badInstant.status()).isEqualTo(400);
		assertThat(fields(badInstant)).containsExactly("submitted_at");
		assertThat(submissionCount()).isZero();
	}

	@Test
	void gradesASubmission() {
		long id = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T11:00:00Z").id();

		Api.Reply reply = this.teacherA.post("/api/submissions/" + id + "/grade",
				body("score", 33.33, "feedback", "Solid argument", "graded_at", "2025-03-12T18:30:00Z"));

		assertThat(reply.status()).isEqualTo(200);
		JsonNode s = reply.json();
		assertThat(s.get("status").asString()).isEqualTo("GRADED");
		assertThat(s.get("score").decimalValue()).isEqualByComparingTo("33.33");
		assertThat(s.get("max_score").decimalValue()).isEqualByComparingTo("50");
		assertThat(s.get("percentage").decimalValue()).isEqualByComparingTo("66.66");
		assertThat(s.get("feedback").asString()).isEqualTo("Solid argument");
		assertThat(s.get("graded_at").asString()).isEqualTo("2025-03-12T18:30:00Z");
		assertThat(this.api.as(this.w.token("parentX")).get("/api/submissions/" + id).json()).isEqualTo(s);
	}

	@Test
	void gradedAtDefaultsToNowAndTheBoundsAreInclusive() {
		long id = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T11:00:00Z").id();
		Instant before = Instant.now().minusSeconds(1);

		JsonNode full = this.teacherA.post("/api/submissions/" + id + "/grade", body("score", 50)).json();
		JsonNode zero = this.teacherA.post("/api/submissions/" + id + "/grade", body("score", 0)).json();

		assertThat(Instant.parse(full.get("graded_at").asString())).isBetween(before, Instant.now().plusSeconds(1));
		assertThat(full.get("percentage").decimalValue()).isEqualByComparingTo("100");
		assertThat(zero.get("percentage").decimalValue()).isEqualByComparingTo("0");
		assertThat(zero.get("status").asString()).isEqualTo("GRADED");
	}

	@Test
	void refusesAScoreOutsideZeroToMaxScore() {
		long id = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T11:00:00Z").id();

		Api.Reply above = this.teacherA.post("/api/submissions/" + id + "/grade", body("score", 50.01));
		Api.Reply below = this.teacherA.post("/api/submissions/" + id + "/grade", body("score", -1));
		Api.Reply tooPrecise = this.teacherA.post("/api/submissions/" + id + "/grade", body("score", 10.005));
		Api.Reply missing = this.teacherA.post("/api/submissions/" + id + "/grade", body("feedback", "x"));
		Api.Reply notANumber = this.teacherA.post("/api/submissions/" + id + "/grade", body("score", "lots"));

		assertThat(above.status()).isEqualTo(400);
		assertThat(fields(above)).containsExactly("score");
		assertThat(above.json().get("errors").get(0).get("message").asString())
			.isEqualTo("must be between 0 and 50.00");
		assertThat(below.status()).isEqualTo(400);
		assertThat(fields(below)).containsExactly("score");
		assertThat(fields(tooPrecise)).containsExactly("score");
		assertThat(fields(missing)).containsExactly("score");
		assertThat(fields(notANumber)).containsExactly("score");
		JsonNode stored = this.teacherA.get("/api/submissions/" + id).json();
		assertThat(stored.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(stored.get("score").isNull()).isTrue();
	}

	@Test
	void gradingAnUnknownSubmissionIsNotFound() {
		Api.Reply reply = this.teacherA.post("/api/submissions/999999999/grade", body("score", 10));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("detail").asString()).isEqualTo("Submission 999999999 was not found");
	}

	@Test
	void anotherTeacherCannotGradeOrDelete() {
		long id = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T11:00:00Z").id();
		Api.Caller teacherB = this.api.as(this.w.token("teacherB"));

		assertThat(teacherB.post("/api/submissions/" + id + "/grade", body("score", 10)).status()).isEqualTo(404);
		assertThat(teacherB.delete("/api/submissions/" + id).status()).isEqualTo(404);
		assertThat(teacherB.get("/api/submissions/" + id).status()).isEqualTo(404);
		assertThat(this.teacherA.get("/api/submissions/" + id).json().get("status").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void deletesASubmission() {
		long id = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T11:00:00Z").id();

		assertThat(this.teacherA.delete("/api/submissions/" + id).status()).isEqualTo(204);

		assertThat(this.teacherA.get("/api/submissions/" + id).status()).isEqualTo(404);
		assertThat(submissionCount()).isZero();
	}

	@Test
	void listsSubmissionsByStatusAndStudent() {
		long id = submit(this.teacherA, this.w.studentX().id(), "2025-03-10T11:00:00Z").id();
		this.teacherA.post("/api/submissions/" + id + "/grade", body("score", 45));
		Api.Caller studentX = this.api.as(this.w.token("studentX"));

		assertThat(this.teacherA.get("/api/submissions?status=GRADED").json().get("count").asInt()).isEqualTo(1);
		assertThat(this.teacherA.get("/api/submissions?status=SUBMITTED").json().get("count").asInt()).isZero();
		assertThat(this.teacherA.get("/api/submissions?status=LOST").status()).isEqualTo(400);
		assertThat(studentX.get("/api/submissions").json().get("results").get(0).get("percentage").decimalValue())
			.isEqualByComparingTo("90");
		assertThat(this.api.as(this.w.token("studentY")).get("/api/submissions").json().get("count").asInt()).isZero();
		assertThat(this.api.as(this.w.token("studentY")).get("/api/submissions/" + id).status()).isEqualTo(404);
	}

	private Api.Reply submit(Api.Caller caller, long studentId, String submittedAt) {
		return caller.post("/api/assignments/" + this.assignment + "/submissions",
				body("student_id", studentId, "submitted_at", submittedAt));
	}

	private int submissionCount() {
		return this.api.as(this.w.token("admin")).get("/api/submissions").json().get("count").asInt();
	}

}
