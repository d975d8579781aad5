package org.classlytics.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * The raw counts behind one student's line of a teacher weekly report, gathered from the
 * class's set-based queries.
 *
 * @param gradedPercentages the unrounded percentages of the scoped submissions graded in
 * the week
 * @param feedbacks the non-blank feedback texts of those graded submissions
 * @param progressSum the sum of progress_percent over the assigned materials (missing
 * progress counts 0)
 */
record StudentWeekInputs(long studentId, String firstName, String lastName, int assignmentsTotal,
		int assignmentsCompleted, int onTime, int late, List<BigDecimal> gradedPercentages, List<String> feedbacks,
		int materialsAssigned, int materialsCompleted, BigDecimal progressSum, int attended, int recorded,
		long chatSent, long chatReceived, long studySeconds) {

	StudentWeekInputs {
		gradedPercentages = List.copyOf(gradedPercentages);
		feedbacks = List.copyOf(feedbacks);
	}

}
