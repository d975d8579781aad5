package org.classlytics.roster;

import java.time.LocalDate;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A student taking a subject with a teacher. {@code activeSubjectId} mirrors the subject
 * while active so the database can hold one active enrollment per student and subject.
 */
@Table("enrollments")
class EnrollmentEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long studentId;

	private long teacherId;

	private final long subjectId;

	private LocalDate startDate;

	private LocalDate endDate;

	private boolean active;

	private Long activeSubjectId;

	private String externalId;

	@PersistenceCreator
	EnrollmentEntity(Long id, long schoolId, long studentId, long teacherId, long subjectId, LocalDate startDate,
			LocalDate endDate, boolean active, Long activeSubjectId, String externalId) {
		this.id = id;
		this.schoolId = schoolId;
		this.studentId = studentId;
		this.teacherId = teacherId;
		this.subjectId = subjectId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.active = active;
		this.activeSubjectId = activeSubjectId;
		this.externalId = externalId;
	}

	static EnrollmentEntity enroll(long schoolId, long studentId, long teacherId, long subjectId, LocalDate startDate,
			LocalDate endDate) {
		requireOrdered(startDate, endDate);
		return new EnrollmentEntity(null, schoolId, studentId, teacherId, subjectId, startDate, endDate, true,
				subjectId, null);
	}

	void reschedule(LocalDate startDate, LocalDate endDate) {
		requireOrdered(startDate, endDate);
		this.startDate = startDate;
		this.endDate = endDate;
	}

	void handOverTo(long teacherId) {
		this.teacherId = teacherId;
	}

	void activate(boolean active) {
		this.active = active;
		this.activeSubjectId = active ? this.subjectId : null;
	}

	private static void requireOrdered(LocalDate startDate, LocalDate endDate) {
		if (endDate != null && endDate.isBefore(startDate)) {
			throw InvalidInputException.field("end_date", "must be on or after start_date");
		}
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	long studentId() {
		return this.studentId;
	}

	long subjectId() {
		return this.subjectId;
	}

	boolean active() {
		return this.active;
	}

	LocalDate startDate() {
		return this.startDate;
	}

	LocalDate endDate() {
		return this.endDate;
	}

	Enrollment toEnrollment() {
		return new Enrollment(this.id, this.schoolId, this.studentId, this.teacherId, this.subjectId, this.startDate,
				this.endDate, this.active);
	}

}
