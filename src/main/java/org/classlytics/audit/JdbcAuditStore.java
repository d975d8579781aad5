package org.classlytics.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes entries with two batch statements: the entries, then their students. Runs in a
 * transaction of its own, so a flush commits whatever the caller's transaction does (a
 * read-only one included).
 */
@Component
class JdbcAuditStore implements AuditStore {

	private static final int BATCH_SIZE = 500;

	private static final String INSERT_ENTRY = """
			INSERT INTO audit_entries (school_id, actor_id, action, report_kind, accessed_at)
			VALUES (?, ?, ?, ?, ?)""";

	private static final String INSERT_STUDENT = "INSERT INTO audit_entry_students (entry_id, student_id) VALUES (?, ?)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	JdbcAuditStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void append(List<PendingEntry> entries) {
		this.transaction.executeWithoutResult((status) -> {
			for (int from = 0; from < entries.size(); from += BATCH_SIZE) {
				appendBatch(entries.subList(from, Math.min(entries.size(), from + BATCH_SIZE)));
			}
		});
	}

	private void appendBatch(List<PendingEntry> entries) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.batchUpdate((connection) -> connection.prepareStatement(INSERT_ENTRY, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						PendingEntry entry = entries.get(i);
						statement.setLong(1, entry.schoolId());
						statement.setLong(2, entry.actorId());
						statement.setString(3, entry.action().name());
						statement.setString(4, entry.reportKind());
						statement.setTimestamp(5, Timestamp.from(entry.at()));
					}

					@Override
					public int getBatchSize() {
						return entries.size();
					}
				}, keys);
		List<Map<String, Object>> ids = keys.getKeyList();
		if (ids.size() != entries.size()) {
			throw new IllegalStateException(
					"The database returned " + ids.size() + " ids for " + entries.size() + " audit entries");
		}
		List<Object[]> students = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			long entryId = ((Number) ids.get(i).values().iterator().next()).longValue();
			for (Long studentId : entries.get(i).studentIds()) {
				students.add(new Object[] { entryId, studentId });
			}
		}
		this.jdbc.batchUpdate(INSERT_STUDENT, students);
	}

}
