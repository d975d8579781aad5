package org.classlytics.coursework;

/**
 * A student handed in an assignment; {@code previous} is null for the first submission
 * and the replaced one (possibly graded) for a resubmission, which clears the grade.
 */
public record SubmissionSubmitted(SubmissionFacts submission, SubmissionFacts previous) {

}
