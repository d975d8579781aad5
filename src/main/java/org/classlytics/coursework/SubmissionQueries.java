package org.classlytics.coursework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submissions a caller may see: an admin the school's, a teacher those of their own
 * assignments, others those of the students in their reach.
 */
@Component
@Transactional(readOnly = true)
class SubmissionQueries {

	private final Facts facts;

	private final Listing listing;

	private final Readers readers;

	SubmissionQueries(Facts facts, Listing listing, Readers readers) {
		this.facts = facts;
		this.listing = listing;
		this.readers = readers;
	}

	SubmissionFacts get(Actor actor, long submissionId) {
		Reach reach = this.readers.reachOf(actor);
		return this.facts.submission(submissionId)
			.filter((submission) -> submission.schoolId() == actor.schoolId())
			.filter((submission) -> reach.seesRecord(submission.teacherId(), submission.studentId()))
			.orElseThrow(() -> NotFoundException.of("Submission", submissionId));
	}

	Paged<SubmissionFacts> list(Actor actor, SubmissionFilter filter, PageQuery page) {
		Reach reach = this.readers.reachOf(actor);
		if (reach.reachesNobody()) {
			return new Paged<>(0, List.of());
		}
		String where = """
				s.school_id = :school AND (%s)
				AND (CAST(:assignment AS BIGINT) IS NULL OR s.assignment_id = :assignment)
				AND (CAST(:student AS BIGINT) IS NULL OR s.student_id = :student)
				AND (CAST(:status AS VARCHAR(20)) IS NULL OR s.status = :status)""".formatted(condition(reach));
		Map<String, Object> params = new HashMap<>();
		params.put("school", actor.schoolId());
		params.put("me", actor.userId());
		params.put("students", reach.studentParam());
		params.put("assignment", filter.assignmentId());
		params.put("student", filter.studentId());
		params.put("status", (filter.status() != null) ? filter.status().name() : null);
		return this.listing.page(CourseworkRows.SUBMISSION,
				"submissions s JOIN assignments a ON a.id = s.assignment_id", where, "s.submitted_at, s.id", params,
				page, CourseworkRows::submission);
	}

	private static String condition(Reach reach) {
		if (reach.admin()) {
			return "TRUE";
		}
		if (reach.teacher()) {
			return "a.teacher_id = :me";
		}
		return "s.student_id IN (:students)";
	}

	record SubmissionFilter(Long assignmentId, Long studentId, SubmissionStatus status) {

	}

}
