package org.classlytics.analytics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One derived table and the set-based SELECT that computes its rows from the facts. The
 * same statement serves the incremental path (a scope of one key, written with a standard
 * MERGE that runs on H2 and PostgreSQL 15) and the recompute (a wide scope, compared with
 * the stored rows before it is written).
 *
 * @param scopeColumns the table's columns for school, student, teacher, term and date,
 * null where the table has none
 */
record DerivedTable(String table, List<String> keys, List<String> values, Function<Scope, String> expected,
		List<String> scopeColumns) {

	String whereStored(Scope scope) {
		return scope.where(this.scopeColumns.get(0), this.scopeColumns.get(1), this.scopeColumns.get(2),
				this.scopeColumns.get(3), this.scopeColumns.get(4));
	}

	/**
	 * Writes the rebuilt rows of the scope and removes the stored rows the rebuild no
	 * longer has.
	 */
	void apply(JdbcClient jdbc, Scope scope) {
		merge(jdbc, scope);
		String on = this.keys.stream()
			.map((k) -> "s." + k + " = " + this.table + "." + k)
			.collect(Collectors.joining(" AND "));
		scope
			.bind(jdbc.sql("DELETE FROM " + this.table + " WHERE 1 = 1" + whereStored(scope)
					+ " AND NOT EXISTS (SELECT 1 FROM (" + this.expected.apply(scope) + ") s WHERE " + on + ")"))
			.update();
	}

	/**
	 * PostgreSQL: what {@link #apply} does in one statement that computes the rebuild
	 * once (apply's MERGE and DELETE each compute it). The rebuilt rows are upserted, a
	 * stored row only when a value differs, and the stored rows of the scope the rebuild
	 * no longer has are deleted; the two parts touch different keys, so reading the same
	 * snapshot is right for both.
	 */
	void applyOnPostgres(JdbcClient jdbc, Scope scope) {
		List<String> all = new ArrayList<>(this.keys);
		all.addAll(this.values);
		String sql = "WITH s AS MATERIALIZED (" + this.expected.apply(scope) + "), pruned AS (DELETE FROM " + this.table
				+ " WHERE 1 = 1" + whereStored(scope) + " AND NOT EXISTS (SELECT 1 FROM s WHERE "
				+ this.keys.stream()
					.map((k) -> "s." + k + " = " + this.table + "." + k)
					.collect(Collectors.joining(" AND "))
				+ ")) INSERT INTO " + this.table + " AS t (" + String.join(", ", all) + ") SELECT "
				+ String.join(", ", all) + " FROM s ON CONFLICT (" + String.join(", ", this.keys) + ") DO UPDATE SET "
				+ this.values.stream().map((v) -> v + " = EXCLUDED." + v).collect(Collectors.joining(", ")) + " WHERE ("
				+ this.values.stream().map((v) -> "t." + v).collect(Collectors.joining(", ")) + ") IS DISTINCT FROM ("
				+ this.values.stream().map((v) -> "EXCLUDED." + v).collect(Collectors.joining(", ")) + ")";
		scope.bind(jdbc.sql(sql)).update();
	}

	/**
	 * Writes the rebuilt rows of the scope: new keys inserted, and only the stored rows
	 * whose values differ updated, so that a rebuild of a wide scope that is mostly right
	 * (a recompute, a batch) rewrites the few wrong rows, not all of them.
	 */
	void merge(JdbcClient jdbc, Scope scope) {
		List<String> all = new ArrayList<>(this.keys);
		all.addAll(this.values);
		String sql = "MERGE INTO " + this.table + " t USING (" + this.expected.apply(scope) + ") s ON ("
				+ this.keys.stream().map((k) -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
				+ ") WHEN MATCHED AND ("
				+ this.values.stream()
					.map((v) -> "t." + v + " IS DISTINCT FROM s." + v)
					.collect(Collectors.joining(" OR "))
				+ ") THEN UPDATE SET "
				+ this.values.stream().map((v) -> v + " = s." + v).collect(Collectors.joining(", "))
				+ " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES ("
				+ all.stream().map((c) -> "s." + c).collect(Collectors.joining(", ")) + ")";
		scope.bind(jdbc.sql(sql)).update();
	}

	/**
	 * The rows the rebuild computes for the scope, by key.
	 */
	Map<List<Object>, List<Object>> rebuilt(JdbcClient jdbc, Scope scope) {
		return rows(scope.bind(jdbc.sql(this.expected.apply(scope))));
	}

	Map<List<Object>, List<Object>> stored(JdbcClient jdbc, Scope scope) {
		List<String> all = new ArrayList<>(this.keys);
		all.addAll(this.values);
		return rows(scope.bind(jdbc
			.sql("SELECT " + String.join(", ", all) + " FROM " + this.table + " WHERE 1 = 1" + whereStored(scope))));
	}

	void deleteKeys(JdbcTemplate template, List<List<Object>> keysToDelete) {
		String where = this.keys.stream().map((k) -> k + " = ?").collect(Collectors.joining(" AND "));
		FactTable.batches(template, "DELETE FROM " + this.table + " WHERE " + where,
				keysToDelete.stream().map((key) -> bindable(this.keys, key).toArray()).toList());
	}

	private Map<List<Object>, List<Object>> rows(JdbcClient.StatementSpec statement) {
		Map<List<Object>, List<Object>> rows = new LinkedHashMap<>();
		statement.query((ResultSet rs) -> {
			List<Object> key = new ArrayList<>();
			for (String k : this.keys) {
				key.add(normalize(rs.getObject(k)));
			}
			List<Object> row = new ArrayList<>();
			for (String v : this.values) {
				row.add(normalize(rs.getObject(v)));
			}
			rows.put(key, row);
		});
		return rows;
	}

	/**
	 * A normalized key back in a form both drivers bind: ids as numbers, dates as dates.
	 */
	static List<Object> bindable(List<String> columns, List<Object> key) {
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < key.size(); i++) {
			Object value = key.get(i);
			String column = columns.get(i);
			if (value instanceof String text && column.endsWith("_id")) {
				values.add(Long.parseLong(text));
			}
			else if (value instanceof String text && (column.endsWith("_date") || column.equals("week_start"))) {
				values.add(java.time.LocalDate.parse(text));
			}
			else {
				values.add(value);
			}
		}
		return values;
	}

	/**
	 * A comparable form of a column value, the same whether it comes from H2, PostgreSQL
	 * or Java: decimals without trailing zeros, instants in UTC, dates as ISO text.
	 */
	static Object normalize(Object value) {
		if (value instanceof BigDecimal decimal) {
			return (decimal.signum() == 0) ? "0" : decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number number) {
			return String.valueOf(number.longValue());
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.time.OffsetDateTime instant) {
			return instant.toInstant().toString();
		}
		if (value instanceof String text) {
			return text.trim();
		}
		return (value != null) ? value.toString() : null;
	}

}
