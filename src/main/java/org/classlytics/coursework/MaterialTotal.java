package org.classlytics.coursework;

import java.math.BigDecimal;

/**
 * A student's materials of one teacher and subject, as of the end of a week.
 *
 * @param assigned the materials assigned to the student
 * @param completed those completed in or before the week (in the school's zone)
 * @param progressSum the sum of progress_percent over the assigned materials, missing
 * progress counting 0
 */
public record MaterialTotal(long studentId, long teacherId, long subjectId, int assigned, int completed,
		BigDecimal progressSum) {

}
