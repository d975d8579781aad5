package org.classlytics.mail;

import java.util.OptionalInt;

/**
 * The SMTP server did not take a message. Transient failures (a 4xx reply, a server that
 * cannot be reached) may succeed later and are worth retrying; permanent ones (a 5xx
 * reply, a message that cannot be built) never will.
 */
public class MailDeliveryFailed extends RuntimeException {

	private final boolean temporary;

	private final int replyCode;

	MailDeliveryFailed(String message, boolean temporary, int replyCode, Throwable cause) {
		super(message, cause);
		this.temporary = temporary;
		this.replyCode = replyCode;
	}

	public boolean isTransient() {
		return this.temporary;
	}

	public boolean isPermanent() {
		return !this.temporary;
	}

	/**
	 * The server's SMTP reply code, when it answered at all.
	 */
	public OptionalInt replyCode() {
		return (this.replyCode > 0) ? OptionalInt.of(this.replyCode) : OptionalInt.empty();
	}

}
