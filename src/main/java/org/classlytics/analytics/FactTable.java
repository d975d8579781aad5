package org.classlytics.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fact table as the recompute rebuilds it: the rows computed from the source modules'
 * facades, compared by key with the stored rows and written where they differ.
 */
final class FactTable {

	private static final int BATCH = 1000;

	private final String table;

	private final List<String> keys;

	private final List<String> values;

	private final Map<List<Object>, Object[]> rows = new LinkedHashMap<>();

	FactTable(String table, List<String> keys, List<String> values) {
		this.table = table;
		this.keys = keys;
		this.values = values;
	}

	/**
	 * Adds a rebuilt row: the key columns, then the value columns, in order.
	 */
	void add(Object... row) {
		List<Object> key = new ArrayList<>();
		for (int i = 0; i < this.keys.size(); i++) {
			key.add(DerivedTable.normalize(row[i]));
		}
		this.rows.put(key, row);
	}

	/**
	 * Compares the rebuilt rows with the stored ones of the school (and student, if
	 * given), writes the differences (in batches: the vanished rows deleted, the changed
	 * ones updated, the new ones inserted) and counts them.
	 */
	Recompute.Counts reconcile(JdbcClient jdbc, JdbcTemplate template, long schoolId, Long studentId) {
		List<String> all = new ArrayList<>(this.keys);
		all.addAll(this.values);
		String where = " WHERE school_id = :school" + ((studentId != null) ? " AND student_id = :student" : "");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("school", schoolId);
		if (studentId != null) {
			params.put("student", studentId);
		}
		Map<List<Object>, List<Object>> stored = new LinkedHashMap<>();
		jdbc.sql("SELECT " + String.join(", ", all) + " FROM " + this.table + where)
			.params(params)
			.query((java.sql.ResultSet rs) -> {
				List<Object> row = new ArrayList<>();
				for (String column : all) {
					row.add(DerivedTable.normalize(rs.getObject(column)));
				}
				stored.put(row.subList(0, this.keys.size()), row);
			});
		Recompute.Counts counts = new Recompute.Counts();
		List<Object[]> deletes = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		this.rows.forEach((key, row) -> {
			List<Object> normalized = new ArrayList<>();
			for (Object value : row) {
				normalized.add(DerivedTable.normalize(value));
			}
			List<Object> before = stored.remove(key);
			if (before == null) {
				counts.created++;
				inserts.add(row);
			}
			else if (!before.equals(normalized)) {
				counts.updated++;
				// The UPDATE binds the values first, then the key.
				Object[] update = new Object[row.length];
				System.arraycopy(row, this.keys.size(), update, 0, this.values.size());
				System.arraycopy(row, 0, update, this.values.size(), this.keys.size());
				updates.add(update);
			}
		});
		stored.keySet().forEach((key) -> {
			counts.deleted++;
			deletes.add(DerivedTable.bindable(this.keys, key).toArray());
		});
		String keyWhere = this.keys.stream().map((k) -> k + " = ?").collect(Collectors.joining(" AND "));
		batches(template, "DELETE FROM " + this.table + " WHERE " + keyWhere, deletes);
		batches(template, "UPDATE " + this.table + " SET "
				+ this.values.stream().map((v) -> v + " = ?").collect(Collectors.joining(", ")) + " WHERE " + keyWhere,
				updates);
		batches(template, "INSERT INTO " + this.table + " (" + String.join(", ", all) + ") VALUES ("
				+ all.stream().map((c) -> "?").collect(Collectors.joining(", ")) + ")", inserts);
		return counts;
	}

	/**
	 * Runs the statement once per row in JDBC batches: one round trip per batch instead
	 * of per row (and one multi-row INSERT per batch on PostgreSQL with
	 * {@code reWriteBatchedInserts}), so a school's facts are written in seconds.
	 */
	static void batches(JdbcTemplate template, String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

}
