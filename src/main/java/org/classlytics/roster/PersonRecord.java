package org.classlytics.roster;

import java.util.Locale;
import java.util.Set;

/**
 * One person to create or update in a batch (an import), already checked by the caller:
 * the class, tutor and guardians belong to the school and have the right roles.
 *
 * @param externalId the id in the source system; the upsert key when given, else the
 * email
 * @param password a new password, or null to keep the stored one (none for a new person,
 * who then cannot sign in until one is set)
 * @param guardianIds the complete guardian list of a student, or null to leave it alone
 */
public record PersonRecord(String externalId, String email, String firstName, String lastName, Role role, Locale locale,
		Long classSectionId, Long tutorId, Set<Long> guardianIds, String password) {

}
