package org.classlytics.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.roster.Subject;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * A measurement, not a test: a school of 2,000 students (1,000 parents with two children,
 * 20 classes, one term) with six quiz attempts per student over six weeks, recorded
 * through the API; then the parent's weekly-trend endpoint and a full recompute are
 * timed. Run it by hand:
 * {@code ./mvnw -q test -Ppostgres -Dpostgres.url=... -Dtest=AnalyticsBenchmark -Danalytics.bench=true}
 * and read {@code target/surefire-reports/*AnalyticsBenchmark-output.txt}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "analytics.bench", matches = "true")
class AnalyticsBenchmark {

	private static final int STUDENTS = 2000;

	private static final int ATTEMPTS = 6;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void measure() throws Exception {
		long started = System.nanoTime();
		Fixtures.TestSchool school = this.fixtures.school("Europe/Athens");
		Subject subject = school.subject("Mathematics", "MATH");
		Person teacher = school.teacher("Bench", "Teacher");
		school.term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30));
		List<ClassSection> classes = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			classes.add(school.classSection("C" + i));
		}
		List<Person> students = new ArrayList<>();
		List<Person> parents = new ArrayList<>();
		for (int i = 0; i < STUDENTS / 2; i++) {
			Person parent = school.parent("Parent", "P" + i);
			parents.add(parent);
			for (int c = 0; c < 2; c++) {
				Person student = school.student("Student", "S" + i + "_" + c, classes.get((2 * i + c) % 20), null,
						parent);
				school.enroll(student, teacher, subject);
				students.add(student);
			}
		}
		System.out.printf("roster: %d students, %d parents in %.1f s%n", students.size(), parents.size(),
				seconds(started));
		Api.Caller teacherApi = this.api.as(school.tokenOf(teacher));
		long quiz = org.classlytics.support.CourseworkFixtures.create(teacherApi, "/api/quizzes",
				body("subject_id", subject.id(), "title", "Bench", "max_score", 100));
		long intake = System.nanoTime();
		Instant base = Instant.parse("2025-02-03T09:00:00Z");
		for (int a = 0; a < ATTEMPTS; a++) {
			for (int s = 0; s < students.size(); s++) {
				Api.Reply reply = teacherApi.post("/api/quizzes/" + quiz + "/attempts",
						body("student_id", students.get(s).id(), "started_at",
								base.plus(7L * a, ChronoUnit.DAYS).toString(), "completed_at",
								base.plus(7L * a, ChronoUnit.DAYS).toString(), "score", (s * 7 + a * 13) % 101));
				assertThat(reply.status()).as(reply.text()).isEqualTo(201);
			}
		}
		int items = ATTEMPTS * students.size();
		double intakeSeconds = seconds(intake);
		System.out.printf("intake: %d graded attempts through the API in %.1f s (%.1f ms each, analytics included)%n",
				items, intakeSeconds, intakeSeconds * 1000 / items);
		List<String> tokens = parents.stream().map(school::tokenOf).toList();
		// Warm-up, then sequential latency.
		for (int i = 0; i < 500; i++) {
			trend(tokens, parents, i);
		}
		long[] latencies = new long[2000];
		long sequential = System.nanoTime();
		for (int i = 0; i < latencies.length; i++) {
			long t = System.nanoTime();
			trend(tokens, parents, i);
			latencies[i] = System.nanoTime() - t;
		}
		double sequentialSeconds = seconds(sequential);
		Arrays.sort(latencies);
		System.out.printf(
				"parent weekly-trend (weeks=6), 1 client: %d requests in %.2f s = %.0f req/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
				latencies.length, sequentialSeconds, latencies.length / sequentialSeconds, latencies[1000] / 1e6,
				latencies[1900] / 1e6, latencies[1980] / 1e6);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		long concurrent = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			int offset = t;
			futures.add(pool.submit(() -> {
				for (int i = 0; i < 1000; i++) {
					trend(tokens, parents, offset * 1000 + i);
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		double concurrentSeconds = seconds(concurrent);
		System.out.printf("parent weekly-trend, 4 clients: 4000 requests in %.2f s = %.0f req/s%n", concurrentSeconds,
				4000 / concurrentSeconds);
		Api.Caller admin = this.api.as(school.tokenOf(school.admin()));
		long recompute = System.nanoTime();
		Api.Reply reply = admin.post("/api/admin/analytics/recompute", body());
		System.out.printf("full recompute of the school: %.2f s, %s%n", seconds(recompute), reply.text());
		assertThat(reply.json().get("mismatches").asInt()).isZero();
		long dryRun = System.nanoTime();
		reply = admin.post("/api/admin/analytics/recompute", body("dry_run", true));
		System.out.printf("dry-run recompute: %.2f s, %s%n", seconds(dryRun), reply.text());
	}

	private void trend(List<String> tokens, List<Person> parents, int i) {
		int p = i % parents.size();
		Api.Reply reply = this.api.as(tokens.get(p)).get("/api/parent/dashboard?weeks=6&until=2025-03-16");
		if (reply.status() != 200) {
			throw new AssertionError(reply.toString());
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
