package org.classlytics.roster;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see which student and which person. Every module asks this one policy; no
 * controller decides on its own.
 *
 * <ul>
 * <li>ADMIN: everyone in their school;</li>
 * <li>TEACHER: students with an active enrollment with them;</li>
 * <li>TUTOR: students whose tutor they are;</li>
 * <li>PARENT: their own children;</li>
 * <li>STUDENT: themself.</li>
 * </ul>
 *
 * A function a role never has is refused with 403; an object outside the caller's reach
 * is reported as not found (404), so ids cannot be probed.
 */
@Component
public class AccessPolicy {

	private final JdbcClient jdbc;

	AccessPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Refuses a function the caller's role never has.
	 */
	public void requireRole(Actor actor, Role... allowed) {
		if (!actor.is(allowed)) {
			throw new ForbiddenException("This is not available to the " + actor.role() + " role");
		}
	}

	public boolean canSeeStudent(Actor actor, long studentId) {
		return switch (actor.role()) {
			case ADMIN -> exists("SELECT 1 FROM users WHERE id = ? AND school_id = ? AND role = 'STUDENT'", studentId,
					actor.schoolId());
			case TEACHER ->
				exists("SELECT 1 FROM enrollments WHERE student_id = ? AND teacher_id = ? AND active = TRUE", studentId,
						actor.userId());
			case TUTOR -> exists("SELECT 1 FROM users WHERE id = ? AND tutor_id = ? AND role = 'STUDENT'", studentId,
					actor.userId());
			case PARENT -> exists("SELECT 1 FROM student_guardians WHERE student_id = ? AND guardian_id = ?", studentId,
					actor.userId());
			case STUDENT -> actor.userId() == studentId;
		};
	}

	/**
	 * Passes when the caller may see the student, else reports the student as not found.
	 */
	public void requireStudent(Actor actor, long studentId) {
		if (!canSeeStudent(actor, studentId)) {
			throw NotFoundException.of("Student", studentId);
		}
	}

	/**
	 * Whether the caller teaches the student this subject (an active enrollment), the
	 * test for subject-level writes such as a term comment. Admins of the school always
	 * pass.
	 */
	public boolean teaches(Actor actor, long studentId, long subjectId) {
		if (actor.isAdmin()) {
			return canSeeStudent(actor, studentId);
		}
		return actor.role() == Role.TEACHER && exists(
				"SELECT 1 FROM enrollments WHERE student_id = ? AND teacher_id = ? AND subject_id = ? AND active = TRUE",
				studentId, actor.userId(), subjectId);
	}

	/**
	 * The students the caller may see, for filtering lists by school and student id.
	 */
	public StudentScope scopeOf(Actor actor) {
		if (actor.isAdmin()) {
			return StudentScope.wholeSchool(actor.schoolId());
		}
		return StudentScope.of(actor.schoolId(), visibleStudentIds(actor));
	}

	/**
	 * The subset of the given students that the caller may see, in one query.
	 */
	public Set<Long> visibleAmong(Actor actor, Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Set.of();
		}
		if (actor.role() == Role.STUDENT) {
			return studentIds.contains(actor.userId()) ? Set.of(actor.userId()) : Set.of();
		}
		String sql = switch (actor.role()) {
			case ADMIN -> "SELECT id FROM users WHERE id IN (:ids) AND school_id = :actor AND role = 'STUDENT'";
			case TEACHER ->
				"SELECT DISTINCT student_id FROM enrollments WHERE student_id IN (:ids) AND teacher_id = :actor AND active = TRUE";
			case TUTOR -> "SELECT id FROM users WHERE id IN (:ids) AND tutor_id = :actor AND role = 'STUDENT'";
			case PARENT ->
				"SELECT student_id FROM student_guardians WHERE student_id IN (:ids) AND guardian_id = :actor";
			case STUDENT -> throw new IllegalStateException("handled above");
		};
		long actorKey = actor.isAdmin() ? actor.schoolId() : actor.userId();
		return new HashSet<>(this.jdbc.sql(sql)
			.param("ids", List.copyOf(studentIds))
			.param("actor", actorKey)
			.query(Long.class)
			.list());
	}

	/**
	 * Whether the caller may see another person's record: the students in reach, the
	 * guardians of those students (teachers and tutors contact parents), and themself.
	 */
	public boolean canSeePerson(Actor actor, long userId) {
		if (actor.userId() == userId) {
			return true;
		}
		return switch (actor.role()) {
			case ADMIN -> exists("SELECT 1 FROM users WHERE id = ? AND school_id = ?", userId, actor.schoolId());
			case TEACHER -> canSeeStudent(actor, userId) || exists("""
					SELECT 1 FROM student_guardians g JOIN enrollments e ON e.student_id = g.student_id
					WHERE g.guardian_id = ? AND e.teacher_id = ? AND e.active = TRUE""", userId, actor.userId());
			case TUTOR -> canSeeStudent(actor, userId) || exists("""
					SELECT 1 FROM student_guardians g JOIN users s ON s.id = g.student_id
					WHERE g.guardian_id = ? AND s.tutor_id = ?""", userId, actor.userId());
			case PARENT, STUDENT -> canSeeStudent(actor, userId);
		};
	}

	public void requirePerson(Actor actor, long userId) {
		if (!canSeePerson(actor, userId)) {
			throw NotFoundException.of("User", userId);
		}
	}

	private Set<Long> visibleStudentIds(Actor actor) {
		String sql = switch (actor.role()) {
			case TEACHER -> "SELECT DISTINCT student_id FROM enrollments WHERE teacher_id = ? AND active = TRUE";
			case TUTOR -> "SELECT id FROM users WHERE tutor_id = ? AND role = 'STUDENT'";
			case PARENT -> "SELECT student_id FROM student_guardians WHERE guardian_id = ?";
			case STUDENT -> "SELECT id FROM users WHERE id = ?";
			case ADMIN -> throw new IllegalStateException("admins see the whole school");
		};
		return new HashSet<>(this.jdbc.sql(sql).param(actor.userId()).query(Long.class).list());
	}

	private boolean exists(String sql, Object... params) {
		return !this.jdbc.sql(sql).params(params).query(Integer.class).list().isEmpty();
	}

}
