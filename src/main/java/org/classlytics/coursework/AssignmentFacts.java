package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * An assignment as other modules see it, with the students it is assigned to.
 */
public record AssignmentFacts(long assignmentId, long schoolId, long teacherId, long subjectId, String title,
		Instant createdAt, Instant dueAt, BigDecimal maxScore, Set<Long> studentIds) {

	public AssignmentFacts {
		studentIds = Set.copyOf(studentIds);
	}

}
