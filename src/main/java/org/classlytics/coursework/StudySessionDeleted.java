package org.classlytics.coursework;

/**
 * A study session was deleted.
 */
public record StudySessionDeleted(StudySessionFacts session) {

}
