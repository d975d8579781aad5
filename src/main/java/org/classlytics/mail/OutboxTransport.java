package org.classlytics.mail;

import java.time.Instant;

import jakarta.mail.internet.InternetAddress;

/**
 * Keeps messages in the outbox table instead of sending them.
 */
class OutboxTransport implements MailTransport {

	private final OutboxRepository outbox;

	OutboxTransport(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	@Override
	public MailRoute route() {
		return MailRoute.OUTBOX;
	}

	@Override
	public Long deliver(OutgoingMail mail, InternetAddress from, Instant now) {
		return this.outbox.save(OutboxEntry.of(mail, from.toUnicodeString(), now)).id();
	}

}
