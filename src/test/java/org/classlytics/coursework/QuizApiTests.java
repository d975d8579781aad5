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
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.fields;
import static org.classlytics.support.CourseworkFixtures.quiz;

@IntegrationTest
class QuizApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller teacherA;

	private Api.Caller studentX;

	private long quiz;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.teacherA = this.api.as(this.w.token("teacherA"));
		this.studentX = this.api.as(this.w.token("studentX"));
		this.quiz = create(this.teacherA, "/api/quizzes", quiz(this.w));
	}

	@Test
	void createsAQuiz() {
		JsonNode q = this.teacherA.get("/api/quizzes/" + this.quiz).json();

		assertThat(q.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(q.get("subject_id").asLong()).isEqualTo(this.w.subject().id());
		assertThat(q.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(q.get("title").asString()).isEqualTo("Fractions");
		assertThat(q.get("max_score").decimalValue()).isEqualByComparingTo("20");
		assertThat(q.get("created_at").asString()).isEqualTo("2025-03-03T08:00:00Z");
	}

	@Test
	void refusesBadQuizInput() {
		Api.Reply missing = this.teacherA.post("/api/quizzes", body("title", "Q"));
		Api.Reply zero = this.teacherA.post("/api/quizzes",
				body("subject_id", this.w.subject().id(), "title", "Q", "max_score", 0));
		Api.Reply admin = this.api.as(this.w.token("admin")).post("/api/quizzes", quiz(this.w));

		assertThat(fields(missing)).containsExactlyInAnyOrder("subject_id", "max_score");
		assertThat(fields(zero)).containsExactly("max_score");
		assertThat(fields(admin)).containsExactly("teacher_id");
		assertThat(this.teacherA.get("/api/quizzes").json().get("count").asInt()).isEqualTo(1);
	}

	@Test
	void anAttemptWithAScoreIsCompleteAndCounts() {
		Instant before = Instant.now().minusSeconds(1);

		Api.Reply reply = attempt(this.teacherA,
				body("student_id", this.w.studentX().id(), "started_at", "2025-03-04T09:00:00Z", "score", 17));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode a = reply.json();
		assertThat(a.get("quiz_id").asLong()).isEqualTo(this.quiz);
		assertThat(a.get("student_id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(a.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(a.get("started_at").asString()).isEqualTo("2025-03-04T09:00:00Z");
		assertThat(Instant.parse(a.get("completed_at").asString())).isBetween(before, Instant.now().plusSeconds(1));
		assertThat(a.get("score").decimalValue()).isEqualByComparingTo("17");
		assertThat(a.get("teacher_score").isNull()).isTrue();
		assertThat(a.get("percentage").decimalValue()).isEqualByComparingTo("85");
	}

	@Test
	void theTeachersScoreOverridesTheScore() {
		long id = attempt(this.teacherA, body("student_id", this.w.studentX().id(), "started_at",
				"2025-03-04T09:00:00Z", "completed_at", "2025-03-04T09:20:00Z", "score", 12))
			.id();

		JsonNode a = this.teacherA.patch("/api/quiz-attempts/" + id, body("teacher_score", 18.5)).json();

		assertThat(a.get("score").decimalValue()).isEqualByComparingTo("12");
		assertThat(a.get("teacher_score").decimalValue()).isEqualByComparingTo("18.5");
		assertThat(a.get("percentage").decimalValue()).isEqualByComparingTo("92.5");
		assertThat(a.get("completed_at").asString()).isEqualTo("2025-03-04T09:20:00Z");
	}

	@Test
	void anOpenAttemptDoesNotCountUntilCompleted() {
		long id = attempt(this.studentX,
				body("student_id", this.w.studentX().id(), "started_at", "2025-03-04T09:00:00Z"))
			.id();
		JsonNode open = this.studentX.get("/api/quiz-attempts/" + id).json();
		assertThat(open.get("completed_at").isNull()).isTrue();
		assertThat(open.get("percentage").isNull()).isTrue();

		JsonNode done = this.studentX
			.patch("/api/quiz-attempts/" + id, body("score", 10, "completed_at", "2025-03-04T09:30:00Z"))
			.json();

		assertThat(done.get("percentage").decimalValue()).isEqualByComparingTo("50");
		assertThat(done.get("completed_at").asString()).isEqualTo("2025-03-04T09:30:00Z");
		assertThat(this.studentX.patch("/api/quiz-attempts/" + id, body("score", 20)).status()).isEqualTo(409);
		assertThat(this.studentX.get("/api/quiz-attempts/" + id).json().get("score").decimalValue())
			.isEqualByComparingTo("10");
	}

	@Test
	void aStudentCannotSetTheTeachersScore() {
		Api.Reply reply = attempt(this.studentX,
				body("student_id", this.w.studentX().id(), "score", 5, "teacher_score", 20));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(attemptCount()).isZero();
	}

	@Test
	void refusesScoresOutsideTheQuizsRange() {
		Api.Reply above = attempt(this.teacherA, body("student_id", this.w.studentX().id(), "score", 20.5));
		Api.Reply below = attempt(this.teacherA,
				body("student_id", this.w.studentX().id(), "score", 1, "teacher_score", -0.5));
		Api.Reply backwards = attempt(this.teacherA, body("student_id", this.w.studentX().id(), "started_at",
				"2025-03-04T09:00:00Z", "completed_at", "2025-03-04T08:00:00Z"));

		assertThat(above.status()).isEqualTo(400);
		assertThat(fields(above)).containsExactly("score");
		assertThat(fields(below)).containsExactly("teacher_score");
		assertThat(fields(backwards)).containsExactly("completed_at");
		assertThat(attemptCount()).isZero();
	}

	@Test
	void refusesAStudentWhomTheQuizsTeacherDoesNotTeach() {
		Api.Reply byTeacher = attempt(this.teacherA, body("student_id", this.w.studentY().id(), "score", 5));
		Api.Reply byStudent = attempt(this.api.as(this.w.token("studentY")),
				body("student_id", this.w.studentY().id(), "score", 5));
		Api.Reply forAnother = attempt(this.studentX, body("student_id", this.w.studentY().id(), "score", 5));

		assertThat(fields(byTeacher)).containsExactly("student_id");
		assertThat(fields(byStudent)).containsExactly("student_id");
		assertThat(byStudent.json().get("errors").get(0).get("message").asString())
			.isEqualTo("student " + this.w.studentY().id() + " is not taught by the quiz's teacher");
		assertThat(fields(forAnother)).containsExactly("student_id");
		assertThat(attemptCount()).isZero();
	}

	@Test
	void aStudentMakesManyAttempts() {
		attempt(this.studentX, body("student_id", this.w.studentX().id(), "score", 5));
		attempt(this.studentX, body("student_id", this.w.studentX().id(), "score", 15));

		JsonNode list = this.studentX.get("/api/quizzes/" + this.quiz + "/attempts").json();

		assertThat(list.get("count").asInt()).isEqualTo(2);
		assertThat(list.get("results")).extracting((node) -> node.get("percentage").doubleValue())
			.containsExactly(25.0, 75.0);
	}

	@Test
	void theMaxScoreIsFixedOnceAnAttemptIsScored() {
		assertThat(this.teacherA.patch("/api/quizzes/" + this.quiz, body("max_score", 25))
			.json()
			.get("max_score")
			.doubleValue()).isEqualTo(25.0);
		attempt(this.teacherA, body("student_id", this.w.studentX().id(), "score", 5));

		Api.Reply reply = this.teacherA.patch("/api/quizzes/" + this.quiz, body("max_score", 30));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(this.teacherA.get("/api/quizzes/" + this.quiz).json().get("max_score").doubleValue())
			.isEqualTo(25.0);
		assertThat(this.teacherA.patch("/api/quizzes/" + this.quiz, body("title", "Decimals"))
			.json()
			.get("title")
			.asString()).isEqualTo("Decimals");
	}

	@Test
	void deletingAQuizDeletesItsAttempts() {
		long id = attempt(this.teacherA, body("student_id", this.w.studentX().id(), "score", 5)).id();

		assertThat(this.teacherA.delete("/api/quizzes/" + this.quiz).status()).isEqualTo(204);

		assertThat(this.teacherA.get("/api/quiz-attempts/" + id).status()).isEqualTo(404);
		assertThat(attemptCount()).isZero();
	}

	@Test
	void studentsSeeTheQuizzesOfTheirTeachers() {
		long ofB = create(this.api.as(this.w.token("teacherB")), "/api/quizzes", quiz(this.w));

		assertThat(this.studentX.get("/api/quizzes").json().get("results"))
			.extracting((node) -> node.get("id").asLong())
			.containsExactly(this.quiz);
		assertThat(this.api.as(this.w.token("parentY")).get("/api/quizzes").json().get("results"))
			.extracting((node) -> node.get("id").asLong())
			.containsExactly(ofB);
		assertThat(this.studentX.get("/api/quizzes/" + ofB).status()).isEqualTo(404);
		assertThat(this.teacherA.get("/api/quizzes/" + ofB).status()).isEqualTo(404);
		assertThat(this.teacherA.patch("/api/quizzes/" + ofB, body("title", "Mine")).status()).isEqualTo(404);
	}

	private Api.Reply attempt(Api.Caller caller, Object body) {
		return caller.post("/api/quizzes/" + this.quiz + "/attempts", body);
	}

	private int attemptCount() {
		return this.api.as(this.w.token("admin")).get("/api/quiz-attempts").json().get("count").asInt();
	}

}
