package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submissions of assignments and their grades. late, status and the grade are the
 * server's: a submission request carries only the student and the instant.
 */
@RestController
class SubmissionController {

	private final SubmissionService submissions;

	private final SubmissionQueries queries;

	private final AssignmentQueries assignments;

	SubmissionController(SubmissionService submissions, SubmissionQueries queries, AssignmentQueries assignments) {
		this.submissions = submissions;
		this.queries = queries;
		this.assignments = assignments;
	}

	@PostMapping("/api/assignments/{id}/submissions")
	@ResponseStatus(HttpStatus.CREATED)
	SubmissionJson submit(Actor actor, @PathVariable long id, @Valid @RequestBody NewSubmission request) {
		return SubmissionJson.of(this.submissions.submit(actor, id, request.studentId(), request.submittedAt()));
	}

	@GetMapping("/api/assignments/{id}/submissions")
	Paged<SubmissionJson> listOfAssignment(Actor actor, @PathVariable long id, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(required = false) SubmissionStatus status) {
		this.assignments.get(actor, id);
		return this.queries.list(actor, new SubmissionQueries.SubmissionFilter(id, studentId, status), page)
			.map(SubmissionJson::of);
	}

	@GetMapping("/api/submissions")
	Paged<SubmissionJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "assignment_id", required = false) Long assignmentId,
			@RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(required = false) SubmissionStatus status) {
		return this.queries.list(actor, new SubmissionQueries.SubmissionFilter(assignmentId, studentId, status), page)
			.map(SubmissionJson::of);
	}

	@GetMapping("/api/submissions/{id}")
	SubmissionJson get(Actor actor, @PathVariable long id) {
		return SubmissionJson.of(this.queries.get(actor, id));
	}

	@PostMapping("/api/submissions/{id}/grade")
	SubmissionJson grade(Actor actor, @PathVariable long id, @Valid @RequestBody Grade request) {
		return SubmissionJson
			.of(this.submissions.grade(actor, id, request.score(), request.feedback(), request.gradedAt()));
	}

	@DeleteMapping("/api/submissions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.submissions.delete(actor, id);
	}

	record NewSubmission(@NotNull Long studentId, Instant submittedAt) {

	}

	/**
	 * The score's bounds (0 to the assignment's max_score) are checked by the service,
	 * which knows the maximum.
	 */
	record Grade(@NotNull BigDecimal score, @Size(max = 10000) String feedback, Instant gradedAt) {

	}

	/**
	 * A submission, with its percentage (score / max_score × 100, rounded to 2 places)
	 * once graded.
	 */
	record SubmissionJson(long id, long assignmentId, long studentId, long teacherId, long subjectId, long schoolId,
			Instant submittedAt, Instant dueAt, boolean late, SubmissionStatus status, BigDecimal score,
			BigDecimal maxScore, BigDecimal percentage, Instant gradedAt, String feedback) {

		static SubmissionJson of(SubmissionFacts s) {
			return new SubmissionJson(s.submissionId(), s.assignmentId(), s.studentId(), s.teacherId(), s.subjectId(),
					s.schoolId(), s.submittedAt(), s.dueAt(), s.late(), s.status(), s.score(), s.maxScore(),
					Percentages.rounded(s.percentage()), s.gradedAt(), s.feedback());
		}

	}

}
