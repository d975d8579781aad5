package org.classlytics.mail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Sorts SMTP failures into transient and permanent ones, for the retries of scheduled
 * delivery. A reply code decides when the server gave one (4xx transient, 5xx permanent);
 * a server that could not be reached is transient; a message that could not be built, or
 * credentials the server refused, are permanent.
 */
final class SmtpFailures {

	private SmtpFailures() {
	}

	static MailDeliveryFailed classify(OutgoingMail mail, MailException failure) {
		String what = "Mail " + mail.messageId() + " to " + mail.to();
		List<Throwable> causes = causes(failure);
		for (Throwable cause : causes) {
			int code = replyCode(cause);
			if (code >= 400) {
				return new MailDeliveryFailed(what + " was refused: " + firstLine(cause), code < 500, code, failure);
			}
		}
		if (failure instanceof MailAuthenticationException) {
			return new MailDeliveryFailed(what + " was not sent: the SMTP server refused the credentials", false, 0,
					failure);
		}
		if (failure instanceof MailPreparationException || failure instanceof MailParseException) {
			return new MailDeliveryFailed(what + " could not be built: " + firstLine(failure), false, 0, failure);
		}
		if (causes.stream().anyMatch(IOException.class::isInstance)) {
			return new MailDeliveryFailed(what + " was not sent: the SMTP server could not be reached", true, 0,
					failure);
		}
		// Nothing says the server will never take it, and delivery retries a bounded
		// number of times.
		return new MailDeliveryFailed(what + " was not sent: " + firstLine(failure), true, 0, failure);
	}

	/**
	 * The failure and everything below it: the per-message exceptions of a
	 * {@link MailSendException} and each one's chain of causes, which for JavaMail also
	 * links the exceptions of several recipients.
	 */
	private static List<Throwable> causes(MailException failure) {
		List<Throwable> roots = new ArrayList<>();
		roots.add(failure);
		if (failure instanceof MailSendException send) {
			roots.addAll(List.of(send.getMessageExceptions()));
		}
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Throwable> causes = new ArrayList<>();
		for (Throwable root : roots) {
			for (Throwable cause = root; cause != null && seen.add(cause); cause = cause.getCause()) {
				causes.add(cause);
			}
		}
		return causes;
	}

	/**
	 * The SMTP reply code carried by the provider's exceptions
	 * ({@code SMTPSendFailedException}, {@code SMTPAddressFailedException},
	 * {@code SMTPSenderFailedException}, in Angus Mail and in the older
	 * {@code com.sun.mail} packages alike), or 0. The provider is a runtime dependency
	 * only, so its types are matched by their {@code getReturnCode()} method.
	 */
	static int replyCode(Throwable cause) {
		if (!cause.getClass().getName().contains(".smtp.")) {
			return 0;
		}
		try {
			Method returnCode = cause.getClass().getMethod("getReturnCode");
			return (returnCode.getReturnType() == int.class) ? (int) returnCode.invoke(cause) : 0;
		}
		catch (ReflectiveOperationException ex) {
			return 0;
		}
	}

	private static String firstLine(Throwable failure) {
		String message = String.valueOf(failure.getMessage()).strip();
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end).strip();
	}

}
