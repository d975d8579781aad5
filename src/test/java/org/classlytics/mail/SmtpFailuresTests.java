package org.classlytics.mail;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressSucceededException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry rule of scheduled delivery: 4xx replies and unreachable servers are
 * transient, 5xx replies are permanent.
 */
class SmtpFailuresTests {

	private final OutgoingMail mail = OutgoingMail.of(1, "tom@school.example", "S", "T", null)
		.withMessageId("<d-1@classlytics.example>");

	@Test
	void aRefusedRecipientIsPermanentWithA5xxReply() throws Exception {
		InternetAddress tom = new InternetAddress("tom@school.example");
		SendFailedException refused = new SendFailedException("Invalid Addresses",
				new SMTPAddressFailedException(tom, "RCPT TO:<tom@school.example>", 550, "550 5.1.1 No such user"));

		MailDeliveryFailed failure = classify(new MailSendException(Map.of(new Object(), refused)));

		assertThat(failure.isPermanent()).isTrue();
		assertThat(failure.replyCode()).hasValue(550);
		assertThat(failure.getMessage())
			.isEqualTo("Mail <d-1@classlytics.example> to tom@school.example was refused: 550 5.1.1 No such user");
	}

	@Test
	void aRefusedRecipientIsTransientWithA4xxReply() throws Exception {
		InternetAddress tom = new InternetAddress("tom@school.example");
		SendFailedException refused = new SendFailedException("Invalid Addresses",
				new SMTPAddressFailedException(tom, "RCPT TO:<tom@school.example>", 450, "450 4.2.1 Try later"));

		MailDeliveryFailed failure = classify(new MailSendException(Map.of(new Object(), refused)));

		assertThat(failure.isTransient()).isTrue();
		assertThat(failure.replyCode()).hasValue(450);
	}

	@Test
	void readsTheReplyOfARefusedMessageOrSender() {
		assertThat(classify(sendFailed(
				new SMTPSendFailedException("DATA", 452, "452 4.3.1 Insufficient storage", null, null, null, null)))
			.replyCode()).hasValue(452);
		assertThat(
				classify(sendFailed(new SMTPSendFailedException("DATA", 554, "554 5.7.1 Spam", null, null, null, null)))
					.isPermanent())
			.isTrue();
		assertThat(
				classify(sendFailed(new SMTPSenderFailedException(null, "MAIL FROM", 421, "421 4.3.2 Shutting down")))
					.isTransient())
			.isTrue();
	}

	@Test
	void looksPastAcceptedRecipientsToTheRefusedOne() throws Exception {
		SMTPAddressSucceededException accepted = new SMTPAddressSucceededException(
				new InternetAddress("ann@school.example"), "RCPT TO", 250, "250 OK");
		SMTPAddressFailedException refused = new SMTPAddressFailedException(new InternetAddress("tom@school.example"),
				"RCPT TO", 553, "553 5.1.3 Bad address");
		accepted.setNextException(refused);

		MailDeliveryFailed failure = classify(sendFailed(new SendFailedException("Invalid Addresses", accepted)));

		assertThat(failure.replyCode()).hasValue(553);
		assertThat(failure.isPermanent()).isTrue();
	}

	@Test
	void aServerThatCannotBeReachedIsTransient() {
		MailConnectException unreachable = new MailConnectException(new SocketConnectException("Could not connect",
				new ConnectException("Connection refused"), "127.0.0.1", 1, 5000));

		MailDeliveryFailed failure = classify(
				new MailSendException("Mail server connection failed", unreachable, Map.of()));

		assertThat(failure.isTransient()).isTrue();
		assertThat(failure.replyCode()).isEmpty();
	}

	@Test
	void refusedCredentialsAndUnbuildableMessagesArePermanent() {
		assertThat(
				classify(new MailAuthenticationException("535 5.7.8 Authentication credentials invalid")).isPermanent())
			.isTrue();
		assertThat(classify(new MailParseException("Bad address")).isPermanent()).isTrue();
	}

	@Test
	void anUnexplainedFailureIsTransientSoThatDeliveryRetriesIt() {
		MailDeliveryFailed failure = classify(sendFailed(new MessagingException("Something odd")));

		assertThat(failure.isTransient()).isTrue();
		assertThat(failure.replyCode()).isEmpty();
	}

	private MailDeliveryFailed classify(MailException failure) {
		MailDeliveryFailed classified = SmtpFailures.classify(this.mail, failure);
		assertThat(classified.getCause()).isSameAs(failure);
		return classified;
	}

	private static MailSendException sendFailed(Exception cause) {
		return new MailSendException(Map.of(new Object(), cause));
	}

}
