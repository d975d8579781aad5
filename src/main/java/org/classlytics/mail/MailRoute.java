package org.classlytics.mail;

/**
 * Where sent mail goes: to an SMTP server when {@code spring.mail.host} is set, else into
 * the local outbox.
 */
public enum MailRoute {

	SMTP, OUTBOX

}
