package org.classlytics.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Sending over SMTP to GreenMail, a real SMTP server on a loopback port.
 */
class SmtpDeliveryTests {

	private static final Instant NOW = Instant.parse("2025-01-17T18:00:00Z");

	private static final String MESSAGE_ID = "<schedule-4.2025-01-17.user-9@classlytics.example>";

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final RefusingGreenMail smtp = new RefusingGreenMail();

	private final List<Object> events = new ArrayList<>();

	private Mailer mailer;

	@BeforeEach
	void startServer() {
		this.smtp.start();
		this.mailer = mailerOn(this.smtp.port());
	}

	@AfterEach
	void stopServer() {
		this.smtp.stop();
	}

	@Test
	void sendsTextHtmlAttachmentHeadersAndTheCallersMessageId() throws Exception {
		byte[] pdf = "%PDF-1.7 report".getBytes(StandardCharsets.US_ASCII);
		OutgoingMail mail = OutgoingMail
			.of(7, "Tom Xenos <tom@school.example>", "Εβδομαδιαία αναφορά: Xena Xenos", "Plain body\n",
					"<p>HTML body</p>")
			.withAttachment(new Attachment("report.pdf", "application/pdf", pdf))
			.withHeader("List-Unsubscribe", "<https://classlytics.example/api/unsubscribe/tok-123>")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
			.withMessageId(MESSAGE_ID);

		String sent = this.mailer.send(mail);

		assertThat(sent).isEqualTo(MESSAGE_ID);
		assertThat(this.smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage received = this.smtp.getReceivedMessages()[0];
		assertThat(received.getMessageID()).isEqualTo(MESSAGE_ID);
		assertThat(received.getHeader("Message-ID")).containsExactly(MESSAGE_ID);
		assertThat(received.getHeader("List-Unsubscribe"))
			.containsExactly("<https://classlytics.example/api/unsubscribe/tok-123>");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(received.getSubject()).isEqualTo("Εβδομαδιαία αναφορά: Xena Xenos");
		assertThat(received.getFrom()).containsExactly(new InternetAddress("reports@school.example", "Reports"));
		assertThat(received.getAllRecipients()).containsExactly(new InternetAddress("tom@school.example", "Tom Xenos"));
		assertThat(received.getSentDate()).isEqualTo(Date.from(NOW));
		assertThat(received.getContentType()).startsWith("multipart/mixed");

		MimeMultipart mixed = (MimeMultipart) received.getContent();
		assertThat(mixed.getCount()).isEqualTo(2);
		BodyPart bodies = mixed.getBodyPart(0);
		assertThat(bodies.getContentType()).startsWith("multipart/alternative");
		MimeMultipart alternative = (MimeMultipart) bodies.getContent();
		assertThat(alternative.getCount()).isEqualTo(2);
		assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
		assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Plain body\r\n");
		assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html").contains("UTF-8");
		assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>HTML body</p>");
		BodyPart attachment = mixed.getBodyPart(1);
		assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(attachment.getFileName()).isEqualTo("report.pdf");
		assertThat(attachment.getContentType()).startsWith("application/pdf");
		assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);

		assertThat(this.events).containsExactly(new MailSent(7, "Tom Xenos <tom@school.example>",
				"Εβδομαδιαία αναφορά: Xena Xenos", MESSAGE_ID, MailRoute.SMTP, null, NOW));
	}

	@Test
	void makesUpAMessageIdInTheSendersDomainWhenNoneIsGiven() throws MessagingException {
		String sent = this.mailer.send(OutgoingMail.of(7, "tom@school.example", "Hello", "Hi", null));

		assertThat(sent).matches("<[0-9a-f-]{36}@school\\.example>");
		assertThat(this.smtp.waitForIncomingEmail(5000, 1)).isTrue();
		assertThat(this.smtp.getReceivedMessages()[0].getMessageID()).isEqualTo(sent);
	}

	@Test
	void aRefusalWithA5xxReplyIsPermanent() {
		this.smtp.refuse("nobody@school.example", "550 5.1.1 No such user here");

		MailDeliveryFailed failure = catchThrowableOfType(MailDeliveryFailed.class, () -> this.mailer
			.send(OutgoingMail.of(7, "nobody@school.example", "Hello", "Hi", null).withMessageId(MESSAGE_ID)));

		assertThat(failure.isTransient()).isFalse();
		assertThat(failure.isPermanent()).isTrue();
		assertThat(failure.replyCode()).hasValue(550);
		assertThat(failure.getMessage()).startsWith("Mail " + MESSAGE_ID + " to nobody@school.example was refused: ")
			.contains("550 5.1.1 No such user here");
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
		assertThat(this.events).isEmpty();
	}

	@Test
	void aRefusalWithA4xxReplyIsTransient() {
		this.smtp.refuse("full@school.example", "452 4.2.2 Mailbox full, try again later");

		MailDeliveryFailed failure = catchThrowableOfType(MailDeliveryFailed.class,
				() -> this.mailer.send(OutgoingMail.of(7, "full@school.example", "Hello", "Hi", null)));

		assertThat(failure.isTransient()).isTrue();
		assertThat(failure.replyCode()).hasValue(452);
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aServerThatRefusesTheConnectionIsATransientFailure() throws IOException {
		Mailer unreachable = mailerOn(closedPort());

		MailDeliveryFailed failure = catchThrowableOfType(MailDeliveryFailed.class,
				() -> unreachable.send(OutgoingMail.of(7, "tom@school.example", "Hello", "Hi", null)));

		assertThat(failure.isTransient()).isTrue();
		assertThat(failure.replyCode()).isEmpty();
		assertThat(failure.getMessage()).endsWith("the SMTP server could not be reached");
	}

	@Test
	void springMailHostSwitchesTheMailerToSmtp() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
			.withUserConfiguration(MailConfiguration.class, Mailer.class)
			.withBean(Clock.class, () -> this.clock)
			.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + this.smtp.port(),
					"classlytics.mail.from=Classlytics <no-reply@school.example>")
			.run((context) -> {
				Mailer configured = context.getBean(Mailer.class);
				assertThat(configured.route()).isEqualTo(MailRoute.SMTP);

				configured.send(OutgoingMail.of(7, "tom@school.example", "Configured", "Hi", null));

				assertThat(this.smtp.waitForIncomingEmail(5000, 1)).isTrue();
				MimeMessage received = this.smtp.getReceivedMessages()[0];
				assertThat(received.getSubject()).isEqualTo("Configured");
				assertThat(received.getFrom())
					.containsExactly(new InternetAddress("no-reply@school.example", "Classlytics"));
			});
	}

	private Mailer mailerOn(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.connectiontimeout", "5000");
		properties.setProperty("mail.smtp.timeout", "5000");
		sender.setJavaMailProperties(properties);
		return new Mailer(new SmtpTransport(sender), new MailSettings("Reports <reports@school.example>"), this.clock,
				this.events::add);
	}

	/**
	 * A loopback port nothing listens on: bound once to find it free, then released.
	 */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
