package org.classlytics.coursework;

import java.util.List;

/**
 * A class's coursework for one week, read in one statement: what {@link ClassActivity}
 * holds, with the materials as per-(student, teacher, subject) totals as of the week's
 * end instead of one row per material.
 */
public record ClassWeekActivity(List<AssignmentDue> due, List<SubmissionFacts> submissions,
		List<MaterialTotal> materials, List<StudyTime> studyTime) {

}
