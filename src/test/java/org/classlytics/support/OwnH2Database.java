package org.classlytics.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An in-memory H2 database of a test's own, for the application contexts that run
 * background jobs (db-scheduler) and are closed after their test class. Closing such a
 * context while its scheduler threads were in the middle of a query has left the shared
 * in-memory database of the cached contexts closed ("The database has been closed") for
 * every test class after it; on a database of its own, whatever the closing does stays
 * with that class. PostgreSQL runs (the {@code postgres} profile sets
 * {@code spring.datasource.url}) keep the one database.
 */
public final class OwnH2Database {

	private OwnH2Database() {
	}

	/**
	 * Points the context at {@code jdbc:h2:mem:<name>} unless the run is on PostgreSQL.
	 */
	public static void register(DynamicPropertyRegistry registry, String name) {
		if (onH2()) {
			registry.add("spring.datasource.url", () -> url(name));
		}
	}

	public static boolean onH2() {
		return System.getProperty("spring.datasource.url") == null;
	}

	public static String url(String name) {
		return "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

}
