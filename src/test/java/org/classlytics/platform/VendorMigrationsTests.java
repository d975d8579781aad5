package org.classlytics.platform;

import java.util.List;

import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations of one database only (db/vendor/{vendor}): PostgreSQL leaves room on the
 * pages of the tables that grades rewrite in place; H2 runs without them.
 */
@IntegrationTest
class VendorMigrationsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void leavesRoomForInPlaceUpdatesOnPostgresOnly() {
		List<String> applied = this.jdbc
			.queryForList("SELECT \"description\" FROM flyway_schema_history WHERE \"version\" LIKE '2026.12.07.9%' "
					+ "ORDER BY \"installed_rank\"", String.class);
		if (!SqlArrays.postgres(this.jdbc)) {
			assertThat(applied).isEmpty();
			return;
		}
		assertThat(applied).containsExactly("submissions fillfactor", "analytics fillfactor");
		assertThat(this.jdbc.queryForList("""
				SELECT c.relname || ' ' || array_to_string(c.reloptions, ',') FROM pg_class c
				JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = current_schema() AND c.reloptions IS NOT NULL AND c.relkind = 'r'
				ORDER BY c.relname""", String.class)).containsExactly("analytics_homework fillfactor=80",
				"analytics_items fillfactor=80", "analytics_student_terms fillfactor=80",
				"analytics_student_weeks fillfactor=80", "submissions fillfactor=80");
	}

}
