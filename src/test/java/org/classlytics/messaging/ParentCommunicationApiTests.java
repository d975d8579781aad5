package org.classlytics.messaging;

import java.time.Instant;
import java.util.List;

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
import static org.classlytics.support.MessagingFixtures.parentCommunication;

@IntegrationTest
class ParentCommunicationApiTests {

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
	void recordsATeachersCommunicationWithAGuardian() {
		Api.Reply reply = this.teacherA.post("/api/parent-communications",
				body("parent_id", this.w.parentX().id(), "student_id", this.w.studentX().id(), "sent_at",
						"2025-01-15T16:45:00Z", "channel", "PHONE", "summary", "Discussed the missing homework."));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode communication = reply.json();
		assertThat(communication.get("id").asLong()).isPositive();
		assertThat(communication.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(communication.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(communication.get("parent_id").asLong()).isEqualTo(this.w.parentX().id());
		assertThat(communication.get("student_id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(communication.get("sent_at").asString()).isEqualTo("2025-01-15T16:45:00Z");
		assertThat(communication.get("channel").asString()).isEqualTo("PHONE");
		assertThat(communication.get("summary").asString()).isEqualTo("Discussed the missing homework.");
		assertThat(this.api.as(this.w.token("parentX"))
			.get("/api/parent-communications/" + communication.get("id").asLong())
			.json()).isEqualTo(communication);
	}

	@Test
	void sendsNowWhenNoInstantIsGiven() {
		Instant before = Instant.now();

		Api.Reply reply = this.teacherA.post("/api/parent-communications", body("parent_id", this.w.parentX().id(),
				"student_id", this.w.studentX().id(), "channel", "EMAIL", "summary", "Report card"));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(Instant.parse(reply.json().get("sent_at").asString())).isBetween(before.minusSeconds(1),
				Instant.now().plusSeconds(1));
	}

	@Test
	void letsAnAdminRecordOnBehalfOfTheStudentsTeacher() {
		Api.Reply reply = this.admin.post("/api/parent-communications",
				body("parent_id", this.w.parentY().id(), "student_id", this.w.studentY().id(), "teacher_id",
						this.w.teacherB().id(), "sent_at", "2024-11-05T10:00:00Z", "channel", "MEETING", "summary",
						"Parents' evening"));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("teacher_id").asLong()).isEqualTo(this.w.teacherB().id());
		assertThat(reply.json().get("channel").asString()).isEqualTo("MEETING");
	}

	@Test
	void requiresAnAdminToNameATeacherOfTheStudent() {
		Api.Reply unnamed = this.admin.post("/api/parent-communications", body("parent_id", this.w.parentX().id(),
				"student_id", this.w.studentX().id(), "channel", "EMAIL", "summary", "Hello"));
		Api.Reply notTheirs = this.admin.post("/api/parent-communications",
				body("parent_id", this.w.parentX().id(), "student_id", this.w.studentX().id(), "teacher_id",
						this.w.teacherB().id(), "channel", "EMAIL", "summary", "Hello"));
		Api.Reply notATeacher = this.admin.post("/api/parent-communications",
				body("parent_id", this.w.parentX().id(), "student_id", this.w.studentX().id(), "teacher_id",
						this.w.tutorX().id(), "channel", "EMAIL", "summary", "Hello"));

		assertThat(unnamed.status()).isEqualTo(400);
		assertThat(errors(unnamed)).containsExactly("teacher_id: is required when an admin records a communication");
		assertThat(notTheirs.status()).isEqualTo(400);
		assertThat(errors(notTheirs)).containsExactly(
				"teacher_id: teacher " + this.w.teacherB().id() + " does not teach student " + this.w.studentX().id());
		assertThat(notATeacher.status()).isEqualTo(400);
		assertThat(errors(notATeacher))
			.containsExactly("teacher_id: no teacher " + this.w.tutorX().id() + " in this school");
		assertThat(this.admin.get("/api/parent-communications").json().get("count").asInt()).isZero();
	}

	@Test
	void refusesAParentWhoIsNotAGuardianOfTheStudent() {
		Api.Reply reply = this.teacherA.post("/api/parent-communications", body("parent_id", this.w.parentY().id(),
				"student_id", this.w.studentX().id(), "channel", "EMAIL", "summary", "Wrong family"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly(
				"parent_id: user " + this.w.parentY().id() + " is not a guardian of student " + this.w.studentX().id());
		assertThat(this.teacherA.get("/api/parent-communications").json().get("count").asInt()).isZero();
	}

	@Test
	void refusesAStudentTheTeacherDoesNotTeach() {
		Api.Reply reply = this.teacherA.post("/api/parent-communications", body("parent_id", this.w.parentY().id(),
				"student_id", this.w.studentY().id(), "channel", "EMAIL", "summary", "Not my student"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply))
			.containsExactly("student_id: no student " + this.w.studentY().id() + " among your students");
	}

	@Test
	void refusesToRecordForAnotherTeacher() {
		Api.Reply reply = this.teacherA.post("/api/parent-communications",
				body("parent_id", this.w.parentX().id(), "student_id", this.w.studentX().id(), "teacher_id",
						this.w.teacherB().id(), "channel", "EMAIL", "summary", "On behalf"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly("teacher_id: a teacher records communications as themself");
	}

	@Test
	void refusesAnUnknownChannel() {
		Api.Reply reply = this.teacherA.post("/api/parent-communications", body("parent_id", this.w.parentX().id(),
				"student_id", this.w.studentX().id(), "channel", "FAX", "summary", "Sent a fax"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly("channel: must be one of EMAIL, PHONE, MEETING, MESSAGE");
	}

	@Test
	void refusesABadInstant() {
		Api.Reply reply = this.teacherA.post("/api/parent-communications", body("parent_id", this.w.parentX().id(),
				"student_id", this.w.studentX().id(), "channel", "EMAIL", "summary", "Hi", "sent_at", "yesterday"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly("sent_at: must be an RFC 3339 instant such as 2025-01-15T09:00:00Z");
	}

	@Test
	void namesEveryMissingField() {
		Api.Reply reply = this.teacherA.post("/api/parent-communications", body("summary", " "));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("parent_id", "student_id", "channel", "summary");
	}

	@Test
	void refusesMalformedJson() {
		Api.Reply reply = this.teacherA.send("POST", "/api/parent-communications", "{\"parent_id\": 1, \"channel\"",
				"application/json");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).startsWith("Malformed JSON");
	}

	@Test
	void listsForTheWritingTeacherTheAddressedParentAndAdmins() {
		long first = parentCommunication(this.teacherA, this.w.parentX(), this.w.studentX(), "EMAIL",
				"2025-01-13T09:00:00Z");
		long second = parentCommunication(this.teacherA, this.w.parentX(), this.w.studentX(), "PHONE",
				"2025-01-14T09:00:00Z");
		long ofY = parentCommunication(this.api.as(this.w.token("teacherB")), this.w.parentY(), this.w.studentY(),
				"MEETING", "2025-01-13T12:00:00Z");

		assertThat(listed("teacherA", "")).containsExactly(second, first);
		assertThat(listed("parentX", "")).containsExactly(second, first);
		assertThat(listed("teacherB", "")).containsExactly(ofY);
		assertThat(listed("parentY", "")).containsExactly(ofY);
		assertThat(listed("admin", "")).containsExactly(second, ofY, first);
		assertThat(listed("admin", "?student_id=" + this.w.studentY().id())).containsExactly(ofY);
		assertThat(listed("admin", "?teacher_id=" + this.w.teacherA().id() + "&page=2&page_size=1"))
			.containsExactly(first);
		assertThat(this.api.as(this.w.token("teacherB")).get("/api/parent-communications/" + first).status())
			.isEqualTo(404);
	}

	@Test
	void correctsACommunication() {
		long id = parentCommunication(this.teacherA, this.w.parentX(), this.w.studentX(), "EMAIL",
				"2025-01-13T09:00:00Z");

		Api.Reply reply = this.teacherA.patch("/api/parent-communications/" + id,
				body("channel", "MEETING", "summary", "Met at school", "sent_at", "2025-01-14T15:00:00Z"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("channel").asString()).isEqualTo("MEETING");
		assertThat(reply.json().get("summary").asString()).isEqualTo("Met at school");
		assertThat(reply.json().get("sent_at").asString()).isEqualTo("2025-01-14T15:00:00Z");
		assertThat(reply.json().get("parent_id").asLong()).isEqualTo(this.w.parentX().id());
		assertThat(this.teacherA.get("/api/parent-communications/" + id).json()).isEqualTo(reply.json());
	}

	@Test
	void refusesToReaddressToAParentWhoIsNotAGuardian() {
		long id = parentCommunication(this.teacherA, this.w.parentX(), this.w.studentX(), "EMAIL",
				"2025-01-13T09:00:00Z");

		Api.Reply reply = this.admin.patch("/api/parent-communications/" + id,
				body("parent_id", this.w.parentY().id(), "summary", "Changed"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly(
				"parent_id: user " + this.w.parentY().id() + " is not a guardian of student " + this.w.studentX().id());
		JsonNode stored = this.admin.get("/api/parent-communications/" + id).json();
		assertThat(stored.get("parent_id").asLong()).isEqualTo(this.w.parentX().id());
		assertThat(stored.get("summary").asString()).isEqualTo("Talked about Xena");
	}

	@Test
	void deletesACommunication() {
		long id = parentCommunication(this.teacherA, this.w.parentX(), this.w.studentX(), "EMAIL",
				"2025-01-13T09:00:00Z");

		assertThat(this.teacherA.delete("/api/parent-communications/" + id).status()).isEqualTo(204);

		assertThat(this.teacherA.get("/api/parent-communications/" + id).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/parent-communications").json().get("count").asInt()).isZero();
	}

	private List<Long> listed(String caller, String query) {
		return this.api.as(this.w.token(caller))
			.get("/api/parent-communications" + query)
			.json()
			.get("results")
			.valueStream()
			.map((node) -> node.get("id").asLong())
			.toList();
	}

	private static List<String> errors(Api.Reply reply) {
		return reply.json()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString() + ": " + error.get("message").asString())
			.toList();
	}

}
