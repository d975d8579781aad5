package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * One assignment to create or update by its external id in a batch, already checked by
 * the caller (teacher, subject and students of the school, max_score above 0).
 *
 * @param createdAt null for now on a new assignment, kept on a stored one
 */
public record AssignmentRecord(String externalId, long teacherId, long subjectId, String title, Instant createdAt,
		Instant dueAt, BigDecimal maxScore, Set<Long> studentIds) {

	public AssignmentRecord {
		studentIds = Set.copyOf(studentIds);
	}

}
