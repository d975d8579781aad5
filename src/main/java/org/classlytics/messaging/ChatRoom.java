package org.classlytics.messaging;

import java.time.Instant;
import java.util.Set;

/**
 * A chat room as other modules see it. The creator is always one of the participants.
 */
public record ChatRoom(long id, long schoolId, String name, long createdBy, Instant createdAt,
		Set<Long> participantIds) {

	public ChatRoom {
		participantIds = Set.copyOf(participantIds);
	}

	public boolean hasParticipant(long personId) {
		return this.participantIds.contains(personId);
	}

}
