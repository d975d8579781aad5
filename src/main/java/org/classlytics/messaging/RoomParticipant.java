package org.classlytics.messaging;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One participant of a room, kept with the room's aggregate.
 */
@Table("chat_room_participants")
record RoomParticipant(long personId) {

}
