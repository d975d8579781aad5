package org.classlytics.messaging;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A message and the people who received it: the other participants of its room at the
 * moment it was sent. Messages are never edited.
 */
@Table("chat_messages")
class ChatMessageEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long roomId;

	private final long senderId;

	private final String body;

	private final Instant sentAt;

	@MappedCollection(idColumn = "message_id")
	private final Set<MessageRecipient> recipients;

	@PersistenceCreator
	ChatMessageEntity(Long id, long schoolId, long roomId, long senderId, String body, Instant sentAt,
			Set<MessageRecipient> recipients) {
		this.id = id;
		this.schoolId = schoolId;
		this.roomId = roomId;
		this.senderId = senderId;
		this.body = body;
		this.sentAt = sentAt;
		this.recipients = (recipients != null) ? new LinkedHashSet<>(recipients) : new LinkedHashSet<>();
	}

	static ChatMessageEntity send(ChatRoomEntity room, long senderId, String body, Instant sentAt) {
		if (!room.hasParticipant(senderId)) {
			throw InvalidInputException.field("sender_id",
					"user " + senderId + " does not take part in room " + room.id());
		}
		Set<MessageRecipient> recipients = room.participantIds()
			.stream()
			.filter((personId) -> personId != senderId)
			.map((personId) -> new MessageRecipient(personId, sentAt))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new ChatMessageEntity(null, room.schoolId(), room.id(), senderId, body, sentAt, recipients);
	}

	long roomId() {
		return this.roomId;
	}

	long senderId() {
		return this.senderId;
	}

	Set<Long> recipientIds() {
		return this.recipients.stream().map(MessageRecipient::recipientId).collect(Collectors.toSet());
	}

	ChatMessage toMessage() {
		return new ChatMessage(this.id, this.schoolId, this.roomId, this.senderId, this.body, this.sentAt,
				recipientIds());
	}

}
