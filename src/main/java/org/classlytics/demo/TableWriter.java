package org.classlytics.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends rows to one table in JDBC batches of {@value #BATCH_SIZE}, so that memory stays
 * flat however large the school is, and counts the rows and the time spent in the
 * database per table. Nulls are bound with the column's declared SQL type, everything
 * else with {@code setObject}, which both H2 and PostgreSQL map from {@code LocalDate},
 * {@code OffsetDateTime}, {@code BigDecimal} and the boxed primitives.
 */
final class TableWriter implements AutoCloseable {

	static final int BATCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	private final String table;

	private final String sql;

	private final int[] types;

	private final Map<String, Long> counts;

	private final Map<String, Long> nanos;

	private final List<Object[]> pending = new ArrayList<>(BATCH_SIZE);

	private long written;

	/**
	 * @param columns the column names, each followed by its {@link java.sql.Types} code
	 * for nulls: {@code "student_id", Types.BIGINT, ...}
	 */
	TableWriter(JdbcTemplate jdbc, Map<String, Long> counts, Map<String, Long> nanos, String table, Object... columns) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.nanos = nanos;
		this.table = table;
		int n = columns.length / 2;
		this.types = new int[n];
		List<String> names = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			names.add((String) columns[2 * i]);
			this.types[i] = (Integer) columns[2 * i + 1];
		}
		this.sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
				+ String.join(", ", names.stream().map((name) -> "?").toList()) + ")";
	}

	void row(Object... values) {
		if (values.length != this.types.length) {
			throw new IllegalArgumentException(this.table + " takes " + this.types.length + " values");
		}
		this.pending.add(values);
		if (this.pending.size() == BATCH_SIZE) {
			flush();
		}
	}

	private void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<Object[]> rows = this.pending;
		this.jdbc.batchUpdate(this.sql, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				Object[] row = rows.get(i);
				for (int column = 0; column < row.length; column++) {
					if (row[column] == null) {
						statement.setNull(column + 1, TableWriter.this.types[column]);
					}
					else {
						statement.setObject(column + 1, row[column]);
					}
				}
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		});
		this.written += rows.size();
		rows.clear();
		this.nanos.merge(this.table, System.nanoTime() - started, Long::sum);
	}

	@Override
	public void close() {
		flush();
		this.counts.merge(this.table, this.written, Long::sum);
	}

}
