package org.classlytics.messaging;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One person who received a message, kept with the message's aggregate, with the
 * message's instant: what a group of people received in a period is then one range of the
 * {@code (recipient_id, sent_at)} index, whatever else the school's chat holds.
 */
@Table("chat_message_recipients")
record MessageRecipient(long recipientId, Instant sentAt) {

}
