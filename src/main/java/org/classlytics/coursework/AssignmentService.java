package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.classlytics.platform.ConflictException;
import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes assignments. A teacher writes their own for their own
 * students; an admin writes any of the school's, naming the teacher on creation.
 */
@Service
@Transactional
class AssignmentService {

	private final AssignmentRepository assignments;

	private final Participants participants;

	private final AccessPolicy access;

	private final Facts facts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssignmentService(AssignmentRepository assignments, Participants participants, AccessPolicy access, Facts facts,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.assignments = assignments;
		this.participants = participants;
		this.access = access;
		this.facts = facts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	AssignmentFacts create(Actor actor, NewAssignment request) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		List<FieldProblem> problems = new ArrayList<>();
		Long teacherId = this.participants.teacherFor(actor, request.teacherId(), problems);
		this.participants.checkSubject(actor.schoolId(), request.subjectId(), problems);
		Set<Long> students = this.participants.assignees(actor, teacherId, request.studentIds(), request.classId(),
				problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		AssignmentEntity assignment = AssignmentEntity.create(actor.schoolId(), teacherId, request.subjectId(),
				request.title(), Scores.instantOrNow(request.createdAt(), this.clock), request.dueAt(),
				request.maxScore(), students);
		long id = this.assignments.save(assignment).id();
		AssignmentFacts created = this.facts.assignment(id).orElseThrow();
		this.events.publishEvent(new AssignmentCreated(created));
		return created;
	}

	/**
	 * Applies the changes that were sent. The maximum score is fixed once a submission is
	 * graded (its percentage would change under it); students with a submission cannot be
	 * taken off; a moved due instant recomputes every submission's late flag here, in the
	 * same transaction.
	 */
	AssignmentFacts update(Actor actor, long assignmentId, AssignmentChanges changes) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		AssignmentEntity assignment = loadWritable(actor, assignmentId);
		AssignmentFacts previous = this.facts.assignment(assignmentId).orElseThrow();
		if (changes.studentIds() != null) {
			Set<Long> added = new HashSet<>(changes.studentIds());
			added.removeAll(assignment.studentIds());
			List<FieldProblem> problems = new ArrayList<>();
			this.participants.listed(actor, added, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			Set<Long> removed = new HashSet<>(assignment.studentIds());
			removed.removeAll(changes.studentIds());
			requireNoSubmissionsOf(assignmentId, removed);
			assignment.assign(changes.studentIds());
		}
		if (changes.title() != null) {
			assignment.retitle(changes.title());
		}
		if (changes.maxScore() != null && changes.maxScore().compareTo(assignment.maxScore()) != 0) {
			Scores.requireMaxScore(changes.maxScore());
			requireNothingGraded(assignmentId);
			assignment.rescore(changes.maxScore());
		}
		boolean moved = changes.dueAt() != null && !Scores.truncate(changes.dueAt()).equals(assignment.dueAt());
		if (moved) {
			assignment.reschedule(changes.dueAt());
		}
		this.assignments.save(assignment);
		if (moved) {
			this.jdbc.sql("""
					UPDATE submissions SET late = CASE WHEN submitted_at > :due THEN TRUE ELSE FALSE END
					WHERE assignment_id = :assignment""")
				.param("due", assignment.dueAt().atOffset(ZoneOffset.UTC))
				.param("assignment", assignmentId)
				.update();
		}
		AssignmentFacts changed = this.facts.assignment(assignmentId).orElseThrow();
		if (!changed.equals(previous)) {
			this.events.publishEvent(new AssignmentChanged(changed, previous));
		}
		return changed;
	}

	/**
	 * Deletes the assignment and its submissions; consumers drop the submissions on
	 * {@link AssignmentDeleted}.
	 */
	void delete(Actor actor, long assignmentId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		AssignmentEntity assignment = loadWritable(actor, assignmentId);
		AssignmentFacts deleted = this.facts.assignment(assignmentId).orElseThrow();
		this.jdbc.sql("DELETE FROM submissions WHERE assignment_id = ?").param(assignmentId).update();
		this.assignments.delete(assignment);
		this.events.publishEvent(new AssignmentDeleted(deleted));
	}

	/**
	 * The assignment a caller may write: the school's for an admin, their own for a
	 * teacher; another teacher's is not found.
	 */
	AssignmentEntity loadWritable(Actor actor, long assignmentId) {
		return this.assignments.findForUpdateById(assignmentId)
			.filter((assignment) -> assignment.schoolId() == actor.schoolId())
			.filter((assignment) -> actor.isAdmin() || assignment.teacherId() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Assignment", assignmentId));
	}

	private void requireNothingGraded(long assignmentId) {
		long graded = this.jdbc.sql("SELECT COUNT(*) FROM submissions WHERE assignment_id = ? AND status = 'GRADED'")
			.param(assignmentId)
			.query(Long.class)
			.single();
		if (graded > 0) {
			throw new ConflictException("Assignment " + assignmentId + " has " + graded
					+ " graded submission(s); its max_score can no longer change");
		}
	}

	private void requireNoSubmissionsOf(long assignmentId, Set<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		List<Long> submitted = this.jdbc
			.sql("SELECT student_id FROM submissions WHERE assignment_id = :assignment AND student_id IN (:students)"
					+ " ORDER BY student_id")
			.param("assignment", assignmentId)
			.param("students", List.copyOf(studentIds))
			.query(Long.class)
			.list();
		if (!submitted.isEmpty()) {
			throw new ConflictException("Students " + submitted + " have submitted assignment " + assignmentId
					+ "; delete their submissions before taking them off");
		}
	}

	record NewAssignment(Long teacherId, long subjectId, String title, Instant createdAt, Instant dueAt,
			BigDecimal maxScore, Set<Long> studentIds, Long classId) {

	}

	record AssignmentChanges(String title, Instant dueAt, BigDecimal maxScore, Set<Long> studentIds) {

	}

}
