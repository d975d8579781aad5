package org.classlytics.bench;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a run measures and how often, from system properties
 * ({@code -Dbench.students=200}).
 *
 * @param database {@code postgres} or {@code h2}
 * @param url the JDBC URL of the PostgreSQL database (created when missing)
 * @param user the database user
 * @param password the database password
 * @param students the students of the main school
 * @param scaleStudents the students of the scaling school (0: none)
 * @param reuse keep the database and the schools of an earlier run with the same sizes
 * @param warmUp warm-up calls of each fast measurement
 * @param repetitions measured calls of each fast measurement
 * @param heavyWarmUp warm-up calls of each slow measurement (bulk)
 * @param heavyRepetitions measured calls of each slow measurement
 * @param clients HTTP client threads of the trend load
 * @param trendRequests measured trend requests
 * @param intakeClients concurrent clients of the intake
 * @param intakeRows graded results sent by them together
 * @param emails recipients of the delivery run
 * @param only the sections to run (empty: all): report, scaling, bulk, export, trend,
 * intake, recompute, delivery
 */
record Settings(String database, String url, String user, String password, int students, int scaleStudents,
		boolean reuse, int warmUp, int repetitions, int heavyWarmUp, int heavyRepetitions, int clients,
		int trendRequests, int intakeClients, int intakeRows, int emails, Set<String> only) {

	static Settings fromSystemProperties() {
		return new Settings(text("bench.database", "postgres"),
				text("bench.url", "jdbc:postgresql://127.0.0.1:5432/bench"), text("bench.user", "postgres"),
				text("bench.password", ""), number("bench.students", 2000), number("bench.scale-students", 20000),
				Boolean.parseBoolean(text("bench.reuse", "false")), number("bench.warm-up", 500),
				number("bench.repetitions", 200), number("bench.heavy-warm-up", 20),
				number("bench.heavy-repetitions", 15), number("bench.clients", 8),
				number("bench.trend-requests", 20000), number("bench.intake-clients", 4),
				number("bench.intake-rows", 1000), number("bench.emails", 2000),
				Arrays.stream(text("bench.only", "").split(","))
					.map(String::trim)
					.filter((s) -> !s.isEmpty())
					.collect(Collectors.toSet()));
	}

	boolean runs(String section) {
		return this.only.isEmpty() || this.only.contains(section);
	}

	boolean postgres() {
		return this.database.equals("postgres");
	}

	private static String text(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	private static int number(String name, int fallback) {
		return Integer.parseInt(text(name, Integer.toString(fallback)));
	}

}
