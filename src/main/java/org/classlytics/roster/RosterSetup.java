package org.classlytics.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes that run without a caller: the first start, the demo school and test fixtures.
 * They keep every rule of the API (and publish the same events) but skip the caller's
 * permission check.
 */
@Service
@Transactional
public class RosterSetup {

	private final SchoolService schools;

	private final TermService terms;

	private final SubjectService subjects;

	private final ClassSectionService classes;

	private final PersonService people;

	private final EnrollmentService enrollments;

	RosterSetup(SchoolService schools, TermService terms, SubjectService subjects, ClassSectionService classes,
			PersonService people, EnrollmentService enrollments) {
		this.schools = schools;
		this.terms = terms;
		this.subjects = subjects;
		this.classes = classes;
		this.people = people;
		this.enrollments = enrollments;
	}

	public School createSchool(String name, ZoneId timeZone, Locale locale) {
		return this.schools.create(name, timeZone, locale);
	}

	public Term createTerm(long schoolId, String name, LocalDate startDate, LocalDate endDate) {
		return this.terms.create(schoolId, name, startDate, endDate);
	}

	public Subject createSubject(long schoolId, String name, String code) {
		return this.subjects.create(schoolId, name, code);
	}

	public ClassSection createClass(long schoolId, String name, Integer gradeLevel) {
		return this.classes.create(schoolId, name, gradeLevel);
	}

	public Person register(long schoolId, Registration registration) {
		return this.people.register(schoolId, registration);
	}

	public Enrollment enroll(long schoolId, long studentId, long teacherId, long subjectId, LocalDate startDate,
			LocalDate endDate) {
		return this.enrollments.enroll(schoolId, studentId, teacherId, subjectId, startDate, endDate);
	}

}
