package org.classlytics.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A student's attendance on one school day (the school's local date).
 *
 * @param recordedBy who recorded the current status
 * @param recordedAt when the current status was recorded
 */
public record AttendanceRecord(long id, long schoolId, long studentId, LocalDate date, AttendanceStatus status,
		String note, long recordedBy, Instant recordedAt) {

}
