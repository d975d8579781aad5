package org.classlytics.messaging;

/**
 * A person's chat messages in a period: those they sent, and those others sent to rooms
 * they took part in (see {@link ChatMessage#recipientIds()}).
 */
public record ChatActivity(long sent, long received) {

	public static final ChatActivity NONE = new ChatActivity(0, 0);

}
