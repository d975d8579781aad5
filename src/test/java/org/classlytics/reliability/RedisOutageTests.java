package org.classlytics.reliability;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.LocalRedis;
import org.classlytics.support.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * Redis stops under load and comes back: the application reaches the shared Redis through
 * a {@link TcpProxy} that the test cuts and restores (the shared server itself is never
 * touched). Teachers grade and read student reports all the while; no request answers
 * 5xx, and no report read after a grade shows the figures from before it, neither during
 * the outage nor after Redis returns, when Redis still holds entries cached before the
 * outage. Runs when Redis answers at {@code spring.data.redis.host}/{@code port}
 * (127.0.0.1:6379 by default).
 */
@IntegrationTest
@EnabledIf("org.classlytics.support.LocalRedis#reachable")
class RedisOutageTests {

	private static final Logger log = LoggerFactory.getLogger(RedisOutageTests.class);

	private static final String RANGE = "?from=2025-03-10&to=2025-03-18";

	private static final int WORKERS = 3;

	private static final int STUDENTS_PER_WORKER = 2;

	/**
	 * Students graded and read before the outage, graded during it and read only after:
	 * what Redis held for them went stale while it was away.
	 */
	private static final int QUIET_STUDENTS = 2;

	private static final TcpProxy redis = new TcpProxy(LocalRedis.host(), LocalRedis.port());

	@DynamicPropertySource
	static void redisThroughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", redis::port);
		registry.add("classlytics.reports.redis-retry", () -> "1s");
		registry.add("classlytics.reports.redis-key-prefix", () -> "wt-faults:" + UUID.randomUUID() + ":");
	}

	@AfterAll
	static void closeProxy() {
		redis.close();
	}

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong serverErrors = new AtomicLong();

	private final AtomicLong stale = new AtomicLong();

	private final Map<String, AtomicLong> requestsByPhase = new ConcurrentHashMap<>();

	private volatile String phase = "before";

	@Test
	void redisStoppedUnderLoadGivesNo5xxAndNoStaleReportAfterItReturns() throws Exception {
		World w = World.create(this.fixtures);
		Api.Caller teacher = this.api.as(w.token("teacherA"));
		List<Student> students = students(w, teacher, WORKERS * STUDENTS_PER_WORKER + QUIET_STUDENTS);
		List<Student> quiet = students.subList(0, QUIET_STUDENTS);
		for (Student student : quiet) {
			gradeAndRead(teacher, student, 10);
		}

		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger cycles = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
		List<Future<?>> workers = new ArrayList<>();
		for (int i = 0; i < WORKERS; i++) {
			List<Student> mine = students.subList(QUIET_STUDENTS + i * STUDENTS_PER_WORKER,
					QUIET_STUDENTS + (i + 1) * STUDENTS_PER_WORKER);
			workers.add(pool.submit(() -> {
				for (int score = 1; !stop.get(); score = score % 50 + 1) {
					for (Student student : mine) {
						gradeAndRead(teacher, student, score);
					}
					cycles.incrementAndGet();
				}
			}));
		}
		try {
			awaitCycles(cycles, 3 * WORKERS);

			this.phase = "down";
			redis.cut();
			for (Student student : quiet) {
				grade(teacher, student, 40);
			}
			awaitCycles(cycles, 5 * WORKERS);

			this.phase = "back";
			long carried = redis.bytes();
			redis.restore();
			// Used again: the retry period (1 s) is over and Lettuce reconnected.
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> redis.bytes() > carried);
			for (Student student : quiet) {
				read(teacher, student, 40);
			}
			awaitCycles(cycles, 5 * WORKERS);
		}
		finally {
			stop.set(true);
			pool.shutdown();
		}
		for (Future<?> worker : workers) {
			worker.get();
		}

		log.info("Redis outage: {} requests ({}), {} 5xx, {} stale, {} proxied connections, {} bytes", this.requests,
				this.requestsByPhase, this.serverErrors, this.stale, redis.connections(), redis.bytes());
		assertThat(this.requestsByPhase.get("down").get())
			.isGreaterThanOrEqualTo(5L * WORKERS * 2 * STUDENTS_PER_WORKER);
		assertThat(this.requestsByPhase.get("back").get())
			.isGreaterThanOrEqualTo(5L * WORKERS * 2 * STUDENTS_PER_WORKER);
		assertThat(this.serverErrors).hasValue(0);
		assertThat(this.stale).hasValue(0);
	}

	private void awaitCycles(AtomicInteger cycles, int more) {
		int target = cycles.get() + more;
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> cycles.get() >= target);
	}

	private void gradeAndRead(Api.Caller teacher, Student student, int score) {
		grade(teacher, student, score);
		read(teacher, student, score);
	}

	private void grade(Api.Caller teacher, Student student, int score) {
		Api.Reply graded = count(teacher.post("/api/submissions/" + student.submission() + "/grade",
				body("score", score, "feedback", null, "graded_at", "2025-03-13T09:00:00Z")));
		if (graded.status() < 500) {
			// A 5xx is counted (and fails the test at the end); anything else is a
			// mistake.
			assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
		}
	}

	/**
	 * Reads the report and checks it against the figure the last grade gives: the essay
	 * is out of 50, so the average is twice the score.
	 */
	private void read(Api.Caller teacher, Student student, int score) {
		Api.Reply report = count(teacher.get("/api/reports/student-performance/" + student.person().id() + RANGE));
		if (report.status() != 200) {
			return;
		}
		int percentage = report.json().get("grades").get("average_percentage").decimalValue().intValueExact();
		if (percentage != 2 * score) {
			this.stale.incrementAndGet();
		}
	}

	private Api.Reply count(Api.Reply reply) {
		this.requests.incrementAndGet();
		this.requestsByPhase.computeIfAbsent(this.phase, (name) -> new AtomicLong()).incrementAndGet();
		if (reply.status() >= 500) {
			this.serverErrors.incrementAndGet();
		}
		return reply;
	}

	private List<Student> students(World w, Api.Caller teacher, int count) {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Person student = w.school().student("Load", "No" + i, w.classSection(), null);
			w.school().enroll(student, w.teacherA(), w.subject());
			people.add(student);
		}
		long essay = create(teacher, "/api/assignments",
				body("subject_id", w.subject().id(), "title", "Essay", "due_at", "2025-03-12T10:00:00Z", "max_score",
						50, "student_ids", people.stream().map(Person::id).toList(), "created_at",
						"2025-03-03T08:00:00Z"));
		return people.stream()
			.map((person) -> new Student(person,
					create(teacher, "/api/assignments/" + essay + "/submissions",
							body("student_id", person.id(), "submitted_at", "2025-03-11T09:00:00Z"))))
			.toList();
	}

	record Student(Person person, long submission) {

	}

}
