package org.classlytics.coursework;

/**
 * A submission was deleted on its own.
 */
public record SubmissionDeleted(SubmissionFacts submission) {

}
