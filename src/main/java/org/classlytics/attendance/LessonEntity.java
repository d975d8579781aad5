package org.classlytics.attendance;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A lesson a teacher gave (or that was cancelled) to a class section in a subject.
 */
@Table("lessons")
class LessonEntity {

	@Id
	private Long id;

	private final long schoolId;

	private long teacherId;

	private long subjectId;

	private long classSectionId;

	private Instant startsAt;

	private LessonStatus status;

	@PersistenceCreator
	LessonEntity(Long id, long schoolId, long teacherId, long subjectId, long classSectionId, Instant startsAt,
			LessonStatus status) {
		this.id = id;
		this.schoolId = schoolId;
		this.teacherId = teacherId;
		this.subjectId = subjectId;
		this.classSectionId = classSectionId;
		this.startsAt = startsAt;
		this.status = status;
	}

	static LessonEntity schedule(long schoolId, long teacherId, long subjectId, long classSectionId, Instant startsAt,
			LessonStatus status) {
		return new LessonEntity(null, schoolId, teacherId, subjectId, classSectionId, startsAt, status);
	}

	/**
	 * Applies the given changes; a null leaves its field alone.
	 */
	void change(Long teacherId, Long subjectId, Long classSectionId, Instant startsAt, LessonStatus status) {
		if (teacherId != null) {
			this.teacherId = teacherId;
		}
		if (subjectId != null) {
			this.subjectId = subjectId;
		}
		if (classSectionId != null) {
			this.classSectionId = classSectionId;
		}
		if (startsAt != null) {
			this.startsAt = startsAt;
		}
		if (status != null) {
			this.status = status;
		}
	}

	long schoolId() {
		return this.schoolId;
	}

	long teacherId() {
		return this.teacherId;
	}

	LessonFacts toFacts() {
		return new LessonFacts(this.id, this.schoolId, this.teacherId, this.subjectId, this.classSectionId,
				this.startsAt, this.status);
	}

}
