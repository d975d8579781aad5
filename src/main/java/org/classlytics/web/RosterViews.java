package org.classlytics.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Enrollment;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.Subject;

import org.springframework.stereotype.Component;

/**
 * What the home pages and the student page show, read from the roster in a handful of
 * queries per page (one per kind of record, never one per student). Who may see whom is
 * the access policy's answer, never decided here.
 */
@Component
class RosterViews {

	private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::lastName)
		.thenComparing(Person::firstName)
		.thenComparing(Person::id);

	private final Roster roster;

	private final AccessPolicy access;

	RosterViews(Roster roster, AccessPolicy access) {
		this.roster = roster;
		this.access = access;
	}

	SchoolOverview school(Actor actor) {
		long schoolId = actor.schoolId();
		List<Person> students = this.roster.activeStudents(schoolId);
		Map<Long, List<Person>> byClass = students.stream()
			.filter((student) -> student.classSectionId() != null)
			.collect(Collectors.groupingBy(Person::classSectionId));
		List<SchoolOverview.ClassGroup> classes = this.roster.classSections(schoolId)
			.stream()
			.map((section) -> new SchoolOverview.ClassGroup(section, byClass.getOrDefault(section.id(), List.of())))
			.toList();
		List<Person> unplaced = students.stream().filter((student) -> student.classSectionId() == null).toList();
		return new SchoolOverview(students.size(), this.roster.countActive(schoolId, Role.TEACHER),
				this.roster.countActive(schoolId, Role.TUTOR), this.roster.countActive(schoolId, Role.PARENT), classes,
				unplaced, this.roster.terms(schoolId), this.roster.subjectsOfSchool(schoolId));
	}

	/**
	 * A teacher's students, each with the subjects they take with this teacher.
	 */
	List<StudentCard> studentsOfTeacher(Actor actor) {
		Set<Long> students = this.roster.activeEnrollmentsOfTeacher(actor.userId(), null)
			.stream()
			.map(Enrollment::studentId)
			.collect(Collectors.toSet());
		return cards(actor, students, (enrollment) -> enrollment.teacherId() == actor.userId());
	}

	/**
	 * The students in the caller's reach: a tutor's tutees.
	 */
	List<StudentCard> studentsInReach(Actor actor) {
		return cards(actor, this.access.scopeOf(actor).studentIds(), (enrollment) -> true);
	}

	List<StudentCard> childrenOf(Actor actor) {
		return cards(actor, this.roster.childrenOf(actor.userId()), (enrollment) -> true);
	}

	/**
	 * A student's page, for anyone the access policy lets see them; everyone else is told
	 * the student was not found.
	 */
	StudentProfile student(Actor actor, long studentId) {
		this.access.requireStudent(actor, studentId);
		StudentCard card = cards(actor, List.of(studentId), (enrollment) -> true).stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Student", studentId));
		List<Long> guardianIds = this.roster.guardiansOf(List.of(studentId)).getOrDefault(studentId, List.of());
		List<String> guardians = this.roster.people(guardianIds)
			.values()
			.stream()
			.sorted(BY_NAME)
			.map(Person::fullName)
			.toList();
		return new StudentProfile(card, guardians);
	}

	private List<StudentCard> cards(Actor actor, Collection<Long> studentIds, Predicate<Enrollment> shown) {
		List<Person> students = this.roster.people(studentIds)
			.values()
			.stream()
			.filter((person) -> person.role() == Role.STUDENT && person.schoolId() == actor.schoolId())
			.sorted(BY_NAME)
			.toList();
		if (students.isEmpty()) {
			return List.of();
		}
		List<Enrollment> enrollments = this.roster.enrollmentsOf(students.stream().map(Person::id).toList())
			.stream()
			.filter(Enrollment::active)
			.filter(shown)
			.toList();
		Map<Long, Subject> subjects = this.roster
			.subjects(enrollments.stream().map(Enrollment::subjectId).collect(Collectors.toSet()));
		Set<Long> staffIds = new HashSet<>();
		enrollments.forEach((enrollment) -> staffIds.add(enrollment.teacherId()));
		students.stream().map(Person::tutorId).filter(Objects::nonNull).forEach(staffIds::add);
		Map<Long, Person> staff = this.roster.people(staffIds);
		Map<Long, String> classNames = this.roster.classSections(actor.schoolId())
			.stream()
			.collect(Collectors.toMap(ClassSection::id, ClassSection::name));
		Map<Long, List<Enrollment>> byStudent = enrollments.stream()
			.collect(Collectors.groupingBy(Enrollment::studentId, LinkedHashMap::new, Collectors.toList()));
		List<StudentCard> cards = new ArrayList<>();
		for (Person student : students) {
			List<StudentCard.Course> courses = byStudent.getOrDefault(student.id(), List.of())
				.stream()
				.map((enrollment) -> new StudentCard.Course(subjects.get(enrollment.subjectId()).name(),
						nameOf(staff, enrollment.teacherId()), enrollment.startDate()))
				.sorted(Comparator.comparing(StudentCard.Course::subject))
				.toList();
			cards.add(new StudentCard(student.id(), student.firstName(), student.lastName(),
					(student.classSectionId() != null) ? classNames.get(student.classSectionId()) : null,
					(student.tutorId() != null) ? nameOf(staff, student.tutorId()) : null, courses));
		}
		return cards;
	}

	private static String nameOf(Map<Long, Person> people, long id) {
		Person person = people.get(id);
		return (person != null) ? person.fullName() : null;
	}

}
