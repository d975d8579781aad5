package org.classlytics.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.classlytics.platform.ConflictException;
import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class EnrollmentService {

	private final EnrollmentRepository enrollments;

	private final PersonRepository people;

	private final SubjectRepository subjects;

	private final AccessPolicy access;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	EnrollmentService(EnrollmentRepository enrollments, PersonRepository people, SubjectRepository subjects,
			AccessPolicy access, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.enrollments = enrollments;
		this.people = people;
		this.subjects = subjects;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
	}

	Enrollment enroll(Actor actor, long studentId, long teacherId, long subjectId, LocalDate startDate,
			LocalDate endDate) {
		this.access.requireRole(actor, Role.ADMIN);
		return enroll(actor.schoolId(), studentId, teacherId, subjectId, startDate, endDate);
	}

	Enrollment enroll(long schoolId, long studentId, long teacherId, long subjectId, LocalDate startDate,
			LocalDate endDate) {
		List<FieldProblem> problems = new ArrayList<>();
		requireRole(schoolId, studentId, Role.STUDENT, "student_id", problems);
		requireRole(schoolId, teacherId, Role.TEACHER, "teacher_id", problems);
		if (this.subjects.findById(subjectId).filter((s) -> s.schoolId() == schoolId).isEmpty()) {
			problems.add(new FieldProblem("subject_id", "no subject " + subjectId + " in this school"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		EnrollmentEntity enrollment = EnrollmentEntity.enroll(schoolId, studentId, teacherId, subjectId, startDate,
				endDate);
		requireNoOtherActive(studentId, subjectId, null);
		Enrollment saved = this.enrollments.save(enrollment).toEnrollment();
		this.events.publishEvent(new EnrollmentSaved(saved, null));
		return saved;
	}

	Enrollment update(Actor actor, long enrollmentId, EnrollmentChanges changes) {
		this.access.requireRole(actor, Role.ADMIN);
		EnrollmentEntity enrollment = load(actor, enrollmentId);
		Enrollment previous = enrollment.toEnrollment();
		if (changes.teacherId() != null) {
			List<FieldProblem> problems = new ArrayList<>();
			requireRole(enrollment.schoolId(), changes.teacherId(), Role.TEACHER, "teacher_id", problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			enrollment.handOverTo(changes.teacherId());
		}
		if (changes.startDate() != null || changes.endDate() != null) {
			LocalDate start = (changes.startDate() != null) ? changes.startDate() : enrollment.startDate();
			LocalDate end = (changes.endDate() != null) ? changes.endDate().orElse(null) : enrollment.endDate();
			enrollment.reschedule(start, end);
		}
		if (changes.active() != null && changes.active() != enrollment.active()) {
			if (changes.active()) {
				requireNoOtherActive(enrollment.studentId(), enrollment.subjectId(), enrollmentId);
			}
			enrollment.activate(changes.active());
		}
		Enrollment saved = this.enrollments.save(enrollment).toEnrollment();
		this.events.publishEvent(new EnrollmentSaved(saved, previous));
		return saved;
	}

	void delete(Actor actor, long enrollmentId) {
		this.access.requireRole(actor, Role.ADMIN);
		EnrollmentEntity enrollment = load(actor, enrollmentId);
		this.enrollments.delete(enrollment);
		this.events.publishEvent(new EnrollmentDeleted(enrollment.toEnrollment()));
	}

	@Transactional(readOnly = true)
	Enrollment get(Actor actor, long enrollmentId) {
		return load(actor, enrollmentId).toEnrollment();
	}

	private void requireNoOtherActive(long studentId, long subjectId, Long exceptId) {
		boolean taken = !this.jdbc.sql("""
				SELECT id FROM enrollments WHERE student_id = :student AND subject_id = :subject AND active = TRUE
				AND (CAST(:except AS BIGINT) IS NULL OR id <> :except)""")
			.param("student", studentId)
			.param("subject", subjectId)
			.param("except", exceptId)
			.query(Long.class)
			.list()
			.isEmpty();
		if (taken) {
			throw new ConflictException(
					"Student " + studentId + " already has an active enrollment in subject " + subjectId);
		}
	}

	private void requireRole(long schoolId, long userId, Role role, String field, List<FieldProblem> problems) {
		var person = this.people.findById(userId).filter((p) -> p.schoolId() == schoolId);
		if (person.isEmpty()) {
			problems.add(new FieldProblem(field, "no user " + userId + " in this school"));
		}
		else if (person.get().role() != role) {
			problems.add(new FieldProblem(field, "user " + userId + " is not a " + role.name().toLowerCase()));
		}
	}

	/**
	 * Enrollments are visible to the caller when its student is.
	 */
	private EnrollmentEntity load(Actor actor, long enrollmentId) {
		return this.enrollments.findById(enrollmentId)
			.filter((e) -> e.schoolId() == actor.schoolId())
			.filter((e) -> actor.isAdmin()
					|| actor.role() == Role.TEACHER && e.toEnrollment().teacherId() == actor.userId()
					|| actor.role() != Role.TEACHER && this.access.canSeeStudent(actor, e.studentId()))
			.orElseThrow(() -> NotFoundException.of("Enrollment", enrollmentId));
	}

	record EnrollmentChanges(Long teacherId, LocalDate startDate, Optional<LocalDate> endDate, Boolean active) {

	}

}
