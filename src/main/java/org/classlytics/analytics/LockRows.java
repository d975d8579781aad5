package org.classlytics.analytics;

import java.util.List;
import java.util.SortedSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of lock rows, one per key (a class, a teacher): row locks on them, held until
 * the transaction ends and taken in ascending key order, make concurrent rebuilds of one
 * key's derived rows queue instead of deadlocking, or racing to insert the same new
 * derived row. A key's lock row is inserted on its first use ({@code ON CONFLICT DO
 * NOTHING} waits for a concurrent insert of the same row instead of failing).
 *
 * @param table the lock table
 * @param column its single key column
 */
record LockRows(String table, String column) {

	static final LockRows CLASSES = new LockRows("analytics_class_locks", "class_section_id");

	static final LockRows TEACHERS = new LockRows("analytics_teacher_locks", "teacher_id");

	void lock(JdbcClient jdbc, SortedSet<Long> keys) {
		if (keys.isEmpty()) {
			return;
		}
		if (lockedAmong(jdbc, keys).size() == keys.size()) {
			return;
		}
		for (Long key : keys) {
			jdbc.sql("INSERT INTO " + this.table + " (" + this.column + ") VALUES (?) ON CONFLICT DO NOTHING")
				.param(key)
				.update();
		}
		lockedAmong(jdbc, keys);
	}

	private List<Long> lockedAmong(JdbcClient jdbc, SortedSet<Long> keys) {
		return jdbc
			.sql("SELECT " + this.column + " FROM " + this.table + " WHERE " + this.column + " IN (:keys) ORDER BY "
					+ this.column + " FOR UPDATE")
			.param("keys", keys)
			.query(Long.class)
			.list();
	}

}
