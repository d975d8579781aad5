package org.classlytics.roster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/classes")
class ClassSectionController {

	private final ClassSectionService classes;

	ClassSectionController(ClassSectionService classes) {
		this.classes = classes;
	}

	@GetMapping
	Paged<ClassSection> list(Actor actor, PageQuery page) {
		return this.classes.list(actor, page);
	}

	@GetMapping("/{id}")
	ClassSection get(Actor actor, @PathVariable long id) {
		return this.classes.get(actor, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ClassSection create(Actor actor, @Valid @RequestBody NewClass section) {
		return this.classes.create(actor, section.name(), section.gradeLevel());
	}

	@PatchMapping("/{id}")
	ClassSection update(Actor actor, @PathVariable long id, @Valid @RequestBody ClassPatch patch) {
		return this.classes.update(actor, id, patch.name(), patch.gradeLevel());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.classes.delete(actor, id);
	}

	record NewClass(@NotBlank @Size(max = 100) String name, @Min(-2) @Max(13) Integer gradeLevel) {

	}

	record ClassPatch(@Size(min = 1, max = 100) String name, @Min(-2) @Max(13) Integer gradeLevel) {

	}

}
