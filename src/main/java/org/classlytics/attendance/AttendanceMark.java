package org.classlytics.attendance;

import java.time.LocalDate;

/**
 * One attendance record a client asked for, parsed and checked for form.
 *
 * @param path where the record sits in the request: empty for a single record,
 * {@code records[2].} for the third of a list; it prefixes the fields a problem names
 * @param recordedBy the recorder the client asked for, or null
 */
record AttendanceMark(String path, long studentId, LocalDate date, AttendanceStatus status, String note,
		Long recordedBy) {

	String field(String name) {
		return this.path + name;
	}

	/**
	 * The record as a client would point at it, such as {@code records[2]}.
	 */
	String name() {
		return this.path.isEmpty() ? "the record" : this.path.substring(0, this.path.length() - 1);
	}

	AttendanceMark recordedBy(long recorder) {
		return new AttendanceMark(this.path, this.studentId, this.date, this.status, this.note, recorder);
	}

	DayKey day() {
		return new DayKey(this.studentId, this.date);
	}

	/**
	 * What identifies an attendance record: one per student and day.
	 */
	record DayKey(long studentId, LocalDate date) {

	}

}
