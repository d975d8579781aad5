package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A submission with everything a consumer needs to place it: the assignment's teacher,
 * subject, school, due instant and maximum score.
 *
 * @param late whether it was submitted after the due instant
 * @param score null until graded
 * @param gradedAt null until graded
 */
public record SubmissionFacts(long submissionId, long assignmentId, long studentId, long teacherId, long subjectId,
		long schoolId, Instant submittedAt, Instant dueAt, boolean late, SubmissionStatus status, BigDecimal score,
		BigDecimal maxScore, Instant gradedAt, String feedback) {

	public boolean graded() {
		return this.status == SubmissionStatus.GRADED;
	}

	/**
	 * score / max_score × 100, unrounded; null when not graded.
	 */
	public BigDecimal percentage() {
		return graded() ? Percentages.of(this.score, this.maxScore) : null;
	}

}
