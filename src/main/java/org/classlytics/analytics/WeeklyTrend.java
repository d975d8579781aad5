package org.classlytics.analytics;

import java.util.List;

/**
 * The last N calendar weeks of a student, oldest first.
 *
 * @param totalWeeks the number of weeks in the series (N)
 */
public record WeeklyTrend(long studentId, List<WeekPerformance> weeklyTrend, int totalWeeks) {

	public WeeklyTrend {
		weeklyTrend = List.copyOf(weeklyTrend);
	}

}
