package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * Creates, changes and deletes quizzes: a teacher their own, an admin the school's.
 */
@Service
@Transactional
class QuizService {

	private final QuizRepository quizzes;

	private final Participants participants;

	private final AccessPolicy access;

	private final Facts facts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuizService(QuizRepository quizzes, Participants participants, AccessPolicy access, Facts facts, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.quizzes = quizzes;
		this.participants = participants;
		this.access = access;
		this.facts = facts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	QuizFacts create(Actor actor, Long teacherId, long subjectId, String title, BigDecimal maxScore,
			Instant createdAt) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		List<FieldProblem> problems = new ArrayList<>();
		Long teacher = this.participants.teacherFor(actor, teacherId, problems);
		this.participants.checkSubject(actor.schoolId(), subjectId, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		QuizEntity quiz = QuizEntity.create(actor.schoolId(), teacher, subjectId, title,
				Scores.instantOrNow(createdAt, this.clock), maxScore);
		long id = this.quizzes.save(quiz).id();
		QuizFacts created = this.facts.quiz(id).orElseThrow();
		this.events.publishEvent(new QuizCreated(created));
		return created;
	}

	/**
	 * The maximum score is fixed once an attempt has a score or a teacher's score, since
	 * its percentage would change under it.
	 */
	QuizFacts update(Actor actor, long quizId, String title, BigDecimal maxScore) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		QuizEntity quiz = loadWritable(actor, quizId);
		QuizFacts previous = this.facts.quiz(quizId).orElseThrow();
		if (title != null) {
			quiz.retitle(title);
		}
		if (maxScore != null && maxScore.compareTo(quiz.maxScore()) != 0) {
			Scores.requireMaxScore(maxScore);
			long scored = this.jdbc.sql("""
					SELECT COUNT(*) FROM quiz_attempts
					WHERE quiz_id = ? AND (score IS NOT NULL OR teacher_score IS NOT NULL)""")
				.param(quizId)
				.query(Long.class)
				.single();
			if (scored > 0) {
				throw new ConflictException(
						"Quiz " + quizId + " has " + scored + " scored attempt(s); its max_score can no longer change");
			}
			quiz.rescore(maxScore);
		}
		this.quizzes.save(quiz);
		QuizFacts changed = this.facts.quiz(quizId).orElseThrow();
		if (!changed.equals(previous)) {
			this.events.publishEvent(new QuizChanged(changed, previous));
		}
		return changed;
	}

	/**
	 * Deletes the quiz and every attempt at it; the attempts are listed in
	 * {@link QuizDeleted}.
	 */
	void delete(Actor actor, long quizId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		QuizEntity quiz = loadWritable(actor, quizId);
		QuizFacts deleted = this.facts.quiz(quizId).orElseThrow();
		List<QuizAttemptFacts> attempts = this.facts.attemptsOf(quizId);
		this.jdbc.sql("DELETE FROM quiz_attempts WHERE quiz_id = ?").param(quizId).update();
		this.quizzes.delete(quiz);
		this.events.publishEvent(new QuizDeleted(deleted, attempts));
	}

	QuizEntity loadWritable(Actor actor, long quizId) {
		return this.quizzes.findById(quizId)
			.filter((quiz) -> quiz.schoolId() == actor.schoolId())
			.filter((quiz) -> actor.isAdmin() || quiz.teacherId() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Quiz", quizId));
	}

}
