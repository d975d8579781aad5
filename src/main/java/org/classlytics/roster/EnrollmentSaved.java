package org.classlytics.roster;

/**
 * An enrollment was created or changed; {@code previous} is null on creation.
 */
public record EnrollmentSaved(Enrollment enrollment, Enrollment previous) {

}
