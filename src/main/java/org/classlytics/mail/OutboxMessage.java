package org.classlytics.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A kept message as admins see it in the outbox list.
 *
 * @param attachments the files, without their content; download one at
 * {@code /api/admin/outbox/{id}/attachments/{index}}
 */
public record OutboxMessage(long id, long schoolId, String from, String to, String subject, String messageId,
		Map<String, String> headers, List<AttachmentInfo> attachments, Instant createdAt) {

	/**
	 * @param index the zero-based position among the message's attachments
	 */
	public record AttachmentInfo(int index, String filename, String contentType, long size) {

	}

	/**
	 * One kept message with both bodies.
	 */
	public record Detail(@JsonUnwrapped OutboxMessage message, String text, String html) {

	}

}
