package org.classlytics.messaging;

import java.time.Instant;
import java.util.Set;

/**
 * A message was deleted, on its own or with its room. Carries the same facts as
 * {@link MessageSent}, so a consumer can take back exactly what it counted.
 */
public record MessageDeleted(long messageId, long schoolId, long roomId, long senderId, Instant sentAt,
		Set<Long> recipientIds) {

	public MessageDeleted {
		recipientIds = Set.copyOf(recipientIds);
	}

	static MessageDeleted of(ChatMessage message) {
		return new MessageDeleted(message.id(), message.schoolId(), message.roomId(), message.senderId(),
				message.sentAt(), message.recipientIds());
	}

}
