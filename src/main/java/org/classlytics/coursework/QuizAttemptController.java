package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attempts at quizzes: recorded under their quiz, read and changed on their own.
 */
@RestController
class QuizAttemptController {

	private final QuizAttemptService attempts;

	private final QuizQueries queries;

	QuizAttemptController(QuizAttemptService attempts, QuizQueries queries) {
		this.attempts = attempts;
		this.queries = queries;
	}

	@PostMapping("/api/quizzes/{id}/attempts")
	@ResponseStatus(HttpStatus.CREATED)
	AttemptJson record(Actor actor, @PathVariable long id, @Valid @RequestBody NewAttempt request) {
		return AttemptJson.of(this.attempts.record(actor, id, request.studentId(), new QuizAttemptService.AttemptValues(
				request.startedAt(), request.completedAt(), request.score(), request.teacherScore())));
	}

	@GetMapping("/api/quizzes/{id}/attempts")
	Paged<AttemptJson> listOfQuiz(Actor actor, @PathVariable long id, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId) {
		this.queries.get(actor, id);
		return this.queries.attempts(actor, id, studentId, page).map(AttemptJson::of);
	}

	@GetMapping("/api/quiz-attempts")
	Paged<AttemptJson> list(Actor actor, PageQuery page, @RequestParam(name = "quiz_id", required = false) Long quizId,
			@RequestParam(name = "student_id", required = false) Long studentId) {
		return this.queries.attempts(actor, quizId, studentId, page).map(AttemptJson::of);
	}

	@GetMapping("/api/quiz-attempts/{id}")
	AttemptJson get(Actor actor, @PathVariable long id) {
		return AttemptJson.of(this.queries.attempt(actor, id));
	}

	@PatchMapping("/api/quiz-attempts/{id}")
	AttemptJson update(Actor actor, @PathVariable long id, @Valid @RequestBody AttemptPatch patch) {
		return AttemptJson.of(this.attempts.update(actor, id, new QuizAttemptService.AttemptValues(patch.startedAt(),
				patch.completedAt(), patch.score(), patch.teacherScore())));
	}

	@DeleteMapping("/api/quiz-attempts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.attempts.delete(actor, id);
	}

	/**
	 * Scores are checked against the quiz's max_score by the service.
	 */
	record NewAttempt(@NotNull Long studentId, Instant startedAt, Instant completedAt, BigDecimal score,
			BigDecimal teacherScore) {

	}

	record AttemptPatch(Instant startedAt, Instant completedAt, BigDecimal score, BigDecimal teacherScore) {

	}

	/**
	 * An attempt with its final percentage ((teacher_score if set, else score) /
	 * max_score × 100, rounded to 2 places), null until it counts.
	 */
	record AttemptJson(long id, long quizId, long studentId, long teacherId, long subjectId, long schoolId,
			Instant startedAt, Instant completedAt, BigDecimal score, BigDecimal teacherScore, BigDecimal maxScore,
			BigDecimal percentage) {

		static AttemptJson of(QuizAttemptFacts a) {
			return new AttemptJson(a.attemptId(), a.quizId(), a.studentId(), a.teacherId(), a.subjectId(), a.schoolId(),
					a.startedAt(), a.completedAt(), a.score(), a.teacherScore(), a.maxScore(),
					Percentages.rounded(a.percentage()));
		}

	}

}
