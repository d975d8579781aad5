package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A material assigned to a student, with the student's progress if any.
 *
 * @param progressPercent null when no progress was recorded
 * @param completedAt null when not completed
 */
public record MaterialWork(long materialId, long studentId, long teacherId, long subjectId, BigDecimal progressPercent,
		Instant completedAt) {

}
