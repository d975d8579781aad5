package org.classlytics.messaging;

import java.time.Instant;
import java.util.Set;

/**
 * A message was posted.
 *
 * @param recipientIds the other participants of the room at the time: the people who
 * received it
 */
public record MessageSent(long messageId, long schoolId, long roomId, long senderId, Instant sentAt,
		Set<Long> recipientIds) {

	public MessageSent {
		recipientIds = Set.copyOf(recipientIds);
	}

	static MessageSent of(ChatMessage message) {
		return new MessageSent(message.id(), message.schoolId(), message.roomId(), message.senderId(), message.sentAt(),
				message.recipientIds());
	}

}
