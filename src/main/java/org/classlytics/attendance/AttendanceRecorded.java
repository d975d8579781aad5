package org.classlytics.attendance;

import java.time.LocalDate;

/**
 * A student's attendance for a day was recorded, recorded again or corrected.
 *
 * @param previousStatus the status the day had before, or null when it had none
 */
public record AttendanceRecorded(long attendanceId, long schoolId, long studentId, LocalDate date,
		AttendanceStatus status, AttendanceStatus previousStatus, long recordedBy) {

	public boolean isNew() {
		return this.previousStatus == null;
	}

}
