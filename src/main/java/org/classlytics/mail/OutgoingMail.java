package org.classlytics.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One message to one recipient: a plain-text body, optionally an HTML alternative, files
 * and extra headers such as {@code List-Unsubscribe}.
 *
 * @param schoolId the school the message is sent for; its admins see it in the outbox
 * @param to the recipient's address, optionally with a display name
 * @param subject a single line
 * @param text the plain-text body, always present
 * @param html the HTML alternative, or null for a text-only message
 * @param attachments files, in order
 * @param headers extra headers in order; the mailer's own (From, To, Subject, Date,
 * Message-ID, MIME) cannot be set here
 * @param messageId the {@code <id@domain>} to send, unchanged, so that a retried delivery
 * is recognised as the same message; null to let the mailer make one up
 * @param studentIds the students whose data the message carries, so that reading it from
 * the outbox is audited like the sending was; never sent
 */
public record OutgoingMail(long schoolId, String to, String subject, String text, String html,
		List<Attachment> attachments, Map<String, String> headers, String messageId, Set<Long> studentIds) {

	/**
	 * The largest body the outbox keeps; reports travel as attachments, not in the body.
	 */
	public static final int MAX_BODY_LENGTH = 1_000_000;

	public OutgoingMail {
		if (schoolId <= 0) {
			throw new IllegalArgumentException("A mail belongs to a school");
		}
		MailRules.requireHeaderText("recipient", to, 320);
		requireAddress(to);
		if (subject == null) {
			throw new IllegalArgumentException("A mail needs a subject");
		}
		MailRules.requireSingleLine("subject", subject, 998);
		if (text == null) {
			throw new IllegalArgumentException("A mail needs a plain-text body");
		}
		requireBody("text", text);
		if (html != null) {
			requireBody("html", html);
		}
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		headers = copyOf(headers);
		if (messageId != null) {
			MailRules.requireMessageId(messageId);
		}
		studentIds = (studentIds != null) ? Set.copyOf(studentIds) : Set.of();
	}

	/**
	 * A message that carries no student's data.
	 */
	public OutgoingMail(long schoolId, String to, String subject, String text, String html,
			List<Attachment> attachments, Map<String, String> headers, String messageId) {
		this(schoolId, to, subject, text, html, attachments, headers, messageId, Set.of());
	}

	public static OutgoingMail of(long schoolId, String to, String subject, String text, String html) {
		return new OutgoingMail(schoolId, to, subject, text, html, List.of(), Map.of(), null);
	}

	public OutgoingMail withAttachment(Attachment attachment) {
		List<Attachment> more = new ArrayList<>(this.attachments);
		more.add(attachment);
		return new OutgoingMail(this.schoolId, this.to, this.subject, this.text, this.html, more, this.headers,
				this.messageId, this.studentIds);
	}

	public OutgoingMail withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new OutgoingMail(this.schoolId, this.to, this.subject, this.text, this.html, this.attachments, more,
				this.messageId, this.studentIds);
	}

	public OutgoingMail withMessageId(String messageId) {
		return new OutgoingMail(this.schoolId, this.to, this.subject, this.text, this.html, this.attachments,
				this.headers, messageId, this.studentIds);
	}

	public OutgoingMail withStudents(Collection<Long> studentIds) {
		return new OutgoingMail(this.schoolId, this.to, this.subject, this.text, this.html, this.attachments,
				this.headers, this.messageId, Set.copyOf(studentIds));
	}

	private static void requireAddress(String to) {
		try {
			InternetAddress[] addresses = InternetAddress.parse(to, true);
			if (addresses.length != 1) {
				throw new IllegalArgumentException("A mail goes to exactly one recipient: " + to);
			}
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Not an email address: " + to, ex);
		}
	}

	private static void requireBody(String what, String body) {
		if (body.length() > MAX_BODY_LENGTH) {
			throw new IllegalArgumentException(
					"A mail's " + what + " body must be at most " + MAX_BODY_LENGTH + " characters");
		}
	}

	private static Map<String, String> copyOf(Map<String, String> headers) {
		if (headers == null || headers.isEmpty()) {
			return Map.of();
		}
		headers.forEach(MailRules::requireHeader);
		return Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

}
