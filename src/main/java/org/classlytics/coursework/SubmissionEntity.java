package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A student's submission of an assignment: one per (assignment, student). Resubmitting
 * replaces it in place and clears its grade.
 */
@Table("submissions")
class SubmissionEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long assignmentId;

	private final long studentId;

	private Instant submittedAt;

	private boolean late;

	private SubmissionStatus status;

	private BigDecimal score;

	private Instant gradedAt;

	private String feedback;

	@PersistenceCreator
	SubmissionEntity(Long id, long schoolId, long assignmentId, long studentId, Instant submittedAt, boolean late,
			SubmissionStatus status, BigDecimal score, Instant gradedAt, String feedback) {
		this.id = id;
		this.schoolId = schoolId;
		this.assignmentId = assignmentId;
		this.studentId = studentId;
		this.submittedAt = submittedAt;
		this.late = late;
		this.status = status;
		this.score = score;
		this.gradedAt = gradedAt;
		this.feedback = feedback;
	}

	static SubmissionEntity submit(AssignmentEntity assignment, long studentId, Instant submittedAt) {
		Instant at = Scores.truncate(submittedAt);
		return new SubmissionEntity(null, assignment.schoolId(), assignment.id(), studentId, at, assignment.isLate(at),
				SubmissionStatus.SUBMITTED, null, null, null);
	}

	void resubmit(AssignmentEntity assignment, Instant submittedAt) {
		this.submittedAt = Scores.truncate(submittedAt);
		this.late = assignment.isLate(this.submittedAt);
		this.status = SubmissionStatus.SUBMITTED;
		this.score = null;
		this.gradedAt = null;
		this.feedback = null;
	}

	void grade(BigDecimal score, BigDecimal maxScore, String feedback, Instant gradedAt) {
		if (score == null) {
			throw InvalidInputException.field("score", "must not be null");
		}
		this.score = Scores.requireWithin("score", score, maxScore);
		this.feedback = Optional.ofNullable(feedback).filter((text) -> !text.isBlank()).orElse(null);
		this.gradedAt = Scores.truncate(gradedAt);
		this.status = SubmissionStatus.GRADED;
	}

	Long id() {
		return this.id;
	}

	long assignmentId() {
		return this.assignmentId;
	}

}
