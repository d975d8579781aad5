package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.classlytics.platform.ConflictException;
import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz attempts. A student records their own (never a teacher's score); the quiz's
 * teacher or an admin records any and may override the score with teacher_score.
 */
@Service
@Transactional
class QuizAttemptService {

	private final QuizAttemptRepository attempts;

	private final QuizRepository quizzes;

	private final Participants participants;

	private final AccessPolicy access;

	private final Facts facts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuizAttemptService(QuizAttemptRepository attempts, QuizRepository quizzes, Participants participants,
			AccessPolicy access, Facts facts, ApplicationEventPublisher events, Clock clock) {
		this.attempts = attempts;
		this.quizzes = quizzes;
		this.participants = participants;
		this.access = access;
		this.facts = facts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an attempt. Started defaults to now; an attempt sent with a score is
	 * complete, so its completion defaults to now too, while one without a score stays
	 * open until completed. A student reaches every quiz of their school here, and must
	 * be taught by the quiz's teacher.
	 */
	QuizAttemptFacts record(Actor actor, long quizId, long studentId, AttemptValues values) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER, Role.STUDENT);
		requireNoTeacherScoreFromStudent(actor, values);
		QuizEntity quiz = this.quizzes.findById(quizId)
			.filter((q) -> q.schoolId() == actor.schoolId())
			.filter((q) -> actor.role() != Role.TEACHER || q.teacherId() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Quiz", quizId));
		List<FieldProblem> problems = new ArrayList<>();
		this.participants.checkRecordable(actor, studentId, problems);
		if (problems.isEmpty() && actor.role() == Role.STUDENT
				&& !this.participants.isTaughtBy(studentId, quiz.teacherId())) {
			problems
				.add(new FieldProblem("student_id", "student " + studentId + " is not taught by the quiz's teacher"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		// One reading of the clock, so that a defaulted start never falls after a
		// defaulted
		// completion.
		Instant now = this.clock.instant();
		QuizAttemptEntity attempt = QuizAttemptEntity.start(quiz, studentId,
				(values.startedAt() != null) ? values.startedAt() : now);
		boolean scored = values.score() != null || values.teacherScore() != null;
		Instant completedAt = (values.completedAt() != null) ? values.completedAt() : (scored ? now : null);
		apply(attempt, quiz, completedAt, values.score(), values.teacherScore());
		long id = this.attempts.save(attempt).id();
		QuizAttemptFacts recorded = this.facts.quizAttempt(id).orElseThrow();
		this.events.publishEvent(new QuizAttemptRecorded(recorded, null));
		return recorded;
	}

	/**
	 * Changes the fields that were sent. A student may complete their own open attempt; a
	 * completed one is final for them.
	 */
	QuizAttemptFacts update(Actor actor, long attemptId, AttemptValues values) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER, Role.STUDENT);
		requireNoTeacherScoreFromStudent(actor, values);
		QuizAttemptEntity attempt = load(actor, attemptId);
		QuizEntity quiz = this.quizzes.findById(attempt.quizId()).orElseThrow();
		if (actor.role() == Role.STUDENT && attempt.completed()) {
			throw new ConflictException("Attempt " + attemptId + " is completed; only a teacher may change it now");
		}
		QuizAttemptFacts previous = this.facts.quizAttempt(attemptId).orElseThrow();
		if (values.startedAt() != null) {
			attempt.restart(values.startedAt());
		}
		Instant completedAt = values.completedAt();
		if (completedAt == null && !attempt.completed() && values.score() != null) {
			completedAt = this.clock.instant();
		}
		apply(attempt, quiz, completedAt, values.score(), values.teacherScore());
		this.attempts.save(attempt);
		QuizAttemptFacts changed = this.facts.quizAttempt(attemptId).orElseThrow();
		if (!changed.equals(previous)) {
			this.events.publishEvent(new QuizAttemptRecorded(changed, previous));
		}
		return changed;
	}

	void delete(Actor actor, long attemptId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		QuizAttemptEntity attempt = load(actor, attemptId);
		QuizAttemptFacts deleted = this.facts.quizAttempt(attemptId).orElseThrow();
		this.attempts.delete(attempt);
		this.events.publishEvent(new QuizAttemptDeleted(deleted));
	}

	private static void apply(QuizAttemptEntity attempt, QuizEntity quiz, Instant completedAt, BigDecimal score,
			BigDecimal teacherScore) {
		List<FieldProblem> problems = new ArrayList<>();
		collect(problems, () -> attempt.score(score, quiz.maxScore()), score != null);
		collect(problems, () -> attempt.override(teacherScore, quiz.maxScore()), teacherScore != null);
		collect(problems, () -> attempt.complete(completedAt), completedAt != null);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void collect(List<FieldProblem> problems, Runnable change, boolean wanted) {
		if (!wanted) {
			return;
		}
		try {
			change.run();
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.errors());
		}
	}

	/**
	 * Overriding a score is a teacher's function, which a student never has.
	 */
	private static void requireNoTeacherScoreFromStudent(Actor actor, AttemptValues values) {
		if (actor.role() == Role.STUDENT && values.teacherScore() != null) {
			throw new ForbiddenException("A student cannot set teacher_score");
		}
	}

	/**
	 * An attempt the caller may write: the school's for an admin, those at their own
	 * quizzes for a teacher, their own for a student.
	 */
	private QuizAttemptEntity load(Actor actor, long attemptId) {
		return this.attempts.findForUpdateById(attemptId)
			.filter((attempt) -> this.quizzes.findById(attempt.quizId())
				.filter((quiz) -> quiz.schoolId() == actor.schoolId())
				.filter((quiz) -> actor.isAdmin() || actor.role() == Role.TEACHER && quiz.teacherId() == actor.userId()
						|| actor.role() == Role.STUDENT && attempt.studentId() == actor.userId())
				.isPresent())
			.orElseThrow(() -> NotFoundException.of("Quiz attempt", attemptId));
	}

	record AttemptValues(Instant startedAt, Instant completedAt, BigDecimal score, BigDecimal teacherScore) {

	}

}
