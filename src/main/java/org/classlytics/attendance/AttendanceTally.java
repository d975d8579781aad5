package org.classlytics.attendance;

/**
 * How many of a student's days over a period were recorded with each status.
 */
public record AttendanceTally(long studentId, int present, int late, int absent, int excused) {

	/**
	 * The days recorded.
	 */
	public int days() {
		return this.present + this.late + this.absent + this.excused;
	}

	/**
	 * The days attended: present or late (metrics.md).
	 */
	public int attended() {
		return this.present + this.late;
	}

}
