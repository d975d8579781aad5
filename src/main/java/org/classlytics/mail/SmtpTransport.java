package org.classlytics.mail;

import java.time.Instant;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends over SMTP with the {@link JavaMailSender} that Spring Boot configures from
 * {@code spring.mail.*}.
 */
class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	SmtpTransport(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public MailRoute route() {
		return MailRoute.SMTP;
	}

	@Override
	public Long deliver(OutgoingMail mail, InternetAddress from, Instant now) {
		MimeMessage message;
		try {
			message = MimeMessages.build(session(), mail, from, now);
		}
		catch (MessagingException ex) {
			throw new MailDeliveryFailed("Mail " + mail.messageId() + " to " + mail.to() + " could not be built", false,
					0, ex);
		}
		try {
			this.sender.send(message);
		}
		catch (MailException ex) {
			throw SmtpFailures.classify(mail, ex);
		}
		return null;
	}

	/**
	 * The sender's own session, so that {@code spring.mail.properties.*} such as MIME
	 * options apply while the message is built.
	 */
	private Session session() {
		if (this.sender instanceof JavaMailSenderImpl impl) {
			return impl.getSession();
		}
		return Session.getInstance(new Properties());
	}

}
