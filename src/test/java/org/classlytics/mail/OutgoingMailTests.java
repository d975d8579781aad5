package org.classlytics.mail;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutgoingMailTests {

	private final OutgoingMail mail = OutgoingMail.of(1, "tom@school.example", "Subject", "Text", "<p>Html</p>");

	@Test
	void keepsHeadersInTheOrderGiven() {
		OutgoingMail withHeaders = this.mail.withHeader("List-Unsubscribe", "<https://x.example/u/1>")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
			.withHeader("X-Classlytics-Schedule", "4");

		assertThat(withHeaders.headers().keySet()).containsExactly("List-Unsubscribe", "List-Unsubscribe-Post",
				"X-Classlytics-Schedule");
	}

	@Test
	void refusesLineBreaksThatWouldStartAnotherHeader() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.mail.withHeader("X-Note", "a\r\nBcc: x@evil.example"))
			.withMessage("A mail's header X-Note must be a single line");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.of(1, "tom@school.example", "Hi\nBcc: x@evil.example", "Text", null))
			.withMessage("A mail's subject must be a single line");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.mail.withAttachment(new Attachment("a\r\n.pdf", "application/pdf", new byte[0])))
			.withMessage("A mail's filename must be a single line");
	}

	@Test
	void refusesHeadersTheMailerSetsItself() {
		for (String name : List.of("Message-ID", "from", "To", "Subject", "Content-Type", "Bcc")) {
			assertThatIllegalArgumentException().isThrownBy(() -> this.mail.withHeader(name, "x"))
				.withMessage("The mailer sets " + name + " itself");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.mail.withHeader("Bad Name", "x"))
			.withMessage("Not a header name: Bad Name");
	}

	@Test
	void takesOneRecipientWithAValidAddress() {
		assertThat(OutgoingMail.of(1, "Tom Xenos <tom@school.example>", "S", "T", null).to())
			.isEqualTo("Tom Xenos <tom@school.example>");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.of(1, "tom@school.example, ann@school.example", "S", "T", null))
			.withMessage("A mail goes to exactly one recipient: tom@school.example, ann@school.example");
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of(1, "tom@", "S", "T", null))
			.withMessageStartingWith("Not an email address: tom@");
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of(1, " ", "S", "T", null))
			.withMessage("A mail's recipient must not be blank");
	}

	@Test
	void takesAMessageIdOnlyInItsStandardForm() {
		assertThat(this.mail.withMessageId("<delivery-17.3@classlytics.example>").messageId())
			.isEqualTo("<delivery-17.3@classlytics.example>");
		for (String bad : List.of("delivery-17@classlytics.example", "<no-domain>", "<a b@c>", "<a@b>\r\nBcc: x")) {
			assertThatIllegalArgumentException().isThrownBy(() -> this.mail.withMessageId(bad))
				.withMessageStartingWith("A Message-ID must look like <id@domain>");
		}
	}

	@Test
	void needsATextBodyAndASchool() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of(1, "tom@school.example", "S", null, "h"))
			.withMessage("A mail needs a plain-text body");
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of(0, "tom@school.example", "S", "T", null))
			.withMessage("A mail belongs to a school");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.of(1, "tom@school.example", "S", "x".repeat(1_000_001), null))
			.withMessage("A mail's text body must be at most 1000000 characters");
	}

	@Test
	void copiesItsListsAndMaps() {
		OutgoingMail copy = new OutgoingMail(1, "tom@school.example", "S", "T", null, null, null, null);

		assertThat(copy.attachments()).isEmpty();
		assertThat(copy.headers()).isEqualTo(Map.of());
		assertThat(new Attachment("a.csv", "text/csv", new byte[] { 1, 2 }))
			.isEqualTo(new Attachment("a.csv", "text/csv", new byte[] { 1, 2 }))
			.hasToString("Attachment[a.csv, text/csv, 2 bytes]");
	}

}
