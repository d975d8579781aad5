package org.classlytics.coursework;

import java.time.Instant;

/**
 * An assignment a student must hand in, with the student's submission if any.
 *
 * @param submittedAt null when the student has not submitted
 * @param late null when not submitted, else whether it was submitted after the due
 * instant
 */
public record AssignmentDue(long assignmentId, long studentId, long teacherId, long subjectId, Instant dueAt,
		Instant submittedAt, Boolean late) {

	public boolean submitted() {
		return this.submittedAt != null;
	}

}
