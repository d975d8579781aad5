package org.classlytics.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One week of a student's trend (StudentWeeklyPerformance); a week without items has null
 * averages and zero counts.
 *
 * @param week the ISO label, such as {@code 2025-W03}
 */
public record WeekPerformance(String week, int year, int weekNumber, LocalDate weekStart, BigDecimal overallAvg,
		BigDecimal quizAvg, BigDecimal assignmentAvg, int quizCount, int assignmentCount) {

}
