package org.classlytics.coursework;

/**
 * A study session was recorded.
 */
public record StudySessionRecorded(StudySessionFacts session) {

}
