package org.classlytics.messaging;

import java.time.Clock;
import java.time.Instant;

import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and removes messages. Everyone writes as themself into the rooms they take part
 * in; an admin may post on behalf of a participant, to load history.
 */
@Service
@Transactional
class MessageService {

	private final ChatMessageRepository messages;

	private final ChatRoomService rooms;

	private final ChatQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MessageService(ChatMessageRepository messages, ChatRoomService rooms, ChatQueries queries,
			ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.rooms = rooms;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	ChatMessage send(Actor actor, NewMessage message) {
		ChatRoomEntity room = this.rooms.visible(actor, message.roomId());
		long senderId = sender(actor, message.senderId());
		Instant sentAt = (message.sentAt() != null) ? message.sentAt() : this.clock.instant();
		ChatMessage sent = this.messages.save(ChatMessageEntity.send(room, senderId, message.body(), sentAt))
			.toMessage();
		this.events.publishEvent(MessageSent.of(sent));
		return sent;
	}

	@Transactional(readOnly = true)
	Paged<ChatMessage> list(Actor actor, long roomId, PageQuery page) {
		this.rooms.visible(actor, roomId);
		return this.queries.messages(roomId, page);
	}

	@Transactional(readOnly = true)
	ChatMessage get(Actor actor, long messageId) {
		return visible(actor, messageId).toMessage();
	}

	void delete(Actor actor, long messageId) {
		ChatMessageEntity message = visible(actor, messageId);
		if (!actor.isAdmin() && message.senderId() != actor.userId()) {
			throw new ForbiddenException("Only the sender of a message or an admin may delete it");
		}
		this.messages.delete(message);
		this.events.publishEvent(MessageDeleted.of(message.toMessage()));
	}

	/**
	 * A message is visible with its room: to the room's participants and the school's
	 * admins.
	 */
	private ChatMessageEntity visible(Actor actor, long messageId) {
		return this.messages.findById(messageId)
			.filter((message) -> this.rooms.findVisible(actor, message.roomId()).isPresent())
			.orElseThrow(() -> NotFoundException.of("Message", messageId));
	}

	private static long sender(Actor actor, Long senderId) {
		if (senderId == null) {
			return actor.userId();
		}
		if (!actor.isAdmin() && senderId != actor.userId()) {
			throw InvalidInputException.field("sender_id", "you may only send messages as yourself");
		}
		return senderId;
	}

	record NewMessage(long roomId, String body, Instant sentAt, Long senderId) {

	}

}
