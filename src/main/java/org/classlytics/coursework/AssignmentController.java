package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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

/**
 * Assignments. Requests are records of their own: id, school, teacher (for a teacher) and
 * the students' submissions are never bound from a client.
 */
@RestController
@RequestMapping("/api/assignments")
class AssignmentController {

	private final AssignmentService assignments;

	private final AssignmentQueries queries;

	AssignmentController(AssignmentService assignments, AssignmentQueries queries) {
		this.assignments = assignments;
		this.queries = queries;
	}

	@GetMapping
	Paged<AssignmentJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(name = "subject_id", required = false) Long subjectId,
			@RequestParam(name = "student_id", required = false) Long studentId) {
		return this.queries.list(actor, new AssignmentQueries.AssignmentFilter(teacherId, subjectId, studentId), page)
			.map(AssignmentJson::of);
	}

	@GetMapping("/{id}")
	AssignmentJson get(Actor actor, @PathVariable long id) {
		return AssignmentJson.of(this.queries.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AssignmentJson create(Actor actor, @Valid @RequestBody NewAssignmentJson request) {
		AssignmentFacts created = this.assignments.create(actor,
				new AssignmentService.NewAssignment(request.teacherId(), request.subjectId(), request.title(),
						request.createdAt(), request.dueAt(), request.maxScore(), request.studentIds(),
						request.classId()));
		return AssignmentJson.of(created);
	}

	@PatchMapping("/{id}")
	AssignmentJson update(Actor actor, @PathVariable long id, @Valid @RequestBody AssignmentPatch patch) {
		return AssignmentJson
			.of(this.assignments.update(actor, id, new AssignmentService.AssignmentChanges(patch.title(), patch.dueAt(),
					patch.maxScore(), patch.studentIds())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.assignments.delete(actor, id);
	}

	/**
	 * An admin names the teacher; a teacher's own teacher_id is ignored.
	 */
	record NewAssignmentJson(@NotNull Long subjectId, @NotBlank @Size(max = Titles.MAX_LENGTH) String title,
			@NotNull Instant dueAt,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal maxScore,
			Set<@NotNull Long> studentIds, Long classId, Instant createdAt, Long teacherId) {

	}

	record AssignmentPatch(@Size(min = 1, max = Titles.MAX_LENGTH) String title, Instant dueAt,
			@DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal maxScore,
			Set<@NotNull Long> studentIds) {

	}

	/**
	 * An assignment; student_ids lists only the students the caller may see (all of them
	 * for an admin and for the assignment's teacher).
	 */
	record AssignmentJson(long id, long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			Instant dueAt, BigDecimal maxScore, List<Long> studentIds) {

		static AssignmentJson of(AssignmentFacts a) {
			return new AssignmentJson(a.assignmentId(), a.schoolId(), a.teacherId(), a.subjectId(), a.title(),
					a.createdAt(), a.dueAt(), a.maxScore(), a.studentIds().stream().sorted().toList());
		}

		static AssignmentJson of(Visible<AssignmentFacts> visible) {
			AssignmentFacts a = visible.item();
			return new AssignmentJson(a.assignmentId(), a.schoolId(), a.teacherId(), a.subjectId(), a.title(),
					a.createdAt(), a.dueAt(), a.maxScore(), visible.reach().visibleOf(a.teacherId(), a.studentIds()));
		}

	}

}
