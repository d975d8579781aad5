package org.classlytics.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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
import static org.classlytics.support.MessagingFixtures.parentCommunication;

/**
 * Every write announces complete facts, once it has committed, and a refused write
 * announces nothing.
 */
@IntegrationTest
class MessagingEventTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MessagingEventLog events;

	private World w;

	private Api.Caller admin;

	private Api.Caller teacherA;

	private long school;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.teacherA = this.api.as(this.w.token("teacherA"));
		this.school = this.w.school().id();
	}

	@Test
	void announcesTheLifeOfARoom() {
		JsonNode created = this.teacherA
			.post("/api/chat-rooms",
					body("name", "Room X", "participant_ids", List.of(this.w.studentX().id(), this.w.parentX().id())))
			.json();
		long roomId = created.get("id").asLong();
		Instant createdAt = Instant.parse(created.get("created_at").asString());
		ChatRoom opened = new ChatRoom(roomId, this.school, "Room X", this.w.teacherA().id(), createdAt,
				Set.of(this.w.teacherA().id(), this.w.studentX().id(), this.w.parentX().id()));
		ChatRoom changed = new ChatRoom(roomId, this.school, "Room X and tutor", this.w.teacherA().id(), createdAt,
				Set.of(this.w.teacherA().id(), this.w.studentX().id(), this.w.tutorX().id()));

		this.admin.patch("/api/chat-rooms/" + roomId, body("name", "Room X and tutor", "participant_ids",
				List.of(this.w.studentX().id(), this.w.tutorX().id())));
		this.admin.delete("/api/chat-rooms/" + roomId);

		assertThat(this.events.ofSchool(this.school)).containsExactly(new ChatRoomCreated(opened),
				new ChatRoomChanged(changed, opened), new ChatRoomDeleted(changed, 0));
		ChatRoomChanged change = (ChatRoomChanged) this.events.ofSchool(this.school).get(1);
		assertThat(change.addedParticipantIds()).containsExactly(this.w.tutorX().id());
		assertThat(change.removedParticipantIds()).containsExactly(this.w.parentX().id());
	}

	@Test
	void announcesMessagesWithTheirRecipientsAtSendingTime() {
		long roomId = createdRoom();
		Api.Caller studentX = this.api.as(this.w.token("studentX"));
		long hello = message(studentX, roomId, "Hello", "2025-01-15T09:00:00Z");
		this.admin.patch("/api/chat-rooms/" + roomId, body("participant_ids", List.of(this.w.studentX().id())));
		long answer = message(this.teacherA, roomId, "Hi", "2025-01-15T09:05:00Z");

		this.api.as(this.w.token("studentX")).delete("/api/messages/" + hello);
		this.admin.delete("/api/chat-rooms/" + roomId);

		MessageSent helloSent = new MessageSent(hello, this.school, roomId, this.w.studentX().id(),
				Instant.parse("2025-01-15T09:00:00Z"), Set.of(this.w.teacherA().id(), this.w.parentX().id()));
		MessageSent answerSent = new MessageSent(answer, this.school, roomId, this.w.teacherA().id(),
				Instant.parse("2025-01-15T09:05:00Z"), Set.of(this.w.studentX().id()));
		assertThat(messageEvents()).containsExactly(helloSent, answerSent,
				new MessageDeleted(hello, this.school, roomId, this.w.studentX().id(),
						Instant.parse("2025-01-15T09:00:00Z"), Set.of(this.w.teacherA().id(), this.w.parentX().id())),
				new MessageDeleted(answer, this.school, roomId, this.w.teacherA().id(),
						Instant.parse("2025-01-15T09:05:00Z"), Set.of(this.w.studentX().id())));
		assertThat(this.events.ofSchool(this.school).get(this.events.ofSchool(this.school).size() - 1))
			.isInstanceOfSatisfying(ChatRoomDeleted.class, (deleted) -> assertThat(deleted.deletedMessages()).isOne());
	}

	@Test
	void announcesParentCommunicationsWithTheirPreviousFacts() {
		long id = parentCommunication(this.teacherA, this.w.parentX(), this.w.studentX(), "EMAIL",
				"2025-01-13T09:00:00Z");
		this.admin.patch("/api/parent-communications/" + id,
				body("channel", "PHONE", "sent_at", "2025-01-20T09:00:00Z"));
		this.teacherA.delete("/api/parent-communications/" + id);

		ParentCommunicationFacts recorded = new ParentCommunicationFacts(id, this.school, this.w.teacherA().id(),
				this.w.parentX().id(), this.w.studentX().id(), Instant.parse("2025-01-13T09:00:00Z"),
				CommunicationChannel.EMAIL);
		ParentCommunicationFacts corrected = new ParentCommunicationFacts(id, this.school, this.w.teacherA().id(),
				this.w.parentX().id(), this.w.studentX().id(), Instant.parse("2025-01-20T09:00:00Z"),
				CommunicationChannel.PHONE);
		assertThat(this.events.ofSchool(this.school)).containsExactly(new ParentCommunicationRecorded(recorded, null),
				new ParentCommunicationRecorded(corrected, recorded), new ParentCommunicationDeleted(corrected));
	}

	@Test
	void announcesNothingForARefusedWrite() {
		long roomId = createdRoom();
		int before = this.events.ofSchool(this.school).size();

		assertThat(this.teacherA
			.post("/api/parent-communications",
					body("parent_id", this.w.parentY().id(), "student_id", this.w.studentX().id(), "channel", "EMAIL",
							"summary", "Wrong family"))
			.status()).isEqualTo(400);
		assertThat(this.admin
			.post("/api/messages", body("room_id", roomId, "body", "Hi", "sender_id", this.w.studentY().id()))
			.status()).isEqualTo(400);
		assertThat(this.teacherA
			.patch("/api/chat-rooms/" + roomId, body("participant_ids", List.of(this.w.studentY().id())))
			.status()).isEqualTo(400);

		assertThat(this.events.ofSchool(this.school)).hasSize(before);
	}

	private long createdRoom() {
		return this.teacherA
			.post("/api/chat-rooms",
					body("name", "Room X", "participant_ids", List.of(this.w.studentX().id(), this.w.parentX().id())))
			.id();
	}

	private List<Object> messageEvents() {
		return this.events.ofSchool(this.school)
			.stream()
			.filter((event) -> event instanceof MessageSent || event instanceof MessageDeleted)
			.toList();
	}

}
