package org.classlytics.coursework;

import java.util.List;

import org.classlytics.roster.Person;
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
class AssignmentApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller admin;

	private Api.Caller teacherA;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.teacherA = this.api.as(this.w.token("teacherA"));
	}

	@Test
	void createsAnAssignmentForListedStudents() {
		Api.Reply reply = this.teacherA.post("/api/assignments", assignment(this.w, this.w.studentX()));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode a = reply.json();
		assertThat(a.get("id").asLong()).isPositive();
		assertThat(a.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(a.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(a.get("subject_id").asLong()).isEqualTo(this.w.subject().id());
		assertThat(a.get("title").asString()).isEqualTo("Essay");
		assertThat(a.get("created_at").asString()).isEqualTo("2025-03-03T08:00:00Z");
		assertThat(a.get("due_at").asString()).isEqualTo("2025-03-10T12:00:00Z");
		assertThat(a.get("max_score").doubleValue()).isEqualTo(50.0);
		assertThat(ids(a.get("student_ids"))).containsExactly(this.w.studentX().id());
		assertThat(this.teacherA.get("/api/assignments/" + a.get("id").asLong()).json()).isEqualTo(a);
	}

	@Test
	void createdAtDefaultsToNow() {
		java.time.Instant before = java.time.Instant.now().minusSeconds(1);
		var body = assignment(this.w, this.w.studentX());
		body.remove("created_at");

		JsonNode a = this.teacherA.post("/api/assignments", body).json();

		assertThat(java.time.Instant.parse(a.get("created_at").asString())).isBetween(before,
				java.time.Instant.now().plusSeconds(1));
	}

	@Test
	void expandsAClassToTheStudentsOfTheAssignmentsTeacher() {
		var body = assignment(this.w);
		body.remove("student_ids");
		body.put("class_id", this.w.classSection().id());

		JsonNode ofA = this.teacherA.post("/api/assignments", body).json();
		body.put("teacher_id", this.w.teacherB().id());
		JsonNode ofB = this.admin.post("/api/assignments", body).json();

		assertThat(ids(ofA.get("student_ids"))).containsExactly(this.w.studentX().id());
		assertThat(ofB.get("teacher_id").asLong()).isEqualTo(this.w.teacherB().id());
		assertThat(ids(ofB.get("student_ids"))).containsExactly(this.w.studentY().id());
	}

	@Test
	void anAdminCreatesOnBehalfOfATeacher() {
		var body = assignment(this.w, this.w.studentY(), this.w.studentX());
		body.put("teacher_id", this.w.teacherB().id());

		JsonNode a = this.admin.post("/api/assignments", body).json();

		assertThat(a.get("teacher_id").asLong()).isEqualTo(this.w.teacherB().id());
		assertThat(ids(a.get("student_ids"))).containsExactly(this.w.studentX().id(), this.w.studentY().id());
	}

	@Test
	void anAdminMustNameATeacher() {
		Api.Reply missing = this.admin.post("/api/assignments", assignment(this.w, this.w.studentX()));
		var body = assignment(this.w, this.w.studentX());
		body.put("teacher_id", this.w.tutorX().id());
		Api.Reply notATeacher = this.admin.post("/api/assignments", body);

		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("teacher_id");
		assertThat(notATeacher.status()).isEqualTo(400);
		assertThat(fields(notATeacher)).containsExactly("teacher_id");
		assertThat(count(this.admin)).isZero();
	}

	@Test
	void aTeacherAlwaysActsAsThemself() {
		var body = assignment(this.w, this.w.studentX());
		body.put("teacher_id", this.w.teacherB().id());

		JsonNode a = this.teacherA.post("/api/assignments", body).json();

		assertThat(a.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
	}

	@Test
	void aTeacherAssignsOnlyTheirOwnStudents() {
		Api.Reply reply = this.teacherA.post("/api/assignments",
				assignment(this.w, this.w.studentX(), this.w.studentY()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("student_ids");
		assertThat(reply.json().get("errors").get(0).get("message").asString())
			.isEqualTo("student " + this.w.studentY().id() + " is not one of your students");
		assertThat(count(this.admin)).isZero();
	}

	@Test
	void refusesMalformedJson() {
		Api.Reply reply = this.teacherA.send("POST", "/api/assignments", "{\"title\": \"Essay\",", "application/json");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).startsWith("Malformed JSON");
		assertThat(count(this.admin)).isZero();
	}

	@Test
	void namesEveryMissingField() {
		Api.Reply reply = this.teacherA.post("/api/assignments", body("student_ids", List.of()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactlyInAnyOrder("subject_id", "title", "due_at", "max_score");
	}

	@Test
	void refusesABadDueDate() {
		var body = assignment(this.w, this.w.studentX());
		body.put("due_at", "2025-02-30T12:00:00Z");

		Api.Reply reply = this.teacherA.post("/api/assignments", body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("due_at");
		assertThat(count(this.admin)).isZero();
	}

	@Test
	void refusesAMaxScoreThatIsNotPositive() {
		var body = assignment(this.w, this.w.studentX());
		body.put("max_score", 0);

		Api.Reply reply = this.teacherA.post("/api/assignments", body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("max_score");
	}

	@Test
	void refusesStudentsAndAClassTogetherAndAnUnknownSubject() {
		var both = assignment(this.w, this.w.studentX());
		both.put("class_id", this.w.classSection().id());
		var unknownSubject = assignment(this.w, this.w.studentX());
		unknownSubject.put("subject_id", 999_999_999L);

		assertThat(fields(this.teacherA.post("/api/assignments", both))).containsExactly("student_ids");
		assertThat(fields(this.teacherA.post("/api/assignments", unknownSubject))).containsExactly("subject_id");
		assertThat(count(this.admin)).isZero();
	}

	@Test
	void movingTheDueInstantRecomputesLateness() {
		long id = create(this.teacherA, "/api/assignments", assignment(this.w, this.w.studentX()));
		Person zoe = this.w.school().student("Zoe", "Zed");
		this.w.school().enroll(zoe, this.w.teacherA(), this.w.subject());
		long other = zoe.id();
		this.teacherA.patch("/api/assignments/" + id, body("student_ids", List.of(this.w.studentX().id(), other)));
		this.teacherA.post("/api/assignments/" + id + "/submissions",
				body("student_id", this.w.studentX().id(), "submitted_at", "2025-03-10T11:00:00Z"));
		this.teacherA.post("/api/assignments/" + id + "/submissions",
				body("student_id", other, "submitted_at", "2025-03-10T13:00:00Z"));
		assertThat(lateness(id)).containsExactly(false, true);

		Api.Reply later = this.teacherA.patch("/api/assignments/" + id, body("due_at", "2025-03-10T14:00:00Z"));
		assertThat(later.status()).isEqualTo(200);
		assertThat(later.json().get("due_at").asString()).isEqualTo("2025-03-10T14:00:00Z");
		assertThat(lateness(id)).containsExactly(false, false);

		this.teacherA.patch("/api/assignments/" + id, body("due_at", "2025-03-10T10:00:00Z"));
		assertThat(lateness(id)).containsExactly(true, true);
	}

	@Test
	void theMaxScoreIsFixedOnceASubmissionIsGraded() {
		long id = create(this.teacherA, "/api/assignments", assignment(this.w, this.w.studentX()));
		long submission = create(this.teacherA, "/api/assignments/" + id + "/submissions",
				body("student_id", this.w.studentX().id(), "submitted_at", "2025-03-10T11:00:00Z"));
		assertThat(this.teacherA.patch("/api/assignments/" + id, body("max_score", 40))
			.json()
			.get("max_score")
			.doubleValue()).isEqualTo(40.0);
		this.teacherA.post("/api/submissions/" + submission + "/grade", body("score", 30));

		Api.Reply reply = this.teacherA.patch("/api/assignments/" + id, body("max_score", 60, "title", "Long essay"));

		assertThat(reply.status()).isEqualTo(409);
		JsonNode stored = this.teacherA.get("/api/assignments/" + id).json();
		assertThat(stored.get("max_score").doubleValue()).isEqualTo(40.0);
		assertThat(stored.get("title").asString()).isEqualTo("Essay");
		assertThat(
				this.teacherA.patch("/api/assignments/" + id, body("max_score", 40.00, "title", "Long essay")).status())
			.isEqualTo(200);
	}

	@Test
	void aStudentWithASubmissionStaysAssigned() {
		long id = create(this.admin, "/api/assignments",
				withTeacher(assignment(this.w, this.w.studentX(), this.w.studentY()), this.w.teacherA().id()));
		create(this.admin, "/api/assignments/" + id + "/submissions", body("student_id", this.w.studentY().id()));

		Api.Reply reply = this.admin.patch("/api/assignments/" + id,
				body("student_ids", List.of(this.w.studentX().id())));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(ids(this.admin.get("/api/assignments/" + id).json().get("student_ids")))
			.containsExactly(this.w.studentX().id(), this.w.studentY().id());
		assertThat(this.admin.patch("/api/assignments/" + id, body("student_ids", List.of(this.w.studentY().id())))
			.json()
			.get("student_ids")).extracting(JsonNode::asLong).containsExactly(this.w.studentY().id());
	}

	@Test
	void deletingAnAssignmentDeletesItsSubmissions() {
		long id = create(this.teacherA, "/api/assignments", assignment(this.w, this.w.studentX()));
		long submission = create(this.teacherA, "/api/assignments/" + id + "/submissions",
				body("student_id", this.w.studentX().id()));

		assertThat(this.teacherA.delete("/api/assignments/" + id).status()).isEqualTo(204);

		assertThat(this.teacherA.get("/api/assignments/" + id).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/submissions/" + submission).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/submissions").json().get("count").asInt()).isZero();
	}

	@Test
	void aTeacherCannotTouchAnotherTeachersAssignment() {
		long id = create(this.api.as(this.w.token("teacherB")), "/api/assignments",
				assignment(this.w, this.w.studentY()));

		assertThat(this.teacherA.get("/api/assignments/" + id).status()).isEqualTo(404);
		assertThat(this.teacherA.patch("/api/assignments/" + id, body("title", "Mine")).status()).isEqualTo(404);
		assertThat(this.teacherA.delete("/api/assignments/" + id).status()).isEqualTo(404);
		assertThat(this.teacherA
			.post("/api/assignments/" + id + "/submissions", body("student_id", this.w.studentX().id()))
			.status()).isEqualTo(404);
		assertThat(this.admin.get("/api/assignments/" + id).json().get("title").asString()).isEqualTo("Essay");
	}

	@Test
	void listsTheAssignmentsInReachAndOnlyTheStudentsInReach() {
		var both = withTeacher(assignment(this.w, this.w.studentX(), this.w.studentY()), this.w.teacherA().id());
		both.put("title", "Shared");
		long shared = create(this.admin, "/api/assignments", both);
		create(this.teacherA, "/api/assignments", assignment(this.w, this.w.studentX()));
		create(this.api.as(this.w.token("teacherB")), "/api/assignments", assignment(this.w, this.w.studentY()));

		JsonNode ofParentY = this.api.as(this.w.token("parentY")).get("/api/assignments").json();
		JsonNode ofTeacherA = this.teacherA.get("/api/assignments").json();

		assertThat(ofParentY.get("count").asInt()).isEqualTo(2);
		JsonNode sharedForParentY = ofParentY.get("results")
			.valueStream()
			.filter((node) -> node.get("id").asLong() == shared)
			.findFirst()
			.orElseThrow();
		assertThat(ids(sharedForParentY.get("student_ids"))).containsExactly(this.w.studentY().id());
		assertThat(ofTeacherA.get("count").asInt()).isEqualTo(2);
		assertThat(this.admin.get("/api/assignments").json().get("count").asInt()).isEqualTo(3);
		assertThat(this.admin.get("/api/assignments?teacher_id=" + this.w.teacherB().id()).json().get("count").asInt())
			.isEqualTo(1);
		assertThat(this.admin.get("/api/assignments?student_id=" + this.w.studentY().id()).json().get("count").asInt())
			.isEqualTo(2);
		assertThat(this.admin.get("/api/assignments?page=2&page_size=2").json().get("results").size()).isEqualTo(1);
	}

	private List<Boolean> lateness(long assignmentId) {
		return this.teacherA.get("/api/assignments/" + assignmentId + "/submissions")
			.json()
			.get("results")
			.valueStream()
			.map((node) -> node.get("late").asBoolean())
			.toList();
	}

	private static java.util.Map<String, Object> withTeacher(java.util.Map<String, Object> body, long teacherId) {
		body.put("teacher_id", teacherId);
		return body;
	}

	private static int count(Api.Caller caller) {
		return caller.get("/api/assignments").json().get("count").asInt();
	}

	private static List<Long> ids(JsonNode array) {
		return array.valueStream().map(JsonNode::asLong).toList();
	}

}
