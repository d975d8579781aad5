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

	/**
	 * Rows per {@code INSERT ... VALUES (...), (...)}: one statement per 50 rows saves H2
	 * its per-statement work and PostgreSQL its per-statement round trip, whether or not
	 * the driver rewrites batches itself.
	 */
	static final int ROWS_PER_STATEMENT = 50;

	private final JdbcTemplate jdbc;

	private final String table;

	private final String sql;

	private final String multiRowSql;

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
		String values = "(" + String.join(", ", names.stream().map((name) -> "?").toList()) + ")";
		this.sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES " + values;
		this.multiRowSql = this.sql + (", " + values).repeat(ROWS_PER_STATEMENT - 1);
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
		int statements = rows.size() / ROWS_PER_STATEMENT;
		int grouped = statements * ROWS_PER_STATEMENT;
		if (statements > 0) {
			insert(this.multiRowSql, statements, (statement, i) -> {
				for (int k = 0; k < ROWS_PER_STATEMENT; k++) {
					bind(statement, k * this.types.length, rows.get(i * ROWS_PER_STATEMENT + k));
				}
			});
		}
		if (grouped < rows.size()) {
			insert(this.sql, rows.size() - grouped, (statement, i) -> bind(statement, 0, rows.get(grouped + i)));
		}
		this.written += rows.size();
		rows.clear();
		this.nanos.merge(this.table, System.nanoTime() - started, Long::sum);
	}

	private void insert(String sql, int count, Binder binder) {
		this.jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				binder.bind(statement, i);
			}

			@Override
			public int getBatchSize() {
				return count;
			}

		});
	}

	private void bind(PreparedStatement statement, int offset, Object[] row) throws SQLException {
		for (int column = 0; column < row.length; column++) {
			if (row[column] == null) {
				statement.setNull(offset + column + 1, this.types[column]);
			}
			else {
				statement.setObject(offset + column + 1, row[column]);
			}
		}
	}

	private interface Binder {

		void bind(PreparedStatement statement, int i) throws SQLException;

	}

	@Override
	public void close() {
		flush();
		this.counts.merge(this.table, this.written, Long::sum);
	}

}
