package org.classlytics.coursework;

/**
 * Where a submission stands: handed in, or graded with a score.
 */
public enum SubmissionStatus {

	SUBMITTED, GRADED

}
