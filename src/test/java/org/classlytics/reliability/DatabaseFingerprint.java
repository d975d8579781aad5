package org.classlytics.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row count and a hash of every row's content of each table the API writes, in one
 * statement, so that "nothing changed" can be checked after every rejected request.
 * Tables the application writes on its own (the analytics read model, fed after an
 * accepted change, and the scheduler's task table) are left out: they may move between
 * two requests without any request being at fault.
 */
final class DatabaseFingerprint {

	private static final Set<String> OWN_WRITES = Set.of("scheduled_tasks", "flyway_schema_history",
			"weekly_pipeline_runs");

	private final JdbcClient jdbc;

	private final String sql;

	private final int tables;

	private final Runnable beforeTake;

	private DatabaseFingerprint(JdbcClient jdbc, String sql, int tables, Runnable beforeTake) {
		this.beforeTake = beforeTake;
		this.jdbc = jdbc;
		this.sql = sql;
		this.tables = tables;
	}

	/**
	 * @param beforeTake run before each take, to write what the application buffers (the
	 * audit trail) so that it counts for the request that caused it
	 */
	static DatabaseFingerprint of(JdbcClient jdbc, boolean postgres, Runnable beforeTake) {
		Map<String, List<String>> columns = new TreeMap<>();
		jdbc.sql("""
				SELECT LOWER(table_name), LOWER(column_name), UPPER(data_type) FROM information_schema.columns
				WHERE table_schema = current_schema() ORDER BY ordinal_position""").query((rs) -> {
			String table = rs.getString(1);
			if (table.startsWith("analytics_") || OWN_WRITES.contains(table)) {
				return;
			}
			String column = rs.getString(2);
			String type = rs.getString(3);
			boolean binary = type.contains("BINARY") || type.contains("BLOB") || type.contains("BYTEA");
			columns.computeIfAbsent(table, (name) -> new ArrayList<>())
				.add(binary ? "COALESCE(CAST(LENGTH(" + column + ") AS VARCHAR), '~')"
						: "COALESCE(CAST(" + column + " AS VARCHAR), '~')");
		});
		String hash = postgres ? "hashtext" : "ORA_HASH";
		String sql = columns.entrySet()
			.stream()
			.map((table) -> "SELECT '" + table.getKey() + "', COUNT(*), COALESCE(SUM(CAST(" + hash + "(CONCAT_WS('|', "
					+ String.join(", ", table.getValue()) + ")) AS BIGINT)), 0) FROM " + table.getKey())
			.collect(Collectors.joining(" UNION ALL "));
		return new DatabaseFingerprint(jdbc, sql, columns.size(), beforeTake);
	}

	int tables() {
		return this.tables;
	}

	/**
	 * Each table's {@code count:hash}.
	 */
	Map<String, String> take() {
		this.beforeTake.run();
		Map<String, String> fingerprint = new LinkedHashMap<>();
		this.jdbc.sql(this.sql).query((rs) -> {
			fingerprint.put(rs.getString(1), rs.getLong(2) + ":" + rs.getLong(3));
		});
		return fingerprint;
	}

	/**
	 * The tables whose fingerprint differs between two takes.
	 */
	static List<String> changed(Map<String, String> before, Map<String, String> after) {
		return before.keySet().stream().filter((table) -> !before.get(table).equals(after.get(table))).toList();
	}

}
