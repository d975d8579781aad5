package org.classlytics.roster;

import java.time.LocalDate;

import org.classlytics.platform.LocalPeriod;

/**
 * A student taking a subject with a teacher.
 */
public record Enrollment(long id, long schoolId, long studentId, long teacherId, long subjectId, LocalDate startDate,
		LocalDate endDate, boolean active) {

	/**
	 * Whether the enrollment runs on at least one day of the period.
	 */
	public boolean overlaps(LocalPeriod period) {
		return !this.startDate.isAfter(period.to()) && (this.endDate == null || !this.endDate.isBefore(period.from()));
	}

}
