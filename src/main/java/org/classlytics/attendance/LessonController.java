package org.classlytics.attendance;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/lessons")
class LessonController {

	private final LessonService lessons;

	private final LessonQueries queries;

	LessonController(LessonService lessons, LessonQueries queries) {
		this.lessons = lessons;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List lessons", description = "A teacher's own lessons, or for an admin the school's; "
			+ "tutors, parents and students get 403. from/to are the school's local days of starts_at.")
	Paged<LessonJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(name = "subject_id", required = false) Long subjectId,
			@RequestParam(name = "class_id", required = false) Long classId,
			@RequestParam(required = false) LessonStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.queries
			.list(actor, new LessonQueries.LessonFilter(teacherId, subjectId, classId, status, new DayRange(from, to)),
					page)
			.map(LessonJson::of);
	}

	@GetMapping("/{id}")
	LessonJson get(Actor actor, @PathVariable long id) {
		return LessonJson.of(this.lessons.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a lesson", description = "A teacher records their own lesson (a teacher_id other "
			+ "than theirs is 400); an admin names the teacher with teacher_id. starts_at defaults to now.")
	LessonJson create(Actor actor, @Valid @RequestBody NewLesson lesson) {
		return LessonJson.of(this.lessons.create(actor, new LessonService.LessonDraft(lesson.teacherId(),
				lesson.subjectId(), lesson.classId(), lesson.startsAt(), lesson.status())));
	}

	@PatchMapping("/{id}")
	LessonJson update(Actor actor, @PathVariable long id, @RequestBody LessonPatch patch) {
		return LessonJson.of(this.lessons.update(actor, id, new LessonService.LessonDraft(patch.teacherId(),
				patch.subjectId(), patch.classId(), patch.startsAt(), patch.status())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.lessons.delete(actor, id);
	}

	record NewLesson(@NotNull Long subjectId, @NotNull Long classId, Instant startsAt, @NotNull LessonStatus status,
			Long teacherId) {

	}

	record LessonPatch(Long subjectId, Long classId, Instant startsAt, LessonStatus status, Long teacherId) {

	}

	record LessonJson(long id, long schoolId, long teacherId, long subjectId, long classId, Instant startsAt,
			LessonStatus status) {

		static LessonJson of(LessonFacts lesson) {
			return new LessonJson(lesson.lessonId(), lesson.schoolId(), lesson.teacherId(), lesson.subjectId(),
					lesson.classSectionId(), lesson.startsAt(), lesson.status());
		}

	}

}
