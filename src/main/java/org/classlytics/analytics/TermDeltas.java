package org.classlytics.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an import's chunks changed in the items of a transaction, kept for the term rows:
 * per (student, subject, school, local date), the change in the number of items and in
 * the sum of their percentages. Applied once before the transaction commits
 * ({@link Rollups#applyTermDeltas}), they bring each term row's count and sum from what
 * it held to what a rebuild would compute, without reading the student's other items.
 * <p>
 * They are right only while the term rows hold what they held when the changes were
 * taken. A full rebuild of a student's term rows in the same transaction (a single-record
 * event, a term change) already counts every item written so far, so it turns the
 * student's changes into a rebuild before commit instead ({@link #rebuildInstead}), and
 * later changes of that student are not kept either.
 */
final class TermDeltas {

	private static final Object KEY = new Object();

	/**
	 * The items of one student, subject and school on one day.
	 */
	record Day(long studentId, long subjectId, long schoolId, LocalDate localDate) {

	}

	/**
	 * A change in the count and the sum of the percentages.
	 */
	record Change(long count, BigDecimal sum) {

		Change plus(Change other) {
			return new Change(this.count + other.count, this.sum.add(other.sum));
		}

		boolean none() {
			return this.count == 0 && this.sum.signum() == 0;
		}

	}

	private final Map<Day, Change> changes = new HashMap<>();

	private final Set<Long> students = new HashSet<>();

	private final Set<Long> rebuilt = new HashSet<>();

	/**
	 * The changes of the current transaction, or null when no import chunk kept any.
	 */
	static TermDeltas current() {
		return TransactionSynchronizationManager.isSynchronizationActive()
				? (TermDeltas) TransactionSynchronizationManager.getResource(KEY) : null;
	}

	/**
	 * The changes of the current transaction, bound to it when first asked for; the
	 * caller unbinds them when it completes ({@link #unbind}).
	 */
	static TermDeltas bind() {
		TermDeltas bound = current();
		if (bound == null) {
			bound = new TermDeltas();
			TransactionSynchronizationManager.bindResource(KEY, bound);
		}
		return bound;
	}

	static void unbind() {
		TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
	}

	/**
	 * An item that left (count -1, its percentage subtracted) or arrived (+1).
	 */
	void add(Day day, int count, BigDecimal percentage) {
		if (this.rebuilt.contains(day.studentId())) {
			return;
		}
		this.students.add(day.studentId());
		this.changes.merge(day, new Change(count, (count < 0) ? percentage.negate() : percentage), Change::plus);
	}

	/**
	 * The students' term rows are being rebuilt in full: their changes so far are counted
	 * by it, and they are rebuilt again before commit for the changes to come.
	 */
	void rebuildInstead(Collection<Long> studentIds) {
		for (Long studentId : studentIds) {
			if (this.students.remove(studentId)) {
				this.rebuilt.add(studentId);
			}
		}
		this.changes.keySet().removeIf((day) -> this.rebuilt.contains(day.studentId()));
	}

	/**
	 * A rebuild of a whole scope (a term, a school): every student with changes is
	 * rebuilt before commit instead.
	 */
	void rebuildAllInstead() {
		rebuildInstead(Set.copyOf(this.students));
	}

	/**
	 * The changes that change something, and forgets them.
	 */
	Map<Day, Change> take() {
		Map<Day, Change> taken = new HashMap<>(this.changes);
		taken.values().removeIf(Change::none);
		this.changes.clear();
		return taken;
	}

	/**
	 * The students whose term rows the changes touch.
	 */
	Set<Long> students() {
		return this.students;
	}

	/**
	 * The students to rebuild in full before commit.
	 */
	Set<Long> rebuilt() {
		return this.rebuilt;
	}

}
