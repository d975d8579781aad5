package org.classlytics.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps messaging rows to records, and instants to query parameters.
 */
final class MessagingRows {

	private MessagingRows() {
	}

	static ParentCommunication communication(ResultSet rs, int row) throws SQLException {
		return new ParentCommunication(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("teacher_id"),
				rs.getLong("parent_id"), rs.getLong("student_id"), instant(rs, "sent_at"),
				CommunicationChannel.valueOf(rs.getString("channel")), rs.getString("summary"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime param(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
