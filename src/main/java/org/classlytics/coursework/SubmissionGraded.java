package org.classlytics.coursework;

/**
 * A submission was graded or regraded; {@code previous} is its state before.
 */
public record SubmissionGraded(SubmissionFacts submission, SubmissionFacts previous) {

}
