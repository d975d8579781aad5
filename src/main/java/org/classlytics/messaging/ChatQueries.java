package org.classlytics.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads rooms and messages with set-based SQL: a page of rooms or messages, and the
 * participants or recipients of the whole page, in one query each.
 */
@Component
class ChatQueries {

	private final JdbcClient jdbc;

	ChatQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rooms the caller takes part in; an admin's are all the rooms of the school.
	 */
	Paged<ChatRoom> rooms(Actor actor, PageQuery page) {
		String where = "r.school_id = :school AND " + (actor.isAdmin() ? "TRUE"
				: "r.id IN (SELECT p.room_id FROM chat_room_participants p WHERE p.person_id = :me)");
		long count = this.jdbc.sql("SELECT COUNT(*) FROM chat_rooms r WHERE " + where)
			.param("school", actor.schoolId())
			.param("me", actor.userId())
			.query(Long.class)
			.single();
		List<RoomRow> rows = this.jdbc
			.sql("""
					SELECT r.id, r.school_id, r.name, r.created_by, r.created_at FROM chat_rooms r WHERE\s""" + where
					+ " ORDER BY r.id LIMIT :limit OFFSET :offset")
			.param("school", actor.schoolId())
			.param("me", actor.userId())
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query((rs, n) -> new RoomRow(rs.getLong("id"), rs.getLong("school_id"), rs.getString("name"),
					rs.getLong("created_by"), MessagingRows.instant(rs, "created_at")))
			.list();
		Map<Long, Set<Long>> participants = participantsOf(rows.stream().map(RoomRow::id).toList());
		return new Paged<>(count,
				rows.stream()
					.map((row) -> new ChatRoom(row.id(), row.schoolId(), row.name(), row.createdBy(), row.createdAt(),
							participants.getOrDefault(row.id(), Set.of())))
					.toList());
	}

	/**
	 * A room's messages, oldest first.
	 */
	Paged<ChatMessage> messages(long roomId, PageQuery page) {
		long count = this.jdbc.sql("SELECT COUNT(*) FROM chat_messages WHERE room_id = ?")
			.param(roomId)
			.query(Long.class)
			.single();
		return new Paged<>(count,
				withRecipients(this.jdbc.sql("""
						SELECT id, school_id, room_id, sender_id, body, sent_at FROM chat_messages
						WHERE room_id = :room ORDER BY sent_at, id LIMIT :limit OFFSET :offset""")
					.param("room", roomId)
					.param("limit", page.limit())
					.param("offset", page.offset())
					.query(ChatQueries::messageRow)
					.list()));
	}

	List<ChatMessage> allMessagesOf(long roomId) {
		return withRecipients(this.jdbc.sql("""
				SELECT id, school_id, room_id, sender_id, body, sent_at FROM chat_messages
				WHERE room_id = ? ORDER BY sent_at, id""").param(roomId).query(ChatQueries::messageRow).list());
	}

	void deleteAllMessagesOf(long roomId) {
		this.jdbc.sql("""
				DELETE FROM chat_message_recipients
				WHERE message_id IN (SELECT id FROM chat_messages WHERE room_id = ?)""").param(roomId).update();
		this.jdbc.sql("DELETE FROM chat_messages WHERE room_id = ?").param(roomId).update();
	}

	/**
	 * Messages each person sent, and messages others sent to rooms the person took part
	 * in, with sent_at from {@code from} up to but excluding {@code to}: one query for
	 * the whole set.
	 */
	Map<Long, ChatActivity> activity(Collection<Long> personIds, Instant from, Instant to) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, ChatActivity> activity = new HashMap<>();
		personIds.forEach((personId) -> activity.put(personId, ChatActivity.NONE));
		this.jdbc.sql("""
				SELECT person_id, SUM(sent) AS sent, SUM(received) AS received FROM (
				    SELECT m.sender_id AS person_id, 1 AS sent, 0 AS received FROM chat_messages m
				    WHERE m.sender_id IN (:people) AND m.sent_at >= :from AND m.sent_at < :to
				    UNION ALL
				    SELECT r.recipient_id AS person_id, 0 AS sent, 1 AS received FROM chat_message_recipients r
				    WHERE r.recipient_id IN (:people) AND r.sent_at >= :from AND r.sent_at < :to
				) activity GROUP BY person_id""")
			.param("people", List.copyOf(new HashSet<>(personIds)))
			.param("from", MessagingRows.param(from))
			.param("to", MessagingRows.param(to))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new ChatActivity(rs.getLong("sent"), rs.getLong("received"))))
			.list()
			.forEach((entry) -> activity.put(entry.getKey(), entry.getValue()));
		return Map.copyOf(activity);
	}

	private Map<Long, Set<Long>> participantsOf(Collection<Long> roomIds) {
		if (roomIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT room_id, person_id FROM chat_room_participants WHERE room_id IN (:rooms)")
			.param("rooms", List.copyOf(roomIds))
			.query((rs, n) -> Map.entry(rs.getLong("room_id"), rs.getLong("person_id")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
	}

	private List<ChatMessage> withRecipients(List<MessageRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<Long>> recipients = this.jdbc
			.sql("SELECT message_id, recipient_id FROM chat_message_recipients WHERE message_id IN (:messages)")
			.param("messages", rows.stream().map(MessageRow::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong("message_id"), rs.getLong("recipient_id")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
		return rows.stream()
			.map((row) -> new ChatMessage(row.id(), row.schoolId(), row.roomId(), row.senderId(), row.body(),
					row.sentAt(), recipients.getOrDefault(row.id(), Set.of())))
			.toList();
	}

	private static MessageRow messageRow(ResultSet rs, int n) throws SQLException {
		return new MessageRow(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("room_id"), rs.getLong("sender_id"),
				rs.getString("body"), MessagingRows.instant(rs, "sent_at"));
	}

	private record RoomRow(long id, long schoolId, String name, long createdBy, Instant createdAt) {

	}

	private record MessageRow(long id, long schoolId, long roomId, long senderId, String body, Instant sentAt) {

	}

}
