package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Materials, and the progress students record on them.
 */
@RestController
class MaterialController {

	private final MaterialService materials;

	private final MaterialQueries queries;

	MaterialController(MaterialService materials, MaterialQueries queries) {
		this.materials = materials;
		this.queries = queries;
	}

	@GetMapping("/api/materials")
	Paged<MaterialJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(name = "subject_id", required = false) Long subjectId,
			@RequestParam(name = "student_id", required = false) Long studentId) {
		return this.queries.list(actor, teacherId, subjectId, studentId, page).map(MaterialJson::of);
	}

	@GetMapping("/api/materials/{id}")
	MaterialJson get(Actor actor, @PathVariable long id) {
		return MaterialJson.of(this.queries.get(actor, id));
	}

	@PostMapping("/api/materials")
	@ResponseStatus(HttpStatus.CREATED)
	MaterialJson create(Actor actor, @Valid @RequestBody NewMaterialJson request) {
		MaterialFacts created = this.materials.create(actor, new MaterialService.NewMaterial(request.teacherId(),
				request.subjectId(), request.title(), request.createdAt(), request.studentIds(), request.classId()));
		return MaterialJson.of(created);
	}

	@PatchMapping("/api/materials/{id}")
	MaterialJson update(Actor actor, @PathVariable long id, @Valid @RequestBody MaterialPatch patch) {
		return MaterialJson.of(this.materials.update(actor, id, patch.title(), patch.studentIds()));
	}

	@DeleteMapping("/api/materials/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.materials.delete(actor, id);
	}

	@PostMapping("/api/materials/{id}/progress")
	@ResponseStatus(HttpStatus.CREATED)
	ProgressJson recordProgress(Actor actor, @PathVariable long id, @Valid @RequestBody NewProgress request) {
		return ProgressJson.of(this.materials.recordProgress(actor, id, request.studentId(), request.progressPercent(),
				request.completedAt()));
	}

	@GetMapping("/api/materials/{id}/progress")
	Paged<ProgressJson> progress(Actor actor, @PathVariable long id, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId) {
		return this.queries.progress(actor, id, studentId, page).map(ProgressJson::of);
	}

	/**
	 * An admin names the teacher (the author); a teacher's own teacher_id is ignored.
	 */
	record NewMaterialJson(@NotNull Long subjectId, @NotBlank @Size(max = Titles.MAX_LENGTH) String title,
			Set<@NotNull Long> studentIds, Long classId, Long teacherId, Instant createdAt) {

	}

	record MaterialPatch(@Size(min = 1, max = Titles.MAX_LENGTH) String title, Set<@NotNull Long> studentIds) {

	}

	record NewProgress(@NotNull Long studentId, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal progressPercent,
			Instant completedAt) {

	}

	record MaterialJson(long id, long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			List<Long> studentIds) {

		static MaterialJson of(MaterialFacts m) {
			return new MaterialJson(m.materialId(), m.schoolId(), m.teacherId(), m.subjectId(), m.title(),
					m.createdAt(), m.studentIds().stream().sorted().toList());
		}

		static MaterialJson of(Visible<MaterialFacts> visible) {
			MaterialFacts m = visible.item();
			return new MaterialJson(m.materialId(), m.schoolId(), m.teacherId(), m.subjectId(), m.title(),
					m.createdAt(), visible.reach().visibleOf(m.teacherId(), m.studentIds()));
		}

	}

	record ProgressJson(long id, long materialId, long studentId, long teacherId, long subjectId, long schoolId,
			BigDecimal progressPercent, Instant completedAt, Instant recordedAt) {

		static ProgressJson of(MaterialProgressFacts p) {
			return new ProgressJson(p.progressId(), p.materialId(), p.studentId(), p.teacherId(), p.subjectId(),
					p.schoolId(), p.progressPercent(), p.completedAt(), p.recordedAt());
		}

	}

}
