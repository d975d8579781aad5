package org.classlytics.messaging;

import java.util.List;
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
import static org.classlytics.support.Api.body;
import static org.classlytics.support.MessagingFixtures.message;
import static org.classlytics.support.MessagingFixtures.parentCommunication;
import static org.classlytics.support.MessagingFixtures.room;

/**
 * Every messaging endpoint against every role. The room of the matrix was opened by
 * teacherA with studentX and parentX, and an admin added tutorX: so teacherA owns it,
 * tutorX, parentX and studentX take part without owning it, and the Y side is outside.
 */
@IntegrationTest
class MessagingAuthorizationTests {

	private static final String EVERYONE_200 = "admin=200 teacherA=200 teacherB=200 tutorX=200 tutorY=200 "
			+ "parentX=200 parentY=200 studentX=200 studentY=200 outsider=200";

	private static final String IN_THE_ROOM_200 = "admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 "
			+ "parentX=200 parentY=404 studentX=200 studentY=404 outsider=404";

	private static final String NOT_AN_ORGANISER = "parentX=403 parentY=403 studentX=403 studentY=403";

	private static final String NOT_A_TEACHER = "tutorX=403 tutorY=403 parentX=403 parentY=403 studentX=403 "
			+ "studentY=403";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@TestFactory
	Stream<DynamicTest> chatRooms() {
		World w = World.create(this.fixtures);
		long roomId = roomOfTeacherA(w);
		return new AccessMatrix(this.api, w).row("list rooms", get("/api/chat-rooms"), EVERYONE_200)
			.row("read a room", get("/api/chat-rooms/" + roomId), IN_THE_ROOM_200)
			.row("open a room with oneself",
					post("/api/chat-rooms", body("name", "Solo", "participant_ids", List.of())),
					"admin=201 teacherA=201 teacherB=201 tutorX=201 tutorY=201 outsider=201 " + NOT_AN_ORGANISER)
			.row("open a room with studentX",
					post("/api/chat-rooms", body("name", "With X", "participant_ids", List.of(w.studentX().id()))),
					"admin=201 teacherA=201 teacherB=400 tutorX=201 tutorY=400 outsider=400 " + NOT_AN_ORGANISER)
			.row("rename a room", patch("/api/chat-rooms/" + roomId, body("name", "Renamed")),
					"admin=200 teacherA=200 teacherB=404 tutorX=403 tutorY=404 outsider=404 " + NOT_AN_ORGANISER)
			.row("delete a room", (caller) -> delete("/api/chat-rooms/" + roomOfTeacherA(w)),
					"admin=204 teacherA=204 teacherB=404 tutorX=403 tutorY=404 outsider=404 " + NOT_AN_ORGANISER)
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> messages() {
		World w = World.create(this.fixtures);
		long roomId = roomOfTeacherA(w);
		long messageOfX = message(this.api.as(w.token("studentX")), roomId, "Hello", "2025-01-15T09:00:00Z");
		return new AccessMatrix(this.api, w)
			.row("list a room's messages", get("/api/messages?room_id=" + roomId), IN_THE_ROOM_200)
			.row("read a message", get("/api/messages/" + messageOfX), IN_THE_ROOM_200)
			.row("send a message as oneself", post("/api/messages", body("room_id", roomId, "body", "Hi")),
					"admin=400 teacherA=201 teacherB=404 tutorX=201 tutorY=404 parentX=201 parentY=404 "
							+ "studentX=201 studentY=404 outsider=404")
			.row("send a message as studentX",
					post("/api/messages", body("room_id", roomId, "body", "Hi", "sender_id", w.studentX().id())),
					"admin=201 teacherA=400 teacherB=404 tutorX=400 tutorY=404 parentX=400 parentY=404 "
							+ "studentX=201 studentY=404 outsider=404")
			.row("delete studentX's message",
					(caller) -> delete("/api/messages/"
							+ message(this.api.as(w.token("studentX")), roomId, "Bye", "2025-01-15T10:00:00Z")),
					"admin=204 teacherA=403 teacherB=404 tutorX=403 tutorY=404 parentX=403 parentY=404 "
							+ "studentX=204 studentY=404 outsider=404")
			.tests();
	}

	@TestFactory
	Stream<DynamicTest> parentCommunications() {
		World w = World.create(this.fixtures);
		Api.Caller teacherA = this.api.as(w.token("teacherA"));
		long aboutX = parentCommunication(teacherA, w.parentX(), w.studentX(), "EMAIL", "2025-01-15T09:00:00Z");
		return new AccessMatrix(this.api, w)
			.row("list communications", get("/api/parent-communications"),
					"admin=200 teacherA=200 teacherB=200 parentX=200 parentY=200 outsider=200 tutorX=403 tutorY=403 "
							+ "studentX=403 studentY=403")
			.row("read a communication", get("/api/parent-communications/" + aboutX),
					"admin=200 teacherA=200 teacherB=404 parentX=200 parentY=404 outsider=404 tutorX=403 tutorY=403 "
							+ "studentX=403 studentY=403")
			.row("record a communication",
					post("/api/parent-communications",
							body("parent_id", w.parentX().id(), "student_id", w.studentX().id(), "channel", "PHONE",
									"summary", "Called")),
					"admin=400 teacherA=201 teacherB=400 outsider=400 " + NOT_A_TEACHER)
			.row("record a communication for teacherA",
					post("/api/parent-communications",
							body("parent_id", w.parentX().id(), "student_id", w.studentX().id(), "teacher_id",
									w.teacherA().id(), "channel", "PHONE", "summary", "Called")),
					"admin=201 teacherA=201 teacherB=400 outsider=400 " + NOT_A_TEACHER)
			.row("correct a communication", patch("/api/parent-communications/" + aboutX, body("summary", "Emailed")),
					"admin=200 teacherA=200 teacherB=404 outsider=404 " + NOT_A_TEACHER)
			.row("delete a communication",
					(caller) -> delete("/api/parent-communications/" + parentCommunication(teacherA, w.parentX(),
							w.studentX(), "MEETING", "2025-01-16T09:00:00Z")),
					"admin=204 teacherA=204 teacherB=404 outsider=404 " + NOT_A_TEACHER)
			.tests();
	}

	/**
	 * A room opened by teacherA with studentX and parentX, to which an admin added tutorX
	 * (whom a teacher cannot reach).
	 */
	private long roomOfTeacherA(World w) {
		long roomId = room(this.api.as(w.token("teacherA")), "Room of X", w.studentX(), w.parentX());
		Api.Reply reply = this.api.as(w.token("admin"))
			.patch("/api/chat-rooms/" + roomId,
					body("participant_ids", List.of(w.studentX().id(), w.parentX().id(), w.tutorX().id())));
		if (reply.status() != 200) {
			throw new IllegalStateException("Could not add the tutor: " + reply);
		}
		return roomId;
	}

}
