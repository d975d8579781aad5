package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quizzes")
class QuizController {

	private final QuizService quizzes;

	private final QuizQueries queries;

	QuizController(QuizService quizzes, QuizQueries queries) {
		this.quizzes = quizzes;
		this.queries = queries;
	}

	@GetMapping
	Paged<QuizJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(name = "subject_id", required = false) Long subjectId) {
		return this.queries.list(actor, teacherId, subjectId, page).map(QuizJson::of);
	}

	@GetMapping("/{id}")
	QuizJson get(Actor actor, @PathVariable long id) {
		return QuizJson.of(this.queries.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	QuizJson create(Actor actor, @Valid @RequestBody NewQuiz request) {
		return QuizJson.of(this.quizzes.create(actor, request.teacherId(), request.subjectId(), request.title(),
				request.maxScore(), request.createdAt()));
	}

	@PatchMapping("/{id}")
	QuizJson update(Actor actor, @PathVariable long id, @Valid @RequestBody QuizPatch patch) {
		return QuizJson.of(this.quizzes.update(actor, id, patch.title(), patch.maxScore()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.quizzes.delete(actor, id);
	}

	/**
	 * An admin names the teacher; a teacher's own teacher_id is ignored.
	 */
	record NewQuiz(@NotNull Long subjectId, @NotBlank @Size(max = Titles.MAX_LENGTH) String title,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal maxScore,
			Long teacherId, Instant createdAt) {

	}

	record QuizPatch(@Size(min = 1, max = Titles.MAX_LENGTH) String title,
			@DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal maxScore) {

	}

	record QuizJson(long id, long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			BigDecimal maxScore) {

		static QuizJson of(QuizFacts q) {
			return new QuizJson(q.quizId(), q.schoolId(), q.teacherId(), q.subjectId(), q.title(), q.createdAt(),
					q.maxScore());
		}

	}

}
