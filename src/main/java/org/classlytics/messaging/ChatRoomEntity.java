package org.classlytics.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A chat room and its participants. The creator always takes part, whatever a change of
 * participants says, so a room never loses the person who manages it.
 */
@Table("chat_rooms")
class ChatRoomEntity {

	@Id
	private Long id;

	private final long schoolId;

	private String name;

	private final long createdBy;

	private final Instant createdAt;

	@MappedCollection(idColumn = "room_id")
	private Set<RoomParticipant> participants;

	@PersistenceCreator
	ChatRoomEntity(Long id, long schoolId, String name, long createdBy, Instant createdAt,
			Set<RoomParticipant> participants) {
		this.id = id;
		this.schoolId = schoolId;
		this.name = name;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.participants = (participants != null) ? new LinkedHashSet<>(participants) : new LinkedHashSet<>();
	}

	static ChatRoomEntity open(long schoolId, String name, long createdBy, Collection<Long> participantIds,
			Instant now) {
		ChatRoomEntity room = new ChatRoomEntity(null, schoolId, name, createdBy, now, Set.of());
		room.replaceParticipants(participantIds);
		return room;
	}

	void rename(String name) {
		this.name = name;
	}

	void replaceParticipants(Collection<Long> participantIds) {
		this.participants.clear();
		this.participants.add(new RoomParticipant(this.createdBy));
		participantIds.forEach((personId) -> this.participants.add(new RoomParticipant(personId)));
	}

	boolean hasParticipant(long personId) {
		return this.participants.contains(new RoomParticipant(personId));
	}

	/**
	 * Whether the person may rename the room, change its participants or delete it.
	 */
	boolean isManagedBy(long personId) {
		return this.createdBy == personId;
	}

	Set<Long> participantIds() {
		return this.participants.stream()
			.map(RoomParticipant::personId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	ChatRoom toRoom() {
		return new ChatRoom(this.id, this.schoolId, this.name, this.createdBy, this.createdAt, participantIds());
	}

}
