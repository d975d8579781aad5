package org.classlytics.messaging;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One person who received a message, kept with the message's aggregate.
 */
@Table("chat_message_recipients")
record MessageRecipient(long recipientId) {

}
