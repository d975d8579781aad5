package org.classlytics.reports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local index of the report cache under concurrency: an entry remembered while an
 * eviction of someone else unindexes another entry of the same person must still be
 * indexed under that person, or a later change of theirs leaves it stale (seen in
 * {@code LoadConsistencyTests}: a student's report and a class report kept after a due
 * date of theirs moved). The race is between threads, so it is repeated for a few
 * seconds.
 */
class ReportCacheIndexRaceTests {

	private static final long STUDENT = 1L;

	private static final long TEACHER = 2L;

	private static final int TEACHERS = 3;

	private static final Duration DURATION = Duration.ofSeconds(3);

	private final ReportCache cache = new ReportCache(1_000_000, Duration.ofMinutes(1),
			new ReportsRedis("", 6379, "", "test:", Duration.ofMillis(200)));

	private final ExecutorService threads = Executors.newFixedThreadPool(TEACHERS);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void anEntryRememberedWhileAnotherOfItsPersonIsUnindexedIsStillEvictedWithThem() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		List<Future<?>> teachers = new ArrayList<>();
		for (int t = 0; t < TEACHERS; t++) {
			long teacher = 100 + t;
			// A class report of the student and this teacher, evicted by the teacher
			// alone: its removal unindexes it from the student, whose index may empty.
			teachers.add(this.threads.submit(() -> {
				for (int round = 0; running.get(); round++) {
					ReportCache.Key classReport = key("class:" + teacher, round);
					this.cache.get(classReport, String.class, () -> "class", (value) -> List.of(STUDENT, teacher));
					this.cache.evictPeople(List.of(teacher));
				}
				return null;
			}));
		}
		int lost = 0;
		long until = System.nanoTime() + DURATION.toNanos();
		for (int round = 0; System.nanoTime() < until; round++) {
			ReportCache.Key studentReport = key("student", round);
			this.cache.get(studentReport, String.class, () -> "before", (value) -> List.of(STUDENT));
			this.cache.evictPeople(List.of(STUDENT));
			if (this.cache.get(studentReport, String.class, () -> "after", (value) -> List.of(STUDENT))
				.equals("before")) {
				lost++;
			}
		}
		running.set(false);
		for (Future<?> teacher : teachers) {
			teacher.get();
		}
		assertThat(lost).as("student reports kept after the student was evicted").isZero();
	}

	@Test
	void anEntryStoredWhileAnEvictionOfItsPersonUnindexesTheOldCopyKeepsItsIndex() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		// The student's changes evict their reports, many at a time, and unindex each
		// removed copy from its people, while the main thread reads (and stores again)
		// reports of the student.
		Future<?> changes = this.threads.submit(() -> {
			while (running.get()) {
				for (int other = 0; other < 50; other++) {
					this.cache.get(key("other", other), String.class, () -> "other", (value) -> List.of(STUDENT));
				}
				this.cache.evictPeople(List.of(STUDENT));
			}
			return null;
		});
		List<ReportCache.Key> read = new ArrayList<>();
		long until = System.nanoTime() + DURATION.toNanos();
		for (int round = 0; System.nanoTime() < until; round++) {
			ReportCache.Key report = key("other", round % 50);
			this.cache.get(report, String.class, () -> "before", (value) -> List.of(STUDENT, TEACHER));
			read.add(report);
		}
		running.set(false);
		changes.get();

		this.cache.evictPeople(List.of(STUDENT));

		long lost = read.stream()
			.distinct()
			.filter((report) -> this.cache.get(report, String.class, () -> "after", (value) -> List.of(STUDENT))
				.equals("before"))
			.count();
		assertThat(lost).as("reports kept after their student was evicted").isZero();
	}

	private static ReportCache.Key key(String kind, int round) {
		return new ReportCache.Key(kind, 1L, 10L, List.of(round));
	}

}
