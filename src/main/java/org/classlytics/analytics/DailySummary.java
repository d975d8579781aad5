package org.classlytics.analytics;

import java.time.LocalDate;

/**
 * StudentDailySummary for one local day.
 */
public record DailySummary(LocalDate date, String attendanceStatus, Boolean homeworkCompleted, Integer behaviorScore) {

}
