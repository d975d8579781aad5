package org.classlytics.messaging;

import java.time.Instant;
import java.util.Set;

/**
 * A message of a chat room.
 *
 * @param recipientIds the other participants of the room when the message was sent
 */
public record ChatMessage(long id, long schoolId, long roomId, long senderId, String body, Instant sentAt,
		Set<Long> recipientIds) {

	public ChatMessage {
		recipientIds = Set.copyOf(recipientIds);
	}

}
