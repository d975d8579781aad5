package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One attempt of a student at a quiz; a student may make many. It counts once it is
 * completed and has a score (the teacher's override, when set, wins).
 */
@Table("quiz_attempts")
class QuizAttemptEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long quizId;

	private final long studentId;

	private Instant startedAt;

	private Instant completedAt;

	private BigDecimal score;

	private BigDecimal teacherScore;

	@PersistenceCreator
	QuizAttemptEntity(Long id, long schoolId, long quizId, long studentId, Instant startedAt, Instant completedAt,
			BigDecimal score, BigDecimal teacherScore) {
		this.id = id;
		this.schoolId = schoolId;
		this.quizId = quizId;
		this.studentId = studentId;
		this.startedAt = startedAt;
		this.completedAt = completedAt;
		this.score = score;
		this.teacherScore = teacherScore;
	}

	static QuizAttemptEntity start(QuizEntity quiz, long studentId, Instant startedAt) {
		return new QuizAttemptEntity(null, quiz.schoolId(), quiz.id(), studentId, Scores.truncate(startedAt), null,
				null, null);
	}

	void restart(Instant startedAt) {
		this.startedAt = Scores.truncate(startedAt);
		requireOrdered();
	}

	void complete(Instant completedAt) {
		this.completedAt = Scores.truncate(completedAt);
		requireOrdered();
	}

	void score(BigDecimal score, BigDecimal maxScore) {
		this.score = Scores.requireWithin("score", score, maxScore);
	}

	void override(BigDecimal teacherScore, BigDecimal maxScore) {
		this.teacherScore = Scores.requireWithin("teacher_score", teacherScore, maxScore);
	}

	private void requireOrdered() {
		if (this.completedAt != null && this.completedAt.isBefore(this.startedAt)) {
			throw InvalidInputException.field("completed_at", "must not be before started_at");
		}
	}

	boolean completed() {
		return this.completedAt != null;
	}

	boolean hasScore() {
		return this.score != null;
	}

	Long id() {
		return this.id;
	}

	long quizId() {
		return this.quizId;
	}

	long studentId() {
		return this.studentId;
	}

}
