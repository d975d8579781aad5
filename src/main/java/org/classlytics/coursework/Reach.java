package org.classlytics.coursework;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;
import org.classlytics.roster.StudentScope;

/**
 * What a caller may read of coursework: an admin the whole school, a teacher their own
 * items, everyone else the items of the students in their reach (from the
 * {@code AccessPolicy}).
 */
record Reach(Actor actor, StudentScope scope) {

	boolean admin() {
		return this.actor.isAdmin();
	}

	boolean teacher() {
		return this.actor.role() == Role.TEACHER;
	}

	/**
	 * True when the caller reaches no student, so a list can answer without a query.
	 */
	boolean reachesNobody() {
		return !admin() && this.scope.isEmpty();
	}

	/**
	 * The students to bind to {@code IN (:students)}; never empty, because an empty IN
	 * list is invalid SQL, and -1 matches no one.
	 */
	List<Long> studentParam() {
		return this.scope.studentIds().isEmpty() ? List.of(-1L) : List.copyOf(this.scope.studentIds());
	}

	/**
	 * The students of an item the caller may see listed: all of them for an admin and for
	 * the item's teacher, else only those in reach.
	 */
	List<Long> visibleOf(long itemTeacherId, Set<Long> studentIds) {
		if (admin() || teacher() && this.actor.userId() == itemTeacherId) {
			return List.copyOf(new TreeSet<>(studentIds));
		}
		return studentIds.stream().filter(this.scope::contains).sorted().toList();
	}

	/**
	 * Whether the caller may see a record of one student of an item.
	 */
	boolean seesRecord(long itemTeacherId, long studentId) {
		return admin() || teacher() && this.actor.userId() == itemTeacherId
				|| !teacher() && this.scope.contains(studentId);
	}

}
