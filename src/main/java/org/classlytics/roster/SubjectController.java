package org.classlytics.roster;

import jakarta.validation.Valid;
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
@RequestMapping("/api/subjects")
class SubjectController {

	private final SubjectService subjects;

	SubjectController(SubjectService subjects) {
		this.subjects = subjects;
	}

	@GetMapping
	Paged<Subject> list(Actor actor, PageQuery page) {
		return this.subjects.list(actor, page);
	}

	@GetMapping("/{id}")
	Subject get(Actor actor, @PathVariable long id) {
		return this.subjects.get(actor, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Subject create(Actor actor, @Valid @RequestBody NewSubject subject) {
		return this.subjects.create(actor, subject.name(), subject.code().trim());
	}

	@PatchMapping("/{id}")
	Subject update(Actor actor, @PathVariable long id, @Valid @RequestBody SubjectPatch patch) {
		return this.subjects.update(actor, id, patch.name(), (patch.code() != null) ? patch.code().trim() : null);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.subjects.delete(actor, id);
	}

	record NewSubject(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String code) {

	}

	record SubjectPatch(@Size(min = 1, max = 200) String name, @Size(min = 1, max = 50) String code) {

	}

}
