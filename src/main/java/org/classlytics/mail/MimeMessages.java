package org.classlytics.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME form of an outgoing mail: {@code multipart/mixed} holding a
 * {@code multipart/alternative} of text and HTML, followed by the attachments.
 */
final class MimeMessages {

	/**
	 * One map of file names to media types for every message. MimeMessageHelper would
	 * otherwise read and parse the {@code mime.types} files of the class path for each
	 * message it builds (the largest part of building a report mail); every attachment
	 * here names its media type, so the map is a fallback only.
	 */
	private static final FileTypeMap FILE_TYPES = fileTypes();

	private MimeMessages() {
	}

	static MimeMessage build(Session session, OutgoingMail mail, InternetAddress from, Instant date)
			throws MessagingException {
		MimeMessage message = new StableIdMimeMessage(session, mail.messageId());
		MimeMessageHelper helper = new SharedTypesHelper(message);
		helper.setFrom(from);
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setSentDate(Date.from(date));
		if (mail.html() != null) {
			helper.setText(mail.text(), mail.html());
		}
		else {
			helper.setText(mail.text(), false);
		}
		for (Attachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		for (Map.Entry<String, String> header : mail.headers().entrySet()) {
			message.addHeader(header.getKey(), encode(header.getValue()));
		}
		message.saveChanges();
		return message;
	}

	/**
	 * ASCII values (such as {@code List-Unsubscribe}) pass unchanged; others become RFC
	 * 2047 encoded words.
	 */
	private static String encode(String value) throws MessagingException {
		try {
			return MimeUtility.encodeText(value, StandardCharsets.UTF_8.name(), null);
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 is not supported", ex);
		}
	}

	private static FileTypeMap fileTypes() {
		ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
		types.afterPropertiesSet();
		return types;
	}

	/**
	 * A helper that takes the shared media type map instead of loading its own.
	 */
	private static final class SharedTypesHelper extends MimeMessageHelper {

		SharedTypesHelper(MimeMessage message) throws MessagingException {
			super(message, MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
		}

		@Override
		protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
			return FILE_TYPES;
		}

	}

}
