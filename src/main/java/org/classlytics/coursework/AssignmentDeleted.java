package org.classlytics.coursework;

/**
 * An assignment was deleted, and its submissions with it; no SubmissionDeleted is
 * published for them.
 */
public record AssignmentDeleted(AssignmentFacts assignment) {

}
