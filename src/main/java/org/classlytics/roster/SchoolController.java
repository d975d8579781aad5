package org.classlytics.roster;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.Paged;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's school. Schools themselves are created at first start (bootstrap), so the
 * API reads and changes the caller's own school only.
 */
@RestController
@RequestMapping("/api/schools")
class SchoolController {

	private final SchoolService schools;

	SchoolController(SchoolService schools) {
		this.schools = schools;
	}

	@GetMapping
	Paged<SchoolJson> list(Actor actor) {
		return new Paged<>(1, List.of(SchoolJson.of(this.schools.get(actor, actor.schoolId()))));
	}

	@GetMapping("/{id}")
	SchoolJson get(Actor actor, @PathVariable long id) {
		return SchoolJson.of(this.schools.get(actor, id));
	}

	@PostMapping
	void create(Actor actor) {
		throw new ForbiddenException("Schools are created at first start; see classlytics.bootstrap.*");
	}

	@PatchMapping("/{id}")
	SchoolJson update(Actor actor, @PathVariable long id, @Valid @RequestBody SchoolPatch patch) {
		return SchoolJson.of(this.schools.update(actor, id, new SchoolService.SchoolChanges(patch.name(),
				Locales.zone("time_zone", patch.timeZone()), Locales.locale("locale", patch.locale()))));
	}

	@DeleteMapping("/{id}")
	void delete(Actor actor, @PathVariable long id) {
		throw new ForbiddenException("Schools cannot be deleted through the API");
	}

	record SchoolPatch(@Size(min = 1, max = 200) String name, String timeZone, String locale) {

	}

	record SchoolJson(long id, String name, String timeZone, String locale) {

		static SchoolJson of(School school) {
			return new SchoolJson(school.id(), school.name(), school.timeZone().getId(),
					school.locale().toLanguageTag());
		}

	}

}
