package org.classlytics.coursework;

import java.util.List;

/**
 * A batch of submissions was recorded or graded at once (an import chunk), all in one
 * school. Each fact is the submission's state after the write; consumers place the old
 * state from their own copy, as for {@link SubmissionGraded}. One event replaces one
 * {@link SubmissionSubmitted} or {@link SubmissionGraded} per row, so that consumers can
 * work set-based.
 */
public record SubmissionsRecorded(long schoolId, List<SubmissionFacts> submissions) {

	public SubmissionsRecorded {
		submissions = List.copyOf(submissions);
	}

}
