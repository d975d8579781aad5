package org.classlytics.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Sends mail. With {@code spring.mail.host} set, messages go to that SMTP server; without
 * it (the embedded default) they are kept in the outbox, where admins read them at
 * {@code /api/admin/outbox}, so nothing is lost.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final MailTransport transport;

	private final MailSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Mailer(MailTransport transport, MailSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.transport = transport;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Where messages go in this installation.
	 */
	public MailRoute route() {
		return this.transport.route();
	}

	/**
	 * Sends one message and publishes {@link MailSent}.
	 * @return the Message-ID the message carries: the caller's, or a new one
	 * @throws MailDeliveryFailed when the SMTP server does not take the message; see
	 * {@link MailDeliveryFailed#isTransient()} for whether a retry may help
	 */
	public String send(OutgoingMail mail) {
		OutgoingMail identified = (mail.messageId() != null) ? mail : mail.withMessageId(newMessageId());
		Instant now = this.clock.instant();
		Long outboxId = this.transport.deliver(identified, this.settings.fromAddress(), now);
		log.debug("Mail {} to {} went to {}", identified.messageId(), identified.to(), this.transport.route());
		this.events.publishEvent(new MailSent(identified.schoolId(), identified.to(), identified.subject(),
				identified.messageId(), this.transport.route(), outboxId, now));
		return identified.messageId();
	}

	private String newMessageId() {
		return "<" + UUID.randomUUID() + "@" + this.settings.domain() + ">";
	}

}
