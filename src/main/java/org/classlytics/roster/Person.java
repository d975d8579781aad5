package org.classlytics.roster;

import java.util.Locale;

/**
 * A person as other modules see them. Student fields are null for other roles.
 *
 * @param locale the person's own locale, or null to use the school's
 */
public record Person(long id, long schoolId, String email, String firstName, String lastName, Role role, boolean active,
		Locale locale, Long classSectionId, Long tutorId) {

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

}
