package org.classlytics.roster;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
@RequestMapping("/api/terms")
class TermController {

	private final TermService terms;

	TermController(TermService terms) {
		this.terms = terms;
	}

	@GetMapping
	Paged<TermJson> list(Actor actor, PageQuery page) {
		return this.terms.list(actor, page).map(TermJson::of);
	}

	@GetMapping("/{id}")
	TermJson get(Actor actor, @PathVariable long id) {
		return TermJson.of(this.terms.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TermJson create(Actor actor, @Valid @RequestBody NewTerm term) {
		return TermJson.of(this.terms.create(actor, term.name(), term.startDate(), term.endDate()));
	}

	@PatchMapping("/{id}")
	TermJson update(Actor actor, @PathVariable long id, @Valid @RequestBody TermPatch patch) {
		return TermJson.of(this.terms.update(actor, id, patch.name(), patch.startDate(), patch.endDate()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.terms.delete(actor, id);
	}

	record NewTerm(@NotBlank @Size(max = 200) String name, @NotNull LocalDate startDate, @NotNull LocalDate endDate) {

	}

	record TermPatch(@Size(min = 1, max = 200) String name, LocalDate startDate, LocalDate endDate) {

	}

	record TermJson(long id, long schoolId, String name, LocalDate startDate, LocalDate endDate) {

		static TermJson of(Term term) {
			return new TermJson(term.id(), term.schoolId(), term.name(), term.startDate(), term.endDate());
		}

	}

}
