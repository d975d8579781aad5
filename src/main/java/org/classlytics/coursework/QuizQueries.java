package org.classlytics.coursework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quizzes and attempts a caller may see. A quiz has no assigned students, so
 * students, parents and tutors see the quizzes of their students' teachers and those
 * their students attempted; attempts follow the students in reach.
 */
@Component
@Transactional(readOnly = true)
class QuizQueries {

	private final Facts facts;

	private final Listing listing;

	private final Readers readers;

	private final Participants participants;

	QuizQueries(Facts facts, Listing listing, Readers readers, Participants participants) {
		this.facts = facts;
		this.listing = listing;
		this.readers = readers;
		this.participants = participants;
	}

	QuizFacts get(Actor actor, long quizId) {
		Reach reach = this.readers.reachOf(actor);
		Map<String, Object> params = params(actor, reach);
		params.put("id", quizId);
		return this.listing.one(CourseworkRows.QUIZ, quizWhere(reach) + " AND q.id = :id", params, CourseworkRows::quiz)
			.orElseThrow(() -> NotFoundException.of("Quiz", quizId));
	}

	Paged<QuizFacts> list(Actor actor, Long teacherId, Long subjectId, PageQuery page) {
		Reach reach = this.readers.reachOf(actor);
		if (reach.reachesNobody()) {
			return new Paged<>(0, List.of());
		}
		Map<String, Object> params = params(actor, reach);
		params.put("teacher", teacherId);
		params.put("subject", subjectId);
		String where = quizWhere(reach) + """
				 AND (CAST(:teacher AS BIGINT) IS NULL OR q.teacher_id = :teacher)
				AND (CAST(:subject AS BIGINT) IS NULL OR q.subject_id = :subject)""";
		return this.listing.page(CourseworkRows.QUIZ, "quizzes q", where, "q.created_at, q.id", params, page,
				CourseworkRows::quiz);
	}

	QuizAttemptFacts attempt(Actor actor, long attemptId) {
		Reach reach = this.readers.reachOf(actor);
		return this.facts.quizAttempt(attemptId)
			.filter((attempt) -> attempt.schoolId() == actor.schoolId())
			.filter((attempt) -> reach.seesRecord(attempt.teacherId(), attempt.studentId()))
			.orElseThrow(() -> NotFoundException.of("Quiz attempt", attemptId));
	}

	Paged<QuizAttemptFacts> attempts(Actor actor, Long quizId, Long studentId, PageQuery page) {
		Reach reach = this.readers.reachOf(actor);
		if (reach.reachesNobody()) {
			return new Paged<>(0, List.of());
		}
		String condition = reach.admin() ? "TRUE"
				: reach.teacher() ? "q.teacher_id = :me" : "t.student_id IN (:students)";
		String where = """
				t.school_id = :school AND (%s)
				AND (CAST(:quiz AS BIGINT) IS NULL OR t.quiz_id = :quiz)
				AND (CAST(:student AS BIGINT) IS NULL OR t.student_id = :student)""".formatted(condition);
		Map<String, Object> params = params(actor, reach);
		params.put("quiz", quizId);
		params.put("student", studentId);
		return this.listing.page(CourseworkRows.QUIZ_ATTEMPT, "quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id",
				where, "t.started_at, t.id", params, page, CourseworkRows::quizAttempt);
	}

	private Map<String, Object> params(Actor actor, Reach reach) {
		Map<String, Object> params = new HashMap<>();
		params.put("school", actor.schoolId());
		params.put("me", actor.userId());
		params.put("students", reach.studentParam());
		if (!reach.admin() && !reach.teacher()) {
			Set<Long> teachers = this.participants.teachersOf(reach.scope().studentIds());
			params.put("teachers", teachers.isEmpty() ? List.of(-1L) : List.copyOf(teachers));
		}
		return params;
	}

	private static String quizWhere(Reach reach) {
		String condition;
		if (reach.admin()) {
			condition = "TRUE";
		}
		else if (reach.teacher()) {
			condition = "q.teacher_id = :me";
		}
		else {
			condition = """
					q.teacher_id IN (:teachers)
					OR EXISTS (SELECT 1 FROM quiz_attempts r WHERE r.quiz_id = q.id AND r.student_id IN (:students))""";
		}
		return "q.school_id = :school AND (" + condition + ")";
	}

}
