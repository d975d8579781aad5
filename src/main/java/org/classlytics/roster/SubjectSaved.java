package org.classlytics.roster;

/**
 * A subject was created or renamed.
 */
public record SubjectSaved(long subjectId, long schoolId) {

}
