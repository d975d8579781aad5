package org.classlytics.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.Release;
import org.classlytics.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * api.md: attendance "upserts per (student, date)". Two transactions creating the same
 * new day at once used to race on the day's key, and the later one failed (409 over the
 * API); it now replaces the row the first one created and reports its status as the
 * previous one.
 */
@IntegrationTest
class AttendanceConcurrentDayTests {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

	private static final Instant NOW = Instant.parse("2025-03-12T10:00:00Z");

	@Autowired
	AttendanceRegister register;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void twoCreatesOfOneDayBothCommitAndTheLaterOneReplacesTheEarlier() throws Exception {
		World w = World.create(this.fixtures);
		long school = w.school().id();
		long student = w.studentX().id();
		long teacher = w.teacherA().id();
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		Future<List<AttendanceRegister.Written>> first = this.threads.submit(() -> this.transactions.execute((s) -> {
			List<AttendanceRegister.Written> written = this.register.record(school,
					List.of(mark(student, AttendanceStatus.PRESENT, teacher)), NOW);
			firstWrote.countDown();
			Release.await(releaseFirst);
			return written;
		}));
		assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
		Future<List<AttendanceRegister.Written>> second = this.threads
			.submit(() -> this.transactions.execute((s) -> this.register.record(school,
					List.of(mark(student, AttendanceStatus.ABSENT, teacher)), NOW.plusSeconds(60))));
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
		releaseFirst.countDown();

		assertThat(first.get(30, TimeUnit.SECONDS)).singleElement()
			.satisfies((row) -> assertThat(row.previous()).isNull());
		assertThat(second.get(30, TimeUnit.SECONDS)).singleElement().satisfies((row) -> {
			assertThat(row.previous()).isEqualTo(AttendanceStatus.PRESENT);
			assertThat(row.record().status()).isEqualTo(AttendanceStatus.ABSENT);
		});
		assertThat(this.jdbc.sql("SELECT status FROM attendance_records WHERE student_id = ? AND on_date = ?")
			.params(student, DAY)
			.query(String.class)
			.list()).containsExactly("ABSENT");
	}

	private static AttendanceMark mark(long student, AttendanceStatus status, long recordedBy) {
		return new AttendanceMark("", student, DAY, status, null, recordedBy);
	}

}
