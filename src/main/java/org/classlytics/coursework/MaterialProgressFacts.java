package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A student's progress through a material, with the material's teacher, subject and
 * school.
 *
 * @param progressPercent 0 to 100
 * @param completedAt null until completed
 * @param recordedAt when this state was recorded
 */
public record MaterialProgressFacts(long progressId, long materialId, long studentId, long teacherId, long subjectId,
		long schoolId, BigDecimal progressPercent, Instant completedAt, Instant recordedAt) {

}
