package org.classlytics.attendance;

/**
 * How a student stood on a school day.
 */
public enum AttendanceStatus {

	PRESENT, ABSENT, LATE, EXCUSED;

	/**
	 * Whether the day counts as attended in an attendance rate: a late student was there.
	 */
	public boolean attended() {
		return this == PRESENT || this == LATE;
	}

}
