package org.classlytics.analytics;

import java.math.BigDecimal;

/**
 * StudentTermPerformance: one student, term and subject.
 *
 * @param rank standard competition rank within (class section, term, subject); null
 * without grades or without a class
 */
public record TermPerformance(long studentId, String studentName, long termId, long subjectId, BigDecimal averageGrade,
		BigDecimal attendancePercentage, Integer rank, String teacherComment) {

}
