package org.classlytics.roster;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;

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
@RequestMapping("/api/enrollments")
class EnrollmentController {

	private final EnrollmentService enrollments;

	private final EnrollmentQueries queries;

	EnrollmentController(EnrollmentService enrollments, EnrollmentQueries queries) {
		this.enrollments = enrollments;
		this.queries = queries;
	}

	@GetMapping
	Paged<Enrollment> list(Actor actor, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(name = "subject_id", required = false) Long subjectId,
			@RequestParam(required = false) Boolean active) {
		return this.queries.list(actor, new EnrollmentQueries.EnrollmentFilter(studentId, teacherId, subjectId, active),
				page);
	}

	@GetMapping("/{id}")
	Enrollment get(Actor actor, @PathVariable long id) {
		return this.enrollments.get(actor, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Enrollment enroll(Actor actor, @Valid @RequestBody NewEnrollment enrollment) {
		return this.enrollments.enroll(actor, enrollment.studentId(), enrollment.teacherId(), enrollment.subjectId(),
				enrollment.startDate(), enrollment.endDate());
	}

	@PatchMapping("/{id}")
	Enrollment update(Actor actor, @PathVariable long id, @Valid @RequestBody EnrollmentPatch patch) {
		return this.enrollments.update(actor, id, new EnrollmentService.EnrollmentChanges(patch.teacherId(),
				patch.startDate(), patch.endDate(), patch.active()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.enrollments.delete(actor, id);
	}

	record NewEnrollment(@NotNull Long studentId, @NotNull Long teacherId, @NotNull Long subjectId,
			@NotNull LocalDate startDate, LocalDate endDate) {

	}

	record EnrollmentPatch(Long teacherId, LocalDate startDate, Optional<LocalDate> endDate, Boolean active) {

	}

}
