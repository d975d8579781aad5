package org.classlytics.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.classlytics.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChatRulesTests {

	private static final Instant NOW = Instant.parse("2025-01-15T09:00:00Z");

	@Test
	void theCreatorAlwaysTakesPart() {
		ChatRoomEntity room = ChatRoomEntity.open(1, "Room", 10, List.of(11L, 12L), NOW);

		room.replaceParticipants(List.of(12L, 13L));

		assertThat(room.participantIds()).containsExactlyInAnyOrder(10L, 12L, 13L);
		assertThat(room.isManagedBy(10)).isTrue();
		assertThat(room.isManagedBy(12)).isFalse();
	}

	@Test
	void aMessageReachesEveryOtherParticipant() {
		ChatRoomEntity room = savedRoom(10L, 11L, 12L);

		ChatMessageEntity message = ChatMessageEntity.send(room, 11, "Hi", NOW);

		assertThat(message.senderId()).isEqualTo(11);
		assertThat(message.roomId()).isEqualTo(7);
		assertThat(message.recipientIds()).containsExactlyInAnyOrder(10L, 12L);
	}

	@Test
	void onlyAParticipantMaySend() {
		ChatRoomEntity room = savedRoom(10L, 11L);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> ChatMessageEntity.send(room, 99, "Hi", NOW))
			.satisfies((ex) -> assertThat(ex.errors()).extracting("field").containsExactly("sender_id"));
	}

	@Test
	void aChangeNamesWhoJoinedAndWhoLeft() {
		ChatRoom before = new ChatRoom(1, 1, "Room", 10, NOW, Set.of(10L, 11L, 12L));
		ChatRoom after = new ChatRoom(1, 1, "Room", 10, NOW, Set.of(10L, 12L, 13L, 14L));

		ChatRoomChanged change = new ChatRoomChanged(after, before);

		assertThat(change.addedParticipantIds()).containsExactlyInAnyOrder(13L, 14L);
		assertThat(change.removedParticipantIds()).containsExactly(11L);
	}

	/**
	 * A stored room (id 7) created by the first of the participants.
	 */
	private static ChatRoomEntity savedRoom(Long... participantIds) {
		return new ChatRoomEntity(7L, 1, "Room", participantIds[0], NOW,
				Stream.of(participantIds).map(RoomParticipant::new).collect(Collectors.toSet()));
	}

}
