package org.classlytics.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classlytics.platform.LocalPeriod;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read from messaging. Set-based: each method answers for a whole
 * set of people in one query. Periods run from {@code from} up to but excluding
 * {@code to}.
 */
@Service
@Transactional(readOnly = true)
public class Messaging {

	private final ChatRoomRepository rooms;

	private final ChatMessageRepository messages;

	private final ParentCommunicationRepository communications;

	private final ChatQueries chat;

	private final ParentCommunicationQueries parentCommunications;

	Messaging(ChatRoomRepository rooms, ChatMessageRepository messages, ParentCommunicationRepository communications,
			ChatQueries chat, ParentCommunicationQueries parentCommunications) {
		this.rooms = rooms;
		this.messages = messages;
		this.communications = communications;
		this.chat = chat;
		this.parentCommunications = parentCommunications;
	}

	public Optional<ChatRoom> room(long roomId) {
		return this.rooms.findById(roomId).map(ChatRoomEntity::toRoom);
	}

	public Optional<ChatMessage> message(long messageId) {
		return this.messages.findById(messageId).map(ChatMessageEntity::toMessage);
	}

	public Optional<ParentCommunication> parentCommunication(long communicationId) {
		return this.communications.findById(communicationId).map(ParentCommunicationEntity::toCommunication);
	}

	/**
	 * Chat messages each person sent, and received (sent by others to a room the person
	 * took part in when the message was sent) in the period. Every requested person is in
	 * the map, with zeros when there was nothing.
	 */
	public Map<Long, ChatActivity> chatActivity(Collection<Long> personIds, Instant from, Instant to) {
		return this.chat.activity(personIds, from, to);
	}

	/**
	 * {@link #chatActivity(Collection, Instant, Instant)} over local days, such as an ISO
	 * week ({@code LocalPeriod.of(week)}) in the school's zone.
	 */
	public Map<Long, ChatActivity> chatActivity(Collection<Long> personIds, LocalPeriod period, ZoneId zone) {
		return chatActivity(personIds, period.startIn(zone), period.endExclusiveIn(zone));
	}

	/**
	 * How many parent communications each teacher sent in the period; every requested
	 * teacher is in the map.
	 */
	public Map<Long, Long> parentCommunicationCounts(Collection<Long> teacherIds, Instant from, Instant to) {
		return this.parentCommunications.countsByTeacher(teacherIds, from, to);
	}

	/**
	 * The teachers' parent communications sent in the period, oldest first: what a
	 * rebuild needs to place each one in its teacher's local week.
	 */
	public List<ParentCommunicationFacts> parentCommunications(Collection<Long> teacherIds, Instant from, Instant to) {
		return this.parentCommunications.factsOfTeachers(teacherIds, from, to);
	}

}
