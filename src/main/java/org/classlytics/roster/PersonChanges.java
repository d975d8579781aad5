package org.classlytics.roster;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A partial update of a person: a null field is left as it is; an empty Optional clears a
 * field that may be empty (locale, class, tutor).
 */
record PersonChanges(String email, String password, String firstName, String lastName, Optional<Locale> locale,
		Role role, Boolean active, Optional<Long> classSectionId, Optional<Long> tutorId, Set<Long> guardianIds) {

	/**
	 * The changes a person may make to their own record: never role, activity or links.
	 */
	PersonChanges selfService() {
		return new PersonChanges(this.email, this.password, this.firstName, this.lastName, this.locale, null, null,
				null, null, null);
	}

}
