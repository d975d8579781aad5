package org.classlytics.coursework;

import java.util.List;

/**
 * A group of students' coursework over a period, read in one statement: what
 * {@link Coursework#assignmentsDue}, {@link Coursework#submissionsIn},
 * {@link Coursework#materials} and {@link Coursework#studyTime} answer, in the same
 * orders.
 */
public record ClassActivity(List<AssignmentDue> due, List<SubmissionFacts> submissions, List<MaterialWork> materials,
		List<StudyTime> studyTime) {

}
