package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The student performance report over the days {@code from} to {@code to} inclusive
 * (metrics.md "Student performance report"). Percentages are rounded HALF_UP to 2 places;
 * a figure without data is null.
 *
 * @param period week, month or term when the range was given that way, else null
 */
public record StudentPerformanceReport(StudentRef student, LocalDate from, LocalDate to, String period,
		Instant generatedAt, AttendanceSummary attendance, Grades grades, List<SubjectLine> subjects,
		List<WeekLine> weeklyTrend, List<String> recommendations) {

	public record StudentRef(long id, String firstName, String lastName, String name, Long classId) {

	}

	public record AttendanceSummary(int totalDays, int present, int late, int absent, int excused,
			BigDecimal attendanceRate) {

	}

	public record Grades(int totalGraded, BigDecimal averagePercentage, BigDecimal highestPercentage,
			BigDecimal lowestPercentage, String trend) {

	}

	/**
	 * @param teacherId the teacher of the student's enrollment in the subject (the latest
	 * one in the range)
	 */
	public record SubjectLine(long subjectId, String subjectCode, String subjectName, Long teacherId,
			String teacherName, int gradedCount, BigDecimal averagePercentage, String trend, int assignmentsDue,
			int assignmentsSubmitted, BigDecimal submissionRate) {

	}

	public record WeekLine(String week, int year, int weekNumber, LocalDate weekStart, BigDecimal overallAvg,
			BigDecimal quizAvg, BigDecimal assignmentAvg, int quizCount, int assignmentCount) {

	}

}
