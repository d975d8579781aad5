package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quiz attempt with its quiz's teacher, subject, school and maximum score.
 *
 * @param completedAt null while the attempt is under way
 * @param score the attempt's own score, null until known
 * @param teacherScore the teacher's override, null when not set
 */
public record QuizAttemptFacts(long attemptId, long quizId, long studentId, long teacherId, long subjectId,
		long schoolId, Instant startedAt, Instant completedAt, BigDecimal score, BigDecimal teacherScore,
		BigDecimal maxScore) {

	/**
	 * The score that counts: the teacher's override when set, else the attempt's own.
	 */
	public BigDecimal finalScore() {
		return (this.teacherScore != null) ? this.teacherScore : this.score;
	}

	/**
	 * An attempt counts as a graded item once it is completed and has a score.
	 */
	public boolean counts() {
		return this.completedAt != null && finalScore() != null;
	}

	/**
	 * final score / max_score × 100, unrounded; null while the attempt does not count.
	 */
	public BigDecimal percentage() {
		return counts() ? Percentages.of(finalScore(), this.maxScore) : null;
	}

}
