package org.classlytics.attendance;

import java.time.LocalDate;

/**
 * A day's attendance record was removed; the day now has no record.
 *
 * @param status the status the day had
 */
public record AttendanceDeleted(long attendanceId, long schoolId, long studentId, LocalDate date,
		AttendanceStatus status, long recordedBy) {

}
