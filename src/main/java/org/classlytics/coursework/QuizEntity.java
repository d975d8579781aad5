package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

@Table("quizzes")
class QuizEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long teacherId;

	private final long subjectId;

	private String title;

	private final Instant createdAt;

	private BigDecimal maxScore;

	@PersistenceCreator
	QuizEntity(Long id, long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			BigDecimal maxScore) {
		this.id = id;
		this.schoolId = schoolId;
		this.teacherId = teacherId;
		this.subjectId = subjectId;
		this.title = title;
		this.createdAt = createdAt;
		this.maxScore = maxScore;
	}

	static QuizEntity create(long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			BigDecimal maxScore) {
		return new QuizEntity(null, schoolId, teacherId, subjectId, Titles.require(title), Scores.truncate(createdAt),
				Scores.requireMaxScore(maxScore));
	}

	void retitle(String title) {
		this.title = Titles.require(title);
	}

	void rescore(BigDecimal maxScore) {
		this.maxScore = Scores.requireMaxScore(maxScore);
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	long teacherId() {
		return this.teacherId;
	}

	BigDecimal maxScore() {
		return this.maxScore;
	}

}
