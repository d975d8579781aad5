package org.classlytics.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A message kept instead of sent, with everything it would have carried. Kept messages
 * never change.
 */
@Table("mail_outbox")
class OutboxEntry {

	@Id
	private Long id;

	private final long schoolId;

	private final String sender;

	private final String recipient;

	private final String subject;

	private final String messageId;

	private final String textBody;

	private final String htmlBody;

	@MappedCollection(idColumn = "outbox_id", keyColumn = "ordinal")
	private final List<Header> headers;

	@MappedCollection(idColumn = "outbox_id", keyColumn = "ordinal")
	private final List<StoredAttachment> attachments;

	@MappedCollection(idColumn = "outbox_id")
	private final Set<Student> students;

	private final Instant createdAt;

	@PersistenceCreator
	OutboxEntry(Long id, long schoolId, String sender, String recipient, String subject, String messageId,
			String textBody, String htmlBody, List<Header> headers, List<StoredAttachment> attachments,
			Set<Student> students, Instant createdAt) {
		this.id = id;
		this.schoolId = schoolId;
		this.sender = sender;
		this.recipient = recipient;
		this.subject = subject;
		this.messageId = messageId;
		this.textBody = textBody;
		this.htmlBody = htmlBody;
		this.headers = headers;
		this.attachments = attachments;
		this.students = students;
		this.createdAt = createdAt;
	}

	static OutboxEntry of(OutgoingMail mail, String sender, Instant now) {
		List<Header> headers = new ArrayList<>();
		mail.headers().forEach((name, value) -> headers.add(new Header(name, value)));
		List<StoredAttachment> attachments = mail.attachments()
			.stream()
			.map((attachment) -> new StoredAttachment(attachment.filename(), attachment.contentType(),
					attachment.size(), attachment.content()))
			.toList();
		return new OutboxEntry(null, mail.schoolId(), sender, mail.to(), mail.subject(), mail.messageId(), mail.text(),
				mail.html(), headers, attachments,
				mail.studentIds().stream().map(Student::new).collect(Collectors.toSet()), now);
	}

	Long id() {
		return this.id;
	}

	@Table("mail_outbox_headers")
	record Header(String name, String headerValue) {

	}

	/**
	 * A student whose data the message carries.
	 */
	@Table("mail_outbox_students")
	record Student(long studentId) {

	}

	@Table("mail_outbox_attachments")
	record StoredAttachment(String filename, String contentType, long sizeBytes, byte[] content) {

	}

}
