package org.classlytics.coursework;

import java.util.List;

/**
 * A class's coursework for one week, read in one statement: the assignments due with
 * their submissions, the week's submissions, the materials as per-(student, teacher,
 * subject) totals as of the week's end, and the study time.
 */
public record ClassWeekActivity(List<AssignmentDue> due, List<SubmissionFacts> submissions,
		List<MaterialTotal> materials, List<StudyTime> studyTime) {

}
