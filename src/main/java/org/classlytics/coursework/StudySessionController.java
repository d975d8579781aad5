package org.classlytics.coursework;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Study sessions, read by everyone who reaches the student (a teacher their students').
 */
@RestController
@RequestMapping("/api/study-sessions")
class StudySessionController {

	private final StudySessionService sessions;

	private final StudySessionQueries queries;

	StudySessionController(StudySessionService sessions, StudySessionQueries queries) {
		this.sessions = sessions;
		this.queries = queries;
	}

	@GetMapping
	Paged<SessionJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(name = "subject_id", required = false) Long subjectId,
			@RequestParam(name = "material_id", required = false) Long materialId) {
		return this.queries.list(actor, studentId, subjectId, materialId, page).map(SessionJson::of);
	}

	@GetMapping("/{id}")
	SessionJson get(Actor actor, @PathVariable long id) {
		return SessionJson.of(this.queries.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SessionJson record(Actor actor, @Valid @RequestBody NewSession request) {
		return SessionJson.of(this.sessions.record(actor, request.studentId(), request.subjectId(),
				request.materialId(), request.startedAt(), request.durationSeconds()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.sessions.delete(actor, id);
	}

	/**
	 * started_at defaults to now, as every client-supplied instant does.
	 */
	record NewSession(@NotNull Long studentId, @NotNull Long subjectId, Long materialId, Instant startedAt,
			@NotNull @Positive Integer durationSeconds) {

	}

	record SessionJson(long id, long studentId, long subjectId, Long materialId, Long teacherId, long schoolId,
			Instant startedAt, int durationSeconds) {

		static SessionJson of(StudySessionFacts s) {
			return new SessionJson(s.sessionId(), s.studentId(), s.subjectId(), s.materialId(), s.teacherId(),
					s.schoolId(), s.startedAt(), s.durationSeconds());
		}

	}

}
