package org.classlytics.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail on a fixed loopback port that can be stopped and started again on the same
 * port (the application keeps its {@code spring.mail.port}), and that can refuse chosen
 * recipients with a chosen SMTP reply. Messages are kept across restarts.
 */
final class SmtpServer {

	private final int port;

	private final Map<String, String> refusals = new ConcurrentHashMap<>();

	private final List<MimeMessage> earlier = new ArrayList<>();

	private GreenMail server;

	SmtpServer() {
		this.port = freePort();
	}

	int port() {
		return this.port;
	}

	synchronized void start() {
		if (this.server != null) {
			return;
		}
		GreenMail mail = new Refusing(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				this.refusals);
		mail.start();
		this.server = mail;
	}

	synchronized void stop() {
		if (this.server == null) {
			return;
		}
		this.earlier.addAll(Arrays.asList(this.server.getReceivedMessages()));
		this.server.stop();
		this.server = null;
	}

	/**
	 * Answers {@code RCPT TO:<address>} with the reply, such as
	 * {@code 550 5.1.1 No such user}.
	 */
	void refuse(String address, String reply) {
		this.refusals.put(address.toLowerCase(Locale.ROOT), reply);
	}

	void clearRefusals() {
		this.refusals.clear();
	}

	/**
	 * Every message received (before and after restarts) by one of the given addresses.
	 */
	synchronized List<MimeMessage> receivedBy(Collection<String> addresses) {
		List<MimeMessage> all = new ArrayList<>(this.earlier);
		if (this.server != null) {
			all.addAll(Arrays.asList(this.server.getReceivedMessages()));
		}
		return all.stream().filter((message) -> addresses.contains(to(message))).toList();
	}

	static String to(MimeMessage message) {
		try {
			Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
			return ((jakarta.mail.internet.InternetAddress) to[0]).getAddress().toLowerCase(Locale.ROOT);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * GreenMail whose SMTP manager answers RCPT from the refusals.
	 */
	private static final class Refusing extends GreenMail {

		Refusing(ServerSetup setup, Map<String, String> refusals) {
			super(setup);
			this.managers = new Managers() {

				private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
					@Override
					public String checkRecipient(SmtpState state, MailAddress recipient) {
						return refusals.get(recipient.getEmail().toLowerCase(Locale.ROOT));
					}
				};

				@Override
				public SmtpManager getSmtpManager() {
					return this.smtp;
				}

			};
		}

	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
