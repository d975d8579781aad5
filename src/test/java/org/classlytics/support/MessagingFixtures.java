package org.classlytics.support;

import java.util.Arrays;

import org.classlytics.roster.Person;

import static org.classlytics.support.Api.body;

/**
 * Chat rooms, messages and parent communications for tests, written through the API as a
 * client would. Each helper fails loudly when the write is refused.
 */
public final class MessagingFixtures {

	private MessagingFixtures() {
	}

	/**
	 * A room opened by the caller (who takes part anyway) with the given participants.
	 */
	public static long room(Api.Caller creator, String name, Person... participants) {
		return created(creator.post("/api/chat-rooms",
				body("name", name, "participant_ids", Arrays.stream(participants).map(Person::id).toList())));
	}

	/**
	 * A message from the caller, sent at an RFC 3339 instant.
	 */
	public static long message(Api.Caller sender, long roomId, String text, String sentAt) {
		return created(sender.post("/api/messages", body("room_id", roomId, "body", text, "sent_at", sentAt)));
	}

	/**
	 * A message an admin loads on behalf of a participant.
	 */
	public static long messageAs(Api.Caller admin, long roomId, Person sender, String sentAt) {
		return created(admin.post("/api/messages", body("room_id", roomId, "body", "Message from " + sender.firstName(),
				"sent_at", sentAt, "sender_id", sender.id())));
	}

	/**
	 * A communication the calling teacher records with a guardian of the student.
	 */
	public static long parentCommunication(Api.Caller teacher, Person parent, Person student, String channel,
			String sentAt) {
		return created(
				teacher.post("/api/parent-communications", body("parent_id", parent.id(), "student_id", student.id(),
						"channel", channel, "summary", "Talked about " + student.firstName(), "sent_at", sentAt)));
	}

	private static long created(Api.Reply reply) {
		if (reply.status() != 201) {
			throw new IllegalStateException("Expected 201 but got " + reply);
		}
		return reply.id();
	}

}
