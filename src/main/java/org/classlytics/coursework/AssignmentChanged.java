package org.classlytics.coursework;

/**
 * An assignment's title, due instant, maximum score or students changed. When the due
 * instant moved, the late flag of every submission was recomputed in the same transaction
 * (late = submitted_at > due_at); no event per submission is published.
 */
public record AssignmentChanged(AssignmentFacts assignment, AssignmentFacts previous) {

}
