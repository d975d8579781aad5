package org.classlytics.audit;

/**
 * How a student's data left the system.
 */
public enum AuditAction {

	/**
	 * Shown in a report, on screen or as JSON.
	 */
	VIEW,

	/**
	 * Downloaded as a file (PDF, CSV, XLSX, zip).
	 */
	EXPORT,

	/**
	 * Sent by email.
	 */
	EMAIL

}
