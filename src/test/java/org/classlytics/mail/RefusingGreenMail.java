package org.classlytics.mail;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail on a free loopback port that answers RCPT for chosen recipients with a chosen
 * SMTP reply, such as {@code 550 5.1.1 No such user}: a real server refusing a message
 * over the wire.
 */
class RefusingGreenMail extends GreenMail {

	private final Map<String, String> refusals = new ConcurrentHashMap<>();

	RefusingGreenMail() {
		super(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.managers = new Managers() {

			private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
				@Override
				public String checkRecipient(SmtpState state, MailAddress recipient) {
					return RefusingGreenMail.this.refusals.get(recipient.getEmail().toLowerCase(Locale.ROOT));
				}
			};

			@Override
			public SmtpManager getSmtpManager() {
				return this.smtp;
			}

		};
	}

	/**
	 * Answers {@code RCPT TO:<address>} with the reply, for example
	 * {@code 452 4.2.2 Mailbox full}.
	 */
	void refuse(String address, String reply) {
		this.refusals.put(address.toLowerCase(Locale.ROOT), reply);
	}

	int port() {
		return getSmtp().getPort();
	}

}
