package org.classlytics.coursework;

/**
 * An assignment was created, with the students it was assigned to.
 */
public record AssignmentCreated(AssignmentFacts assignment) {

}
