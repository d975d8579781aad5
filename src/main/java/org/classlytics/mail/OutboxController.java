package org.classlytics.mail;

import java.nio.charset.StandardCharsets;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox: mail kept because no SMTP server is set. Admins only, their own school.
 */
@RestController
@RequestMapping("/api/admin/outbox")
class OutboxController {

	private final OutboxReader outbox;

	OutboxController(OutboxReader outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	Paged<OutboxMessage> list(Actor actor, PageQuery page) {
		return this.outbox.list(actor, page);
	}

	@GetMapping("/{id}")
	OutboxMessage.Detail get(Actor actor, @PathVariable long id) {
		return this.outbox.get(actor, id);
	}

	@GetMapping("/{id}/attachments/{index}")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable int index) {
		Attachment attachment = this.outbox.attachment(actor, id, index);
		return ResponseEntity.ok()
			.contentType(mediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(attachment.filename()))
			.body(attachment.content());
	}

	/**
	 * Plain ASCII names as they are; others also in the RFC 5987 form that browsers read.
	 */
	private static String disposition(String filename) {
		boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(filename);
		ContentDisposition.Builder builder = ContentDisposition.attachment();
		return (ascii ? builder.filename(filename) : builder.filename(filename, StandardCharsets.UTF_8)).build()
			.toString();
	}

	private static MediaType mediaType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
