package org.classlytics.roster;

import java.util.Collection;
import java.util.Set;

/**
 * The students a caller may see: the whole school (admins), or an explicit set (everyone
 * else). Modules filter their own rows with it, by school and student id.
 */
public record StudentScope(long schoolId, boolean wholeSchool, Set<Long> studentIds) {

	public StudentScope {
		studentIds = Set.copyOf(studentIds);
	}

	public static StudentScope wholeSchool(long schoolId) {
		return new StudentScope(schoolId, true, Set.of());
	}

	public static StudentScope of(long schoolId, Collection<Long> studentIds) {
		return new StudentScope(schoolId, false, Set.copyOf(studentIds));
	}

	public boolean contains(long studentId) {
		return this.wholeSchool || this.studentIds.contains(studentId);
	}

	/**
	 * True when the scope holds nobody, so a caller can skip its query.
	 */
	public boolean isEmpty() {
		return !this.wholeSchool && this.studentIds.isEmpty();
	}

}
