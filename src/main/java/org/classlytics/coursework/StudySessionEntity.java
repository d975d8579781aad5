package org.classlytics.coursework;

import java.time.Instant;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Time a student spent on a subject, optionally on one material.
 */
@Table("study_sessions")
class StudySessionEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long studentId;

	private final long subjectId;

	private final Long materialId;

	private final Long teacherId;

	private final Instant startedAt;

	private final int durationSeconds;

	@PersistenceCreator
	StudySessionEntity(Long id, long schoolId, long studentId, long subjectId, Long materialId, Long teacherId,
			Instant startedAt, int durationSeconds) {
		this.id = id;
		this.schoolId = schoolId;
		this.studentId = studentId;
		this.subjectId = subjectId;
		this.materialId = materialId;
		this.teacherId = teacherId;
		this.startedAt = startedAt;
		this.durationSeconds = durationSeconds;
	}

	static StudySessionEntity record(long schoolId, long studentId, long subjectId, Long materialId, Long teacherId,
			Instant startedAt, int durationSeconds) {
		if (durationSeconds <= 0) {
			throw InvalidInputException.field("duration_seconds", "must be greater than 0");
		}
		return new StudySessionEntity(null, schoolId, studentId, subjectId, materialId, teacherId,
				Scores.truncate(startedAt), durationSeconds);
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

}
