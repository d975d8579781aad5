package org.classlytics.web;

import java.time.LocalDate;
import java.util.List;

/**
 * A student as a home page lists them: class, tutor and the subjects they take (only the
 * caller's own subjects, for a teacher). Names are null where the student has none.
 */
record StudentCard(long id, String firstName, String lastName, String className, String tutorName,
		List<Course> courses) {

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

	/**
	 * A subject the student takes, with whom and since when.
	 */
	record Course(String subject, String teacher, LocalDate since) {

	}

}
