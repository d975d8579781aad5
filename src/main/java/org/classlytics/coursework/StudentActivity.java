package org.classlytics.coursework;

import java.util.List;

/**
 * Students' graded and due coursework over a period, read in one statement: what
 * {@link Coursework#assignmentsDue}, {@link Coursework#submissionsIn} and
 * {@link Coursework#gradedAttempts} answer for any teacher and subject, in the same
 * orders.
 */
public record StudentActivity(List<AssignmentDue> due, List<SubmissionFacts> submissions,
		List<QuizAttemptFacts> attempts) {

}
