package org.classlytics.intake;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Random;

import org.classlytics.analytics.Recompute;
import org.classlytics.demo.DemoPlan;
import org.classlytics.demo.DemoSchool;
import org.classlytics.demo.GeneratedSchool;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a test: a generated demo school of {@code import.bench.students}
 * students (2,000 by default) whose assignments get external ids, then a grades file of
 * up to {@code import.bench.rows} rows (100,000) for their (assignment, student) pairs,
 * imported through {@link Intake} with analytics kept current; a dry-run recompute of the
 * school afterwards must find no mismatch. Run it by hand on PostgreSQL:
 * {@code ./mvnw -q test -Ppostgres -Dpostgres.url=jdbc:postgresql://127.0.0.1:5432/import_bench
 * -Dtest=IntakeBenchmark -Dimport.bench=true} and read
 * {@code target/surefire-reports/*IntakeBenchmark-output.txt}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "import.bench", matches = "true")
class IntakeBenchmark {

	@Autowired
	DemoSchool demo;

	@Autowired
	Intake intake;

	@Autowired
	Roster roster;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Recompute recompute;

	@Test
	void measure() throws Exception {
		int students = Integer.getInteger("import.bench.students", 2000);
		int rows = Integer.getInteger("import.bench.rows", 100_000);
		String domain = "import-bench-" + System.nanoTime() + ".example.org";
		long started = System.nanoTime();
		GeneratedSchool school = this.demo
			.generate(new DemoPlan(students, 11L, "Import Bench", domain, Instant.parse("2026-11-20T10:00:00Z")));
		System.out.printf("demo school of %d students: %d rows in %.1f s%n", students, school.totalRows(),
				(System.nanoTime() - started) / 1e9);
		this.jdbc.sql("UPDATE assignments SET external_id = 'B-' || CAST(id AS VARCHAR(20)) WHERE school_id = ?")
			.param(school.schoolId())
			.update();
		Path file = Files.createTempFile("grades", ".csv");
		Random random = new Random(5);
		int[] written = { 0 };
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("assignment,student,score,graded_at,feedback\n");
			this.jdbc.sql("""
					SELECT a.external_id, u.email, a.max_score, a.due_at FROM assignment_students s
					JOIN assignments a ON a.id = s.assignment_id JOIN users u ON u.id = s.student_id
					WHERE a.school_id = ? ORDER BY a.due_at, a.id, s.student_id LIMIT ?""")
				.params(school.schoolId(), rows)
				.query((rs) -> {
					BigDecimal max = rs.getBigDecimal(3);
					BigDecimal score = max.multiply(BigDecimal.valueOf(random.nextInt(101)))
						.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
					Instant graded = rs.getObject(4, OffsetDateTime.class).toInstant().plusSeconds(86_400);
					try {
						out.write(rs.getString(1) + "," + rs.getString(2) + "," + score.toPlainString() + "," + graded
								+ ",imported\n");
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
					written[0]++;
				});
		}
		long adminId = this.roster.personByEmail("admin@" + domain).orElseThrow().id();
		Actor admin = new Actor(adminId, school.schoolId(), Role.ADMIN);
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		double[] dbStarted = databaseTime();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		long importStarted = System.nanoTime();
		ImportResult result;
		try (InputStream in = Files.newInputStream(file)) {
			result = this.intake.importCsv(admin, ImportKind.GRADES, in, (n) -> {
			});
		}
		double seconds = (System.nanoTime() - importStarted) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
		double[] dbEnded = databaseTime();
		assertThat(result.errors()).isEmpty();
		if (dbStarted != null) {
			System.out.printf(
					"database: %.2f s active in statements, %.2f s CPU of its server processes, "
							+ "%.0f tuples written (%.0f inserted, %.0f updated, %.0f deleted)%n",
					(dbEnded[0] - dbStarted[0]) / 1000, dbEnded[4] - dbStarted[4],
					dbEnded[1] - dbStarted[1] + dbEnded[2] - dbStarted[2] + dbEnded[3] - dbStarted[3],
					dbEnded[1] - dbStarted[1], dbEnded[2] - dbStarted[2], dbEnded[3] - dbStarted[3]);
		}
		System.out.printf(
				"imported %d graded rows (%d created, %d updated) in %.2f s: %.0f rows/s "
						+ "(%.1f s CPU in the importing thread; load average %.1f)%n",
				written[0], result.created(), result.updated(), seconds, written[0] / seconds, cpu,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		int graded = this.jdbc.sql("SELECT COUNT(*) FROM submissions WHERE school_id = ? AND status = 'GRADED'")
			.param(school.schoolId())
			.query(Integer.class)
			.single();
		int items = this.jdbc.sql("SELECT COUNT(*) FROM analytics_items WHERE school_id = ? AND kind = 'A'")
			.param(school.schoolId())
			.query(Integer.class)
			.single();
		int counted = this.jdbc
			.sql("SELECT COALESCE(SUM(assignment_count), 0) FROM analytics_student_weeks WHERE school_id = ?")
			.param(school.schoolId())
			.query(Integer.class)
			.single();
		System.out.printf("graded submissions %d, analytics items %d, weekly assignment counts %d%n", graded, items,
				counted);
		assertThat(items).isEqualTo(graded);
		assertThat(counted).isEqualTo(graded);
		Recompute.Result check = this.recompute.run(school.schoolId(), new Recompute.Request(null, null, null, true),
				null);
		System.out.printf("dry-run recompute: %d weeks examined, %d mismatches%n", check.weeksExamined(),
				check.mismatches());
		assertThat(check.mismatches()).isZero();
		Files.delete(file);
	}

	/**
	 * PostgreSQL's own count of this database's time in statements (ms) and of the tuples
	 * inserted, updated and deleted (an idle session flushes them within 10 s, so they
	 * are read after that); null on H2.
	 */
	private double[] databaseTime() throws InterruptedException {
		if (!System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
			return null;
		}
		// An idle session flushes its counts within 10 s.
		org.awaitility.Awaitility.await()
			.pollDelay(java.time.Duration.ofSeconds(11))
			.atMost(java.time.Duration.ofSeconds(12))
			.until(() -> true);
		double[] stats = this.jdbc
			.sql("SELECT pg_stat_clear_snapshot(), active_time, tup_inserted, tup_updated, tup_deleted "
					+ "FROM pg_stat_database WHERE datname = current_database()")
			.query((rs, row) -> new double[] { rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), 0 })
			.single();
		stats[4] = backendCpuSeconds();
		return stats;
	}

	/**
	 * CPU seconds used so far by this database's server processes, from /proc when the
	 * server runs on this machine (0 otherwise): unlike wall or active time, it does not
	 * grow while the processes wait for a core of a loaded machine.
	 */
	private double backendCpuSeconds() {
		double seconds = 0;
		for (Integer pid : this.jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
			.query(Integer.class)
			.list()) {
			Path stat = Path.of("/proc", pid.toString(), "stat");
			try {
				String text = Files.readString(stat);
				String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
				// utime and stime are fields 14 and 15 of the file, in ticks of 1/100 s.
				seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
			}
			catch (java.io.IOException | RuntimeException ex) {
				// Not on this machine, or the process ended: it counts nothing.
			}
		}
		return seconds;
	}

}
