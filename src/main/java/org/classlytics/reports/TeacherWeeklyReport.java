package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The live teacher weekly class report (api.md "Reports", metrics.md "Teacher weekly
 * report"). Figures are rounded HALF_UP to 2 places; absent figures are null.
 */
public record TeacherWeeklyReport(LocalDate weekStart, LocalDate weekEnd, long teacherId, String teacherName,
		Instant generatedAt, Summary summary, List<StudentLine> students, Statistics statistics,
		List<String> recommendations) {

	public record StudentLine(long studentId, String studentName, String firstName, String lastName,
			int assignmentsTotal, int assignmentsCompleted, int onTimeSubmissions, int lateSubmissions,
			BigDecimal submissionRate, int assignmentsGraded, BigDecimal averageScore, int feedbackGiven,
			int feedbackQualityScore, int materialsAssigned, int materialsCompleted, BigDecimal learningProgress,
			BigDecimal attendancePercentage, long chatMessagesSent, long chatMessagesReceived,
			BigDecimal chatParticipation, BigDecimal timeSpentHours, int engagementPoints, Engagement engagementLevel) {

	}

	/**
	 * @param engagementDistribution every level from "Very High" to "Very Low" with its
	 * count, zeros included
	 */
	public record Statistics(int totalStudents, int activeStudents, BigDecimal classAverageScore,
			BigDecimal classSubmissionRate, BigDecimal highestScore, BigDecimal lowestScore,
			Map<String, Integer> engagementDistribution) {

	}

	public record Summary(int totalStudents, BigDecimal classAverageScore, BigDecimal classSubmissionRate,
			int studentsWithConcerns, int topPerformers) {

	}

}
