package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions and grades. A student submits for themself; a teacher or admin may record a
 * submission for a student. Only the assignment's teacher (or an admin) grades.
 */
@Service
@Transactional
class SubmissionService {

	private final SubmissionRepository submissions;

	private final AssignmentRepository assignments;

	private final Participants participants;

	private final AccessPolicy access;

	private final Facts facts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubmissionService(SubmissionRepository submissions, AssignmentRepository assignments, Participants participants,
			AccessPolicy access, Facts facts, ApplicationEventPublisher events, Clock clock) {
		this.submissions = submissions;
		this.assignments = assignments;
		this.participants = participants;
		this.access = access;
		this.facts = facts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a submission, or replaces the student's earlier one (same row, grade
	 * cleared). A student reaches every assignment of their school here, so that
	 * submitting to one they are not assigned to names the rule they broke.
	 */
	SubmissionFacts submit(Actor actor, long assignmentId, long studentId, Instant submittedAt) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER, Role.STUDENT);
		// Locked, so that a concurrent move of the due date waits: the late flag and the
		// due date announced to analytics are those of the assignment as it stays.
		AssignmentEntity assignment = this.assignments.findForUpdateById(assignmentId)
			.filter((a) -> a.schoolId() == actor.schoolId())
			.filter((a) -> actor.role() != Role.TEACHER || a.teacherId() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Assignment", assignmentId));
		List<FieldProblem> problems = new ArrayList<>();
		this.participants.checkRecordable(actor, studentId, problems);
		if (problems.isEmpty() && !assignment.isAssigned(studentId)) {
			problems.add(new FieldProblem("student_id",
					"student " + studentId + " is not assigned to assignment " + assignmentId));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant at = Scores.instantOrNow(submittedAt, this.clock);
		Optional<SubmissionEntity> existing = this.submissions.findForUpdateByAssignmentIdAndStudentId(assignmentId,
				studentId);
		SubmissionFacts previous = existing.flatMap((s) -> this.facts.submission(s.id())).orElse(null);
		SubmissionEntity submission = existing.orElseGet(() -> SubmissionEntity.submit(assignment, studentId, at));
		if (previous != null) {
			submission.resubmit(assignment, at);
		}
		long id = this.submissions.save(submission).id();
		SubmissionFacts submitted = this.facts.submission(id).orElseThrow();
		this.events.publishEvent(new SubmissionSubmitted(submitted, previous));
		return submitted;
	}

	SubmissionFacts grade(Actor actor, long submissionId, BigDecimal score, String feedback, Instant gradedAt) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		SubmissionEntity submission = loadWritable(actor, submissionId);
		AssignmentEntity assignment = this.assignments.findById(submission.assignmentId()).orElseThrow();
		SubmissionFacts previous = this.facts.submission(submissionId).orElseThrow();
		submission.grade(score, assignment.maxScore(), feedback, Scores.instantOrNow(gradedAt, this.clock));
		this.submissions.save(submission);
		SubmissionFacts graded = this.facts.submission(submissionId).orElseThrow();
		this.events.publishEvent(new SubmissionGraded(graded, previous));
		return graded;
	}

	void delete(Actor actor, long submissionId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		SubmissionEntity submission = loadWritable(actor, submissionId);
		SubmissionFacts deleted = this.facts.submission(submissionId).orElseThrow();
		this.submissions.delete(submission);
		this.events.publishEvent(new SubmissionDeleted(deleted));
	}

	/**
	 * A submission of an assignment the caller may write: any of the school's for an
	 * admin, their own assignments' for a teacher. The assignment is locked first, then
	 * the submission (the order of a due date move, which locks the assignment and then
	 * updates its submissions), so a move and this write run one after the other and the
	 * due date this write announces to analytics is never one the move has replaced.
	 */
	private SubmissionEntity loadWritable(Actor actor, long submissionId) {
		return this.submissions.findById(submissionId)
			.flatMap((found) -> this.assignments.findForUpdateById(found.assignmentId()))
			.filter((a) -> a.schoolId() == actor.schoolId())
			.filter((a) -> actor.isAdmin() || a.teacherId() == actor.userId())
			.flatMap((a) -> this.submissions.findForUpdateById(submissionId))
			.orElseThrow(() -> NotFoundException.of("Submission", submissionId));
	}

}
