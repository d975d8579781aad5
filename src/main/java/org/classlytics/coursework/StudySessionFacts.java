package org.classlytics.coursework;

import java.time.Instant;

/**
 * Time a student spent studying. The week it counts in is the one of {@code startedAt}.
 *
 * @param materialId the material studied, or null
 * @param teacherId the teacher the time counts for: the material's author, else the
 * student's teacher in the subject when the session was recorded; null when neither
 */
public record StudySessionFacts(long sessionId, long studentId, long subjectId, Long materialId, Long teacherId,
		long schoolId, Instant startedAt, int durationSeconds) {

}
