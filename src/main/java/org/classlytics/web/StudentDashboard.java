package org.classlytics.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.classlytics.analytics.Analytics;
import org.classlytics.analytics.DailySummary;
import org.classlytics.analytics.EarlyWarning;
import org.classlytics.analytics.WeekPerformance;

/**
 * What a student's dashboard shows: the weekly trend (with its chart), attendance,
 * early-warning flags, the latest graded work and, on the student's own page, the daily
 * summary, all over the weeks from {@code from} to {@code to}.
 *
 * @param chart the trend as the JSON of a {@code data-chart} attribute
 * @param days the daily summaries, newest first (empty where the page shows none)
 */
record StudentDashboard(long studentId, LocalDate from, LocalDate to, List<WeekPerformance> weeks, String chart,
		Analytics.AttendanceSummary attendance, EarlyWarning warning, List<GradedWork> latestWork,
		List<DailySummary> days) {

	/**
	 * How many weeks of the trend have an overall average: the points of the chart's
	 * overall line.
	 */
	public long weeksWithGrades() {
		return this.weeks.stream().filter((week) -> week.overallAvg() != null).count();
	}

	/**
	 * A graded assignment submission or quiz attempt.
	 *
	 * @param quiz true for a quiz attempt, false for an assignment
	 * @param percentage rounded HALF_UP to 2 places
	 */
	record GradedWork(Instant at, LocalDate day, boolean quiz, String title, String subject, BigDecimal percentage) {

	}

}
