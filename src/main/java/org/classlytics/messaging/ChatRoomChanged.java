package org.classlytics.messaging;

import java.util.HashSet;
import java.util.Set;

/**
 * A room was renamed or its participants were replaced; {@code previous} is the room
 * before the change. Messages already sent keep their recipients.
 */
public record ChatRoomChanged(ChatRoom room, ChatRoom previous) {

	public Set<Long> addedParticipantIds() {
		Set<Long> added = new HashSet<>(this.room.participantIds());
		added.removeAll(this.previous.participantIds());
		return Set.copyOf(added);
	}

	public Set<Long> removedParticipantIds() {
		Set<Long> removed = new HashSet<>(this.previous.participantIds());
		removed.removeAll(this.room.participantIds());
		return Set.copyOf(removed);
	}

}
