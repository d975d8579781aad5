package org.classlytics.attendance;

/**
 * Whether a lesson took place; only a HELD lesson counts as a class taught.
 */
public enum LessonStatus {

	HELD, CANCELLED

}
