package org.classlytics.mail;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a header may hold. Values come from other modules, sometimes with user text in
 * them, so a line break must never reach the wire where it could start a new header.
 */
final class MailRules {

	/**
	 * RFC 5322 msg-id: {@code <left@right>}, without spaces or nested brackets.
	 */
	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>@\\s]+@[^<>@\\s]+>");

	/**
	 * RFC 5322 field name: printable US-ASCII except the colon.
	 */
	private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]{1,76}");

	/**
	 * Headers the mailer writes itself; a caller setting them would contradict the
	 * message's own fields or structure.
	 */
	private static final Set<String> RESERVED_HEADERS = Set.of("message-id", "from", "to", "cc", "bcc", "subject",
			"date", "sender", "reply-to", "mime-version", "content-type", "content-transfer-encoding");

	private MailRules() {
	}

	static void requireHeaderText(String what, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A mail's " + what + " must not be blank");
		}
		requireSingleLine(what, value, maxLength);
	}

	static void requireSingleLine(String what, String value, int maxLength) {
		if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("A mail's " + what + " must be a single line");
		}
		if (value.length() > maxLength) {
			throw new IllegalArgumentException("A mail's " + what + " must be at most " + maxLength + " characters");
		}
	}

	static void requireMessageId(String messageId) {
		if (!MESSAGE_ID.matcher(messageId).matches()) {
			throw new IllegalArgumentException("A Message-ID must look like <id@domain>: " + messageId);
		}
	}

	static void requireHeader(String name, String value) {
		if (name == null || !HEADER_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a header name: " + name);
		}
		if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("The mailer sets " + name + " itself");
		}
		if (value == null) {
			throw new IllegalArgumentException("Header " + name + " needs a value");
		}
		requireSingleLine("header " + name, value, 2000);
	}

}
