package org.classlytics.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Recording queues in memory; flushing writes the queue in one batch.
 */
class AuditBufferTests {

	private static final Instant NOW = Instant.parse("2025-01-15T09:00:00Z");

	private static final Actor TEACHER = new Actor(11, 3, Role.TEACHER);

	private final List<List<PendingEntry>> batches = Collections.synchronizedList(new ArrayList<>());

	private final AtomicBoolean failing = new AtomicBoolean();

	private final AtomicInteger attempts = new AtomicInteger();

	private final AuditStore store = (entries) -> {
		this.attempts.incrementAndGet();
		if (this.failing.get()) {
			throw new IllegalStateException("database down");
		}
		this.batches.add(entries);
	};

	private final AuditBuffer buffer = new AuditBuffer(this.store, new AuditSettings(Duration.ofHours(1)));

	private final AuditTrail trail = new AuditTrail(Clock.fixed(NOW, ZoneOffset.UTC), this.buffer);

	@Test
	void recordsOnlyInMemoryUntilFlushed() {
		this.trail.record(TEACHER, AuditAction.VIEW, "student_performance", List.of(7L, 5L, 7L));
		this.trail.record(TEACHER, AuditAction.EXPORT, "student_performance", List.of(5L));
		assertThat(this.batches).isEmpty();

		this.trail.flush();

		assertThat(this.batches).containsExactly(
				List.of(new PendingEntry(3, 11, AuditAction.VIEW, "student_performance", List.of(5L, 7L), NOW),
						new PendingEntry(3, 11, AuditAction.EXPORT, "student_performance", List.of(5L), NOW)));
		this.trail.flush();
		assertThat(this.batches).hasSize(1);
	}

	@Test
	void recordsStudentsMadeOnceForManyAccessesDistinctAndInOrder() {
		AuditedStudents students = AuditedStudents.of(List.of(900L, 7L, 128L, 7L, 5L, 900L));
		this.trail.record(TEACHER, AuditAction.VIEW, "teacher_weekly", students);
		this.trail.record(TEACHER, AuditAction.VIEW, "teacher_weekly", students);
		this.trail.record(TEACHER, AuditAction.VIEW, "teacher_weekly", AuditedStudents.of(List.of()));

		this.trail.flush();

		PendingEntry view = new PendingEntry(3, 11, AuditAction.VIEW, "teacher_weekly", List.of(5L, 7L, 128L, 900L),
				NOW);
		assertThat(this.batches).containsExactly(List.of(view, view));
	}

	@Test
	void keepsEntriesWhoseWriteFailedForTheNextFlush() {
		this.trail.record(TEACHER, AuditAction.VIEW, "student_performance", List.of(5L));
		this.failing.set(true);
		assertThatIllegalStateException().isThrownBy(this.trail::flush).withMessage("database down");

		this.failing.set(false);
		this.trail.record(TEACHER, AuditAction.EMAIL, "tutor_weekly", List.of(6L));
		this.trail.flush();

		assertThat(this.batches).hasSize(1);
		assertThat(this.batches.get(0)).extracting(PendingEntry::reportKind)
			.containsExactly("student_performance", "tutor_weekly");
	}

	@Test
	void writesWhatIsLeftWhenStopped() {
		this.buffer.start();
		this.trail.record(TEACHER, AuditAction.VIEW, "student_performance", List.of(5L));

		this.buffer.stop();

		assertThat(this.buffer.isRunning()).isFalse();
		assertThat(this.batches).hasSize(1);
	}

	@Test
	void flushesInTheBackground() {
		AuditBuffer quick = new AuditBuffer(this.store, new AuditSettings(Duration.ofMillis(20)));
		AuditTrail quickTrail = new AuditTrail(Clock.fixed(NOW, ZoneOffset.UTC), quick);
		quick.start();
		try {
			quickTrail.record(TEACHER, AuditAction.VIEW, "student_performance", List.of(5L));

			await().atMost(5, TimeUnit.SECONDS).until(() -> this.batches.size() == 1);
		}
		finally {
			quick.stop();
		}
	}

	@Test
	void keepsTheBackgroundFlusherGoingAfterAFailure() {
		AuditBuffer quick = new AuditBuffer(this.store, new AuditSettings(Duration.ofMillis(20)));
		AuditTrail quickTrail = new AuditTrail(Clock.fixed(NOW, ZoneOffset.UTC), quick);
		this.failing.set(true);
		quick.start();
		try {
			quickTrail.record(TEACHER, AuditAction.VIEW, "student_performance", List.of(5L));
			await().atMost(5, TimeUnit.SECONDS).until(() -> this.attempts.get() >= 2);
			assertThat(this.batches).isEmpty();
			this.failing.set(false);

			await().atMost(5, TimeUnit.SECONDS).until(() -> this.batches.size() == 1);
		}
		finally {
			quick.stop();
		}
	}

	/**
	 * Reports call record() on cached reads that answer in well under a millisecond; it
	 * must cost no more than a fraction of that (0.1 ms), so it never touches the
	 * database. The bound is loose: a queued record takes about a microsecond.
	 */
	@Test
	void recordingStaysFarUnderATenthOfAMillisecond() {
		List<Long> students = LongStream.rangeClosed(1, 30).boxed().toList();
		for (int i = 0; i < 20_000; i++) {
			this.trail.record(TEACHER, AuditAction.VIEW, "student_performance", students);
		}
		int calls = 50_000;
		long start = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			this.trail.record(TEACHER, AuditAction.VIEW, "student_performance", students);
		}
		double microsPerCall = (System.nanoTime() - start) / 1_000.0 / calls;

		assertThat(microsPerCall).isLessThan(100.0);
		assertThat(this.batches).isEmpty();
	}

	@Test
	void refusesAnEntryThatCouldNotBeWritten() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.trail.record(TEACHER, AuditAction.VIEW, " ", List.of(5L)))
			.withMessage("An audit entry needs a report kind of 1 to 100 characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.trail.record(TEACHER, AuditAction.VIEW, "x".repeat(101), List.of(5L)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.trail.record(TEACHER, null, "student_performance", List.of(5L)))
			.withMessage("An audit entry needs an actor and an action");
	}

}
