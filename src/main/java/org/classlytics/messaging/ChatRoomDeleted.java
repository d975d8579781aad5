package org.classlytics.messaging;

/**
 * A room was deleted with its messages. Each of its messages was announced as
 * {@link MessageDeleted} first, so consumers of messages need not listen here.
 */
public record ChatRoomDeleted(ChatRoom room, long deletedMessages) {

}
