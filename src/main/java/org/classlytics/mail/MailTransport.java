package org.classlytics.mail;

import java.time.Instant;

import jakarta.mail.internet.InternetAddress;

/**
 * The way out of the application: an SMTP server or the outbox table.
 */
interface MailTransport {

	MailRoute route();

	/**
	 * Hands a message on, with its Message-ID already set.
	 * @param now the instant the message is sent (its Date header, the outbox's
	 * created_at)
	 * @return the outbox row that keeps the message, or null when it left over SMTP
	 * @throws MailDeliveryFailed when the SMTP server does not take the message
	 */
	Long deliver(OutgoingMail mail, InternetAddress from, Instant now);

}
