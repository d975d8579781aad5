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
import static org.classlytics.support.MessagingFixtures.message;
import static org.classlytics.support.MessagingFixtures.room;

@IntegrationTest
class ChatApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller admin;

	private Api.Caller teacherA;

	private Api.Caller studentX;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.teacherA = this.api.as(this.w.token("teacherA"));
		this.studentX = this.api.as(this.w.token("studentX"));
	}

	@Test
	void opensARoomWithTheCreatorAsParticipant() {
		Instant before = Instant.now();

		Api.Reply reply = this.teacherA.post("/api/chat-rooms", body("name", "Maths 9A", "participant_ids",
				List.of(this.w.studentX().id(), this.w.parentX().id(), this.w.studentX().id())));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode room = reply.json();
		assertThat(room.get("id").asLong()).isPositive();
		assertThat(room.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(room.get("name").asString()).isEqualTo("Maths 9A");
		assertThat(room.get("created_by").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(Instant.parse(room.get("created_at").asString())).isBetween(before.minusSeconds(1),
				Instant.now().plusSeconds(1));
		assertThat(ids(room.get("participant_ids"))).containsExactly(this.w.teacherA().id(), this.w.parentX().id(),
				this.w.studentX().id());
		assertThat(this.teacherA.get("/api/chat-rooms/" + room.get("id").asLong()).json()).isEqualTo(room);
	}

	@Test
	void refusesParticipantsOutOfTheCreatorsReach() {
		Api.Reply reply = this.teacherA.post("/api/chat-rooms", body("name", "Mixed", "participant_ids",
				List.of(this.w.studentX().id(), this.w.studentY().id(), 987654321L)));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("participant_ids");
		assertThat(reply.json().get("errors").get(0).get("message").asString())
			.isEqualTo("unknown or out of reach: " + this.w.studentY().id() + ", 987654321");
		assertThat(this.teacherA.get("/api/chat-rooms").json().get("count").asInt()).isZero();
	}

	@Test
	void letsAnAdminGatherAnyoneOfTheSchoolButNoOneElse() {
		Api.Reply reply = this.admin.post("/api/chat-rooms", body("name", "Staff", "participant_ids",
				List.of(this.w.teacherA().id(), this.w.teacherB().id(), this.w.tutorY().id())));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(ids(reply.json().get("participant_ids"))).containsExactly(this.w.admin().id(),
				this.w.teacherA().id(), this.w.teacherB().id(), this.w.tutorY().id());
		Api.Reply foreign = this.admin.post("/api/chat-rooms",
				body("name", "Foreign", "participant_ids", List.of(this.w.outsider().id())));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(fields(foreign)).containsExactly("participant_ids");
	}

	@Test
	void listsOnlyTheRoomsOneTakesPartIn() {
		long roomX = room(this.teacherA, "Room X", this.w.studentX());
		long roomY = room(this.api.as(this.w.token("teacherB")), "Room Y", this.w.studentY(), this.w.parentY());

		assertThat(roomIds("admin")).containsExactly(roomX, roomY);
		assertThat(roomIds("teacherA")).containsExactly(roomX);
		assertThat(roomIds("studentX")).containsExactly(roomX);
		assertThat(roomIds("parentY")).containsExactly(roomY);
		assertThat(roomIds("parentX")).isEmpty();
		assertThat(roomIds("tutorX")).isEmpty();
		JsonNode page = this.admin.get("/api/chat-rooms?page=2&page_size=1").json();
		assertThat(page.get("count").asInt()).isEqualTo(2);
		assertThat(page.get("results").get(0).get("name").asString()).isEqualTo("Room Y");
	}

	@Test
	void renamesARoomAndReplacesItsParticipantsKeepingTheCreator() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());

		Api.Reply reply = this.teacherA.patch("/api/chat-rooms/" + roomId,
				body("name", "Parents of 9A", "participant_ids", List.of(this.w.parentX().id())));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("name").asString()).isEqualTo("Parents of 9A");
		assertThat(ids(reply.json().get("participant_ids"))).containsExactly(this.w.teacherA().id(),
				this.w.parentX().id());
		assertThat(this.studentX.get("/api/chat-rooms/" + roomId).status()).isEqualTo(404);
	}

	@Test
	void leavesAbsentFieldsAloneOnPatch() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());

		Api.Reply reply = this.teacherA.patch("/api/chat-rooms/" + roomId, body("name", "Renamed"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(ids(reply.json().get("participant_ids"))).containsExactly(this.w.teacherA().id(),
				this.w.studentX().id());
		Api.Reply blank = this.teacherA.patch("/api/chat-rooms/" + roomId, body("name", "  "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(fields(blank)).containsExactly("name");
		assertThat(this.teacherA.get("/api/chat-rooms/" + roomId).json().get("name").asString()).isEqualTo("Renamed");
	}

	@Test
	void refusesANewParticipantOutOfReachAndChangesNothing() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());

		Api.Reply reply = this.teacherA.patch("/api/chat-rooms/" + roomId,
				body("name", "Renamed", "participant_ids", List.of(this.w.studentX().id(), this.w.parentY().id())));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("participant_ids");
		JsonNode room = this.teacherA.get("/api/chat-rooms/" + roomId).json();
		assertThat(room.get("name").asString()).isEqualTo("Room X");
		assertThat(ids(room.get("participant_ids"))).containsExactly(this.w.teacherA().id(), this.w.studentX().id());
	}

	@Test
	void deletesARoomWithItsMessages() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());
		long messageId = message(this.studentX, roomId, "Hello", "2025-01-15T09:00:00Z");

		assertThat(this.teacherA.delete("/api/chat-rooms/" + roomId).status()).isEqualTo(204);

		assertThat(this.admin.get("/api/chat-rooms/" + roomId).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/messages/" + messageId).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/chat-rooms").json().get("count").asInt()).isZero();
	}

	@Test
	void postsAMessageAsTheCaller() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX(), this.w.parentX());

		Api.Reply reply = this.studentX.post("/api/messages",
				body("room_id", roomId, "body", "Is the test on Friday?", "sent_at", "2025-01-15T09:30:00Z"));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode message = reply.json();
		assertThat(message.get("room_id").asLong()).isEqualTo(roomId);
		assertThat(message.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(message.get("sender_id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(message.get("body").asString()).isEqualTo("Is the test on Friday?");
		assertThat(message.get("sent_at").asString()).isEqualTo("2025-01-15T09:30:00Z");
		assertThat(this.api.as(this.w.token("parentX")).get("/api/messages/" + message.get("id").asLong()).json())
			.isEqualTo(message);
	}

	@Test
	void sendsNowWhenNoInstantIsGiven() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());
		Instant before = Instant.now();

		Api.Reply reply = this.studentX.post("/api/messages", body("room_id", roomId, "body", "Now"));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(Instant.parse(reply.json().get("sent_at").asString())).isBetween(before.minusSeconds(1),
				Instant.now().plusSeconds(1));
	}

	@Test
	void listsARoomsMessagesOldestFirstInPages() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());
		message(this.studentX, roomId, "second", "2025-01-15T10:00:00Z");
		message(this.teacherA, roomId, "third", "2025-01-15T11:00:00Z");
		message(this.teacherA, roomId, "first", "2025-01-15T09:00:00Z");

		JsonNode all = this.studentX.get("/api/messages?room_id=" + roomId).json();
		JsonNode second = this.studentX.get("/api/messages?room_id=" + roomId + "&page=2&page_size=2").json();

		assertThat(all.get("count").asInt()).isEqualTo(3);
		assertThat(all.get("results")).extracting((node) -> node.get("body").asString())
			.containsExactly("first", "second", "third");
		assertThat(second.get("count").asInt()).isEqualTo(3);
		assertThat(second.get("results")).extracting((node) -> node.get("body").asString()).containsExactly("third");
	}

	@Test
	void letsAnAdminLoadHistoryOnBehalfOfAParticipant() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());

		Api.Reply reply = this.admin.post("/api/messages", body("room_id", roomId, "body", "From the old system",
				"sent_at", "2024-10-01T08:00:00Z", "sender_id", this.w.studentX().id()));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("sender_id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(reply.json().get("sent_at").asString()).isEqualTo("2024-10-01T08:00:00Z");
	}

	@Test
	void refusesASenderWhoDoesNotTakePartInTheRoom() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());

		Api.Reply onBehalf = this.admin.post("/api/messages",
				body("room_id", roomId, "body", "Hi", "sender_id", this.w.studentY().id()));
		Api.Reply asThemself = this.admin.post("/api/messages", body("room_id", roomId, "body", "Hi"));

		assertThat(onBehalf.status()).isEqualTo(400);
		assertThat(fields(onBehalf)).containsExactly("sender_id");
		assertThat(onBehalf.json().get("errors").get(0).get("message").asString())
			.isEqualTo("user " + this.w.studentY().id() + " does not take part in room " + roomId);
		assertThat(asThemself.status()).isEqualTo(400);
		assertThat(fields(asThemself)).containsExactly("sender_id");
		assertThat(this.admin.get("/api/messages?room_id=" + roomId).json().get("count").asInt()).isZero();
	}

	@Test
	void refusesToSendAsSomeoneElse() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());

		Api.Reply reply = this.teacherA.post("/api/messages",
				body("room_id", roomId, "body", "Hi", "sender_id", this.w.studentX().id()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("sender_id");
		assertThat(reply.json().get("errors").get(0).get("message").asString())
			.isEqualTo("you may only send messages as yourself");
	}

	@Test
	void answersNotFoundForARoomOneIsNotIn() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());
		Api.Caller studentY = this.api.as(this.w.token("studentY"));

		Api.Reply notIn = studentY.post("/api/messages", body("room_id", roomId, "body", "Let me in"));
		Api.Reply missing = this.studentX.post("/api/messages", body("room_id", 987654321L, "body", "Anyone?"));

		assertThat(notIn.status()).isEqualTo(404);
		assertThat(notIn.json().get("detail").asString()).isEqualTo("Chat room " + roomId + " was not found");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(studentY.get("/api/messages?room_id=" + roomId).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/messages?room_id=" + roomId).json().get("count").asInt()).isZero();
	}

	@Test
	void deletesOnlyOnesOwnMessages() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());
		long fromStudent = message(this.studentX, roomId, "Mine", "2025-01-15T09:00:00Z");
		long fromTeacher = message(this.teacherA, roomId, "Theirs", "2025-01-15T10:00:00Z");

		assertThat(this.studentX.delete("/api/messages/" + fromTeacher).status()).isEqualTo(403);
		assertThat(this.studentX.delete("/api/messages/" + fromStudent).status()).isEqualTo(204);

		assertThat(this.studentX.get("/api/messages/" + fromStudent).status()).isEqualTo(404);
		assertThat(this.studentX.get("/api/messages?room_id=" + roomId).json().get("results"))
			.extracting((node) -> node.get("id").asLong())
			.containsExactly(fromTeacher);
	}

	@Test
	void refusesMalformedJson() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());

		Api.Reply reply = this.studentX.send("POST", "/api/messages", "{\"room_id\": " + roomId + ", \"body\": ",
				"application/json");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("detail").asString()).startsWith("Malformed JSON");
		assertThat(this.studentX.get("/api/messages?room_id=" + roomId).json().get("count").asInt()).isZero();
	}

	@Test
	void namesEveryMissingField() {
		Api.Reply message = this.studentX.post("/api/messages", body("sent_at", "2025-01-15T09:00:00Z"));
		Api.Reply room = this.teacherA.post("/api/chat-rooms", body());

		assertThat(message.status()).isEqualTo(400);
		assertThat(fields(message)).containsExactlyInAnyOrder("room_id", "body");
		assertThat(room.status()).isEqualTo(400);
		assertThat(fields(room)).containsExactlyInAnyOrder("name", "participant_ids");
	}

	@Test
	void refusesABadInstant() {
		long roomId = room(this.teacherA, "Room X", this.w.studentX());

		Api.Reply reply = this.studentX.post("/api/messages",
				body("room_id", roomId, "body", "Hi", "sent_at", "2025-01-32T09:00:00Z"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("sent_at");
		assertThat(reply.json().get("errors").get(0).get("message").asString())
			.isEqualTo("must be an RFC 3339 instant such as 2025-01-15T09:00:00Z");
	}

	@Test
	void requiresTheRoomWhenListingMessages() {
		Api.Reply missing = this.studentX.get("/api/messages");
		Api.Reply wrongType = this.studentX.get("/api/messages?room_id=abc");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("room_id");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(fields(wrongType)).containsExactly("room_id");
	}

	private List<Long> roomIds(String caller) {
		return this.api.as(this.w.token(caller))
			.get("/api/chat-rooms")
			.json()
			.get("results")
			.valueStream()
			.map((node) -> node.get("id").asLong())
			.toList();
	}

	private static List<Long> ids(JsonNode array) {
		return array.valueStream().map(JsonNode::asLong).toList();
	}

	private static List<String> fields(Api.Reply reply) {
		return reply.json().get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

}
