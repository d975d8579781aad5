package org.classlytics.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * TeacherWeeklyMetric for one ISO week; an empty week has zero counts and a null rate.
 */
public record TeacherWeek(String week, LocalDate weekStart, int classesTaught, int homeworksAssigned,
		int parentCommunications, BigDecimal averageStudentAttendance) {

}
