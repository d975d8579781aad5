package org.classlytics.coursework;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.classlytics.platform.FieldProblem;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Enrollment;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Component;

/**
 * Checks the people and references a write names: the teacher an item belongs to, its
 * subject, the students it is for. Each check adds a problem naming the field instead of
 * throwing, so that one reply lists everything wrong with a request.
 */
@Component
class Participants {

	private final AccessPolicy access;

	private final Roster roster;

	Participants(AccessPolicy access, Roster roster) {
		this.access = access;
		this.roster = roster;
	}

	/**
	 * The teacher an item belongs to: a teacher always acts as themself (a teacher_id
	 * they send is ignored); an admin names a teacher of the school to load history for.
	 * @return the teacher's id, or null when the admin named none or a wrong one
	 */
	Long teacherFor(Actor actor, Long teacherId, List<FieldProblem> problems) {
		if (actor.role() == Role.TEACHER) {
			return actor.userId();
		}
		if (teacherId == null) {
			problems.add(new FieldProblem("teacher_id", "is required when an admin creates the item"));
			return null;
		}
		Person teacher = this.roster.person(teacherId).orElse(null);
		if (teacher == null || teacher.schoolId() != actor.schoolId() || teacher.role() != Role.TEACHER) {
			problems.add(new FieldProblem("teacher_id", "user " + teacherId + " is not a teacher of this school"));
			return null;
		}
		return teacherId;
	}

	void checkSubject(long schoolId, long subjectId, List<FieldProblem> problems) {
		if (this.roster.subject(subjectId).filter((subject) -> subject.schoolId() == schoolId).isEmpty()) {
			problems.add(new FieldProblem("subject_id", "no subject " + subjectId + " in this school"));
		}
	}

	/**
	 * The students an item is assigned to: those listed (which the writer must reach: a
	 * teacher their own students, an admin the school's), or the students of a class that
	 * the item's teacher teaches, expanded now.
	 */
	Set<Long> assignees(Actor actor, Long teacherId, Collection<Long> studentIds, Long classId,
			List<FieldProblem> problems) {
		if (studentIds != null && classId != null) {
			problems.add(new FieldProblem("student_ids", "give either student_ids or class_id, not both"));
			return Set.of();
		}
		if (studentIds != null) {
			return listed(actor, studentIds, problems);
		}
		if (classId == null) {
			problems.add(new FieldProblem("student_ids", "is required unless class_id is given"));
			return Set.of();
		}
		if (this.roster.classSection(classId).filter((c) -> c.schoolId() == actor.schoolId()).isEmpty()) {
			problems.add(new FieldProblem("class_id", "no class " + classId + " in this school"));
			return Set.of();
		}
		if (teacherId == null) {
			return Set.of();
		}
		List<Long> classStudents = this.roster.studentsOfClass(classId)
			.stream()
			.filter(Person::active)
			.map(Person::id)
			.toList();
		Actor teacher = new Actor(teacherId, actor.schoolId(), Role.TEACHER);
		return new TreeSet<>(this.access.visibleAmong(teacher, classStudents));
	}

	/**
	 * Listed students, each of whom the writer must reach.
	 */
	Set<Long> listed(Actor actor, Collection<Long> studentIds, List<FieldProblem> problems) {
		Set<Long> wanted = new TreeSet<>(studentIds);
		Set<Long> reached = this.access.visibleAmong(actor, wanted);
		wanted.stream()
			.filter((id) -> !reached.contains(id))
			.forEach((id) -> problems.add(new FieldProblem("student_ids", notReached(actor, id))));
		return wanted;
	}

	/**
	 * The student a record is made for: a student records only for themself, a teacher
	 * for their own students, an admin for the school's.
	 */
	void checkRecordable(Actor actor, long studentId, List<FieldProblem> problems) {
		if (actor.role() == Role.STUDENT) {
			if (actor.userId() != studentId) {
				problems.add(new FieldProblem("student_id", "a student records only their own work"));
			}
		}
		else if (!this.access.canSeeStudent(actor, studentId)) {
			problems.add(new FieldProblem("student_id", notReached(actor, studentId)));
		}
	}

	/**
	 * Whether the student has an active enrollment with the teacher.
	 */
	boolean isTaughtBy(long studentId, long teacherId) {
		return teachersOf(List.of(studentId)).contains(teacherId);
	}

	/**
	 * The student's teacher in a subject (active enrollment), if any.
	 */
	Long teacherOf(long studentId, long subjectId) {
		return this.roster.enrollmentsOf(List.of(studentId))
			.stream()
			.filter((enrollment) -> enrollment.active() && enrollment.subjectId() == subjectId)
			.map(Enrollment::teacherId)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The teachers with an active enrollment with any of the students.
	 */
	Set<Long> teachersOf(Collection<Long> studentIds) {
		return this.roster.enrollmentsOf(studentIds)
			.stream()
			.filter(Enrollment::active)
			.map(Enrollment::teacherId)
			.collect(Collectors.toSet());
	}

	private static String notReached(Actor actor, long studentId) {
		return actor.isAdmin() ? "no student " + studentId + " in this school"
				: "student " + studentId + " is not one of your students";
	}

}
