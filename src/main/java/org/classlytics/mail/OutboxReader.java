package org.classlytics.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as admins read it (over the API and in the web UI): their own school's
 * messages, newest first. Opening a message that carries students' data, or its
 * attachment, is recorded in the audit trail; the list shows only subjects and addresses.
 */
@Service
@Transactional(readOnly = true)
public class OutboxReader {

	private static final String COLUMNS = "id, school_id, sender, recipient, subject, message_id, created_at";

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final AuditTrail audit;

	OutboxReader(JdbcClient jdbc, AccessPolicy access, AuditTrail audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
	}

	public Paged<OutboxMessage> list(Actor actor, PageQuery page) {
		this.access.requireRole(actor, Role.ADMIN);
		long count = this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE school_id = ?")
			.param(actor.schoolId())
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM mail_outbox WHERE school_id = :school
				ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
			.param("school", actor.schoolId())
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(OutboxReader::row)
			.list();
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, Map<String, String>> headers = headersOf(ids);
		Map<Long, List<OutboxMessage.AttachmentInfo>> attachments = attachmentsOf(ids);
		return new Paged<>(count,
				rows.stream()
					.map((row) -> row.toMessage(headers.getOrDefault(row.id(), Map.of()),
							attachments.getOrDefault(row.id(), List.of())))
					.toList());
	}

	public OutboxMessage.Detail get(Actor actor, long id) {
		this.access.requireRole(actor, Role.ADMIN);
		Kept kept = this.jdbc
			.sql("SELECT " + COLUMNS + ", text_body, html_body FROM mail_outbox WHERE id = ? AND school_id = ?")
			.params(id, actor.schoolId())
			.query((rs, n) -> new Kept(row(rs, n), rs.getString("text_body"), rs.getString("html_body")))
			.optional()
			.orElseThrow(() -> NotFoundException.of("Outbox message", id));
		OutboxMessage message = kept.row()
			.toMessage(headersOf(List.of(id)).getOrDefault(id, Map.of()),
					attachmentsOf(List.of(id)).getOrDefault(id, List.of()));
		this.audit.record(actor, AuditAction.VIEW, "outbox_message", studentsOf(id));
		return new OutboxMessage.Detail(message, kept.text(), kept.html());
	}

	public Attachment attachment(Actor actor, long id, int index) {
		this.access.requireRole(actor, Role.ADMIN);
		Attachment attachment = this.jdbc.sql("""
				SELECT a.filename, a.content_type, a.content FROM mail_outbox_attachments a
				JOIN mail_outbox o ON o.id = a.outbox_id
				WHERE o.id = ? AND o.school_id = ? AND a.ordinal = ?""")
			.params(id, actor.schoolId(), index)
			.query((rs, n) -> new Attachment(rs.getString("filename"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> NotFoundException.of("Attachment", id + "/" + index));
		this.audit.record(actor, AuditAction.EXPORT, "outbox_attachment", studentsOf(id));
		return attachment;
	}

	private List<Long> studentsOf(long id) {
		return this.jdbc.sql("SELECT student_id FROM mail_outbox_students WHERE outbox_id = ?")
			.param(id)
			.query(Long.class)
			.list();
	}

	private Map<Long, Map<String, String>> headersOf(Collection<Long> ids) {
		Map<Long, Map<String, String>> headers = new HashMap<>();
		if (ids.isEmpty()) {
			return headers;
		}
		this.jdbc.sql("""
				SELECT outbox_id, name, header_value FROM mail_outbox_headers
				WHERE outbox_id IN (:ids) ORDER BY outbox_id, ordinal""")
			.param("ids", List.copyOf(ids))
			.query((ResultSet rs) -> {
				headers.computeIfAbsent(rs.getLong("outbox_id"), (key) -> new LinkedHashMap<>())
					.put(rs.getString("name"), rs.getString("header_value"));
			});
		return headers;
	}

	private Map<Long, List<OutboxMessage.AttachmentInfo>> attachmentsOf(Collection<Long> ids) {
		Map<Long, List<OutboxMessage.AttachmentInfo>> attachments = new HashMap<>();
		if (ids.isEmpty()) {
			return attachments;
		}
		this.jdbc.sql("""
				SELECT outbox_id, ordinal, filename, content_type, size_bytes FROM mail_outbox_attachments
				WHERE outbox_id IN (:ids) ORDER BY outbox_id, ordinal""")
			.param("ids", List.copyOf(ids))
			.query((ResultSet rs) -> {
				attachments.computeIfAbsent(rs.getLong("outbox_id"), (key) -> new ArrayList<>())
					.add(new OutboxMessage.AttachmentInfo(rs.getInt("ordinal"), rs.getString("filename"),
							rs.getString("content_type"), rs.getLong("size_bytes")));
			});
		return attachments;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("school_id"), rs.getString("sender"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("message_id"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private record Row(long id, long schoolId, String from, String to, String subject, String messageId,
			Instant createdAt) {

		OutboxMessage toMessage(Map<String, String> headers, List<OutboxMessage.AttachmentInfo> attachments) {
			return new OutboxMessage(this.id, this.schoolId, this.from, this.to, this.subject, this.messageId, headers,
					attachments, this.createdAt);
		}

	}

	private record Kept(Row row, String text, String html) {

	}

}
