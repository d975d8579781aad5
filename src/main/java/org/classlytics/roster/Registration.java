package org.classlytics.roster;

import java.util.Locale;
import java.util.Set;

/**
 * Everything needed to register a person. Class, tutor and guardians apply to students
 * only; the password may be null for people who never sign in (imported guardians).
 */
public record Registration(String email, String password, String firstName, String lastName, Role role, Locale locale,
		Long classSectionId, Long tutorId, Set<Long> guardianIds) {

	public Registration {
		guardianIds = (guardianIds != null) ? Set.copyOf(guardianIds) : Set.of();
	}

	public static Registration of(String email, String password, String firstName, String lastName, Role role) {
		return new Registration(email, password, firstName, lastName, role, null, null, null, Set.of());
	}

}
