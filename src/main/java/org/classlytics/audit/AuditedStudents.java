package org.classlytics.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The students one access discloses, as an audit entry stores them: distinct, in
 * ascending order, immutable. A report served many times from a cache (a class report of
 * thousands of students) makes its value once, so that recording each hit copies and
 * sorts nothing.
 */
public final class AuditedStudents {

	private final List<Long> ids;

	private AuditedStudents(List<Long> ids) {
		this.ids = ids;
	}

	/**
	 * These students, duplicates dropped. Sorted as primitives: a sorted set of boxed ids
	 * cost about ten times as much for a class of thousands.
	 */
	public static AuditedStudents of(Collection<Long> studentIds) {
		long[] sorted = new long[studentIds.size()];
		int size = 0;
		for (Long id : studentIds) {
			sorted[size++] = id;
		}
		Arrays.sort(sorted, 0, size);
		Long[] distinct = new Long[size];
		int count = 0;
		for (int i = 0; i < size; i++) {
			if (count == 0 || sorted[i] != distinct[count - 1]) {
				distinct[count++] = sorted[i];
			}
		}
		return new AuditedStudents(List.of(Arrays.copyOf(distinct, count)));
	}

	List<Long> ids() {
		return this.ids;
	}

	boolean isEmpty() {
		return this.ids.isEmpty();
	}

}
