package org.classlytics.roster;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * People of the caller's school. Requests are records of their own, so that server-owned
 * fields (id, school, created_at) can never be bound from a client.
 */
@RestController
class UserController {

	private final PersonService people;

	private final PersonQueries queries;

	private final Roster roster;

	UserController(PersonService people, PersonQueries queries, Roster roster) {
		this.people = people;
		this.queries = queries;
		this.roster = roster;
	}

	@GetMapping("/api/users")
	Paged<UserJson> list(Actor actor, PageQuery page, @RequestParam(required = false) Role role,
			@RequestParam(name = "class_id", required = false) Long classId,
			@RequestParam(required = false) Boolean active) {
		Paged<Person> found = this.queries.list(actor, new PersonQueries.PersonFilter(role, classId, active), page);
		Map<Long, List<Long>> guardians = this.roster
			.guardiansOf(found.results().stream().filter((p) -> p.role() == Role.STUDENT).map(Person::id).toList());
		return found.map((person) -> UserJson.of(person, guardians.getOrDefault(person.id(), List.of())));
	}

	@GetMapping("/api/users/{id}")
	UserJson get(Actor actor, @PathVariable long id) {
		return json(this.people.get(actor, id));
	}

	@PostMapping("/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserJson register(Actor actor, @Valid @RequestBody NewUser user) {
		return json(this.people.register(actor,
				new Registration(user.email(), user.password(), user.firstName(), user.lastName(), user.role(),
						Locales.locale("locale", user.locale()), user.classId(), user.tutorId(), user.guardianIds())));
	}

	@PatchMapping("/api/users/{id}")
	UserJson update(Actor actor, @PathVariable long id, @Valid @RequestBody UserPatch patch) {
		Optional<Locale> locale = (patch.locale() != null) ? patch.locale().map((tag) -> Locales.locale("locale", tag))
				: null;
		return json(this.people.update(actor, id,
				new PersonChanges(patch.email(), patch.password(), patch.firstName(), patch.lastName(), locale,
						patch.role(), patch.active(), patch.classId(), patch.tutorId(), patch.guardianIds())));
	}

	@DeleteMapping("/api/users/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivate(Actor actor, @PathVariable long id) {
		this.people.deactivate(actor, id);
	}

	@PutMapping("/api/students/{id}/guardians")
	UserJson replaceGuardians(Actor actor, @PathVariable long id, @Valid @RequestBody GuardianList guardians) {
		return json(this.people.replaceGuardians(actor, id, guardians.guardianIds()));
	}

	private UserJson json(Person person) {
		List<Long> guardians = (person.role() == Role.STUDENT)
				? this.roster.guardiansOf(List.of(person.id())).getOrDefault(person.id(), List.of()) : List.of();
		return UserJson.of(person, guardians);
	}

	record NewUser(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String password,
			@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName, @NotNull Role role,
			String locale, Long classId, Long tutorId, Set<Long> guardianIds) {

	}

	/**
	 * Optional fields may be cleared with an explicit null; absent fields stay as they
	 * are.
	 */
	record UserPatch(@Email @Size(min = 3, max = 320) String email, @Size(min = 1, max = 200) String password,
			@Size(min = 1, max = 100) String firstName, @Size(min = 1, max = 100) String lastName,
			Optional<String> locale, Role role, Boolean active, Optional<Long> classId, Optional<Long> tutorId,
			Set<Long> guardianIds) {

	}

	record GuardianList(@NotNull Set<Long> guardianIds) {

	}

	record UserJson(long id, long schoolId, String email, String firstName, String lastName, Role role, boolean active,
			String locale, Long classId, Long tutorId, List<Long> guardianIds) {

		static UserJson of(Person person, List<Long> guardianIds) {
			return new UserJson(person.id(), person.schoolId(), person.email(), person.firstName(), person.lastName(),
					person.role(), person.active(), (person.locale() != null) ? person.locale().toLanguageTag() : null,
					person.classSectionId(), person.tutorId(), guardianIds);
		}

	}

}
