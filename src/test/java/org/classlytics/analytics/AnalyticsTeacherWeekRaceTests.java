package org.classlytics.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.classlytics.support.IntegrationTest;
import org.classlytics.support.Release;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two transactions that each create the same new teacher week (two lessons of one teacher
 * held in a week that has no row yet, say) used to race on its primary key, and the later
 * one failed (409 over the API). They now queue on the teacher's lock row, and the later
 * one updates the row the first one created.
 */
@IntegrationTest
class AnalyticsTeacherWeekRaceTests {

	private static final LocalDate WEEK = LocalDate.of(2025, 3, 10);

	@Autowired
	Rollups rollups;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	// A teacher and school id that no fixture uses: the rows written here are bare
	// analytics rows, removed afterwards so that no recompute of a real school sees them.
	private final long teacher = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
		this.jdbc.sql("DELETE FROM analytics_lessons WHERE teacher_id = ?").param(this.teacher).update();
		this.jdbc.sql("DELETE FROM analytics_teacher_weeks WHERE teacher_id = ?").param(this.teacher).update();
		this.jdbc.sql("DELETE FROM analytics_teacher_locks WHERE teacher_id = ?").param(this.teacher).update();
	}

	@Test
	void twoTransactionsCreatingOneTeacherWeekBothCommitWithTheLaterCount() throws Exception {
		long teacher = this.teacher;
		lesson(teacher, teacher);
		Set<Map.Entry<Long, LocalDate>> week = Set.of(Map.entry(teacher, WEEK));
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		Future<?> first = this.threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
			this.rollups.teacherWeeks(week, Set.of());
			firstWrote.countDown();
			Release.await(releaseFirst);
		}));
		assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();

		// The second lesson is committed before the second rebuild starts, so that
		// rebuild must count both lessons.
		lesson(teacher + 1, teacher);
		Future<?> second = this.threads.submit(
				() -> this.transactions.executeWithoutResult((status) -> this.rollups.teacherWeeks(week, Set.of())));
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
		releaseFirst.countDown();

		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		assertThat(this.jdbc.sql("SELECT classes_taught FROM analytics_teacher_weeks WHERE teacher_id = ?")
			.param(teacher)
			.query(Integer.class)
			.list()).containsExactly(2);
	}

	private void lesson(long lessonId, long teacher) {
		this.jdbc
			.sql("INSERT INTO analytics_lessons (lesson_id, school_id, teacher_id, starts_at, week_start, held) "
					+ "VALUES (?, ?, ?, ?, ?, TRUE)")
			.params(lessonId, teacher, teacher, OffsetDateTime.of(2025, 3, 11, 9, 0, 0, 0, ZoneOffset.UTC), WEEK)
			.update();
	}

}
