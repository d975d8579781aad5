package org.classlytics.mail;

import java.time.Instant;

/**
 * A message was handed to the SMTP server, or kept in the outbox.
 *
 * @param outboxId the outbox row, or null when the message went over SMTP
 */
public record MailSent(long schoolId, String to, String subject, String messageId, MailRoute route, Long outboxId,
		Instant sentAt) {

}
