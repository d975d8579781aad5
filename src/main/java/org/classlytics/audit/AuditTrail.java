package org.classlytics.audit;

import java.time.Clock;
import java.util.Collection;

import org.classlytics.roster.Actor;

import org.springframework.stereotype.Service;

/**
 * Records every access to students' data in a report, an export or an email. Reports call
 * it on their hot path, cached reads included, so recording only queues the entry in
 * memory; a background flusher writes the queue in batches every
 * {@code classlytics.audit.flush-interval} (200 ms) and once more on shutdown. Readers of
 * the trail call {@link #flush()} first, so they see every access recorded before.
 */
@Service
public class AuditTrail {

	/**
	 * The width of the {@code report_kind} column.
	 */
	public static final int MAX_REPORT_KIND_LENGTH = 100;

	private final Clock clock;

	private final AuditBuffer buffer;

	AuditTrail(Clock clock, AuditBuffer buffer) {
		this.clock = clock;
		this.buffer = buffer;
	}

	/**
	 * Records that the actor accessed these students' data now. An access to no student
	 * discloses nothing and is not recorded.
	 * @param reportKind what was accessed, such as {@code student_performance}
	 */
	public void record(Actor actor, AuditAction action, String reportKind, Collection<Long> studentIds) {
		check(actor, action, reportKind);
		enqueue(actor, action, reportKind, AuditedStudents.of(studentIds));
	}

	/**
	 * Records that the actor accessed these students' data now, with the students made
	 * once for many accesses (see {@link AuditedStudents}).
	 * @param reportKind what was accessed, such as {@code teacher_weekly}
	 */
	public void record(Actor actor, AuditAction action, String reportKind, AuditedStudents students) {
		check(actor, action, reportKind);
		enqueue(actor, action, reportKind, students);
	}

	private void enqueue(Actor actor, AuditAction action, String reportKind, AuditedStudents students) {
		if (students.isEmpty()) {
			return;
		}
		this.buffer.add(new PendingEntry(actor.schoolId(), actor.userId(), action, reportKind, students.ids(),
				this.clock.instant()));
	}

	private static void check(Actor actor, AuditAction action, String reportKind) {
		if (actor == null || action == null) {
			throw new IllegalArgumentException("An audit entry needs an actor and an action");
		}
		if (reportKind == null || reportKind.isBlank() || reportKind.length() > MAX_REPORT_KIND_LENGTH) {
			throw new IllegalArgumentException(
					"An audit entry needs a report kind of 1 to " + MAX_REPORT_KIND_LENGTH + " characters");
		}
	}

	/**
	 * Writes every access recorded so far before returning, including those a background
	 * flush is writing at this moment.
	 */
	public void flush() {
		this.buffer.flush();
	}

}
