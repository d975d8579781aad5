package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored TeacherWeeklyReport (domain.md "Reports and delivery"), as the API returns it.
 */
public record StoredReport(long id, long teacherId, String teacherName, long studentId, String studentName,
		long subjectId, String subjectName, Long tutorId, LocalDate weekStart, LocalDate weekEnd, String title,
		String summary, String academicProgress, String performanceNotes, String achievements, String concerns,
		String recommendations, int assignmentsCompleted, int assignmentsTotal, BigDecimal averageScore,
		BigDecimal attendancePercentage, Status status, Instant sentAt, Instant createdAt, Instant updatedAt) {

	public enum Status {

		DRAFT, SENT

	}

}
