package org.classlytics.messaging;

public record ChatRoomCreated(ChatRoom room) {

}
