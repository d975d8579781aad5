package org.classlytics.attendance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.classlytics.platform.FieldProblem;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Component;

/**
 * Who an activity record is recorded by. A teacher always acts as themself; an admin acts
 * as themself or, to load history from another system, on behalf of a person of the
 * school with one of the allowed roles.
 */
@Component
class OnBehalf {

	static final Set<Role> TEACHER_OR_ADMIN = Set.of(Role.TEACHER, Role.ADMIN);

	static final Set<Role> TEACHER = Set.of(Role.TEACHER);

	private final Roster roster;

	OnBehalf(Roster roster) {
		this.roster = roster;
	}

	/**
	 * The person acting for one record, or null after adding a problem for {@code field}.
	 * @param requested the id the client sent, or null
	 * @param allowed the roles the actor of the record may have
	 */
	Long resolve(Actor actor, Long requested, String field, Set<Role> allowed, List<FieldProblem> problems) {
		return actingFor(actor, (requested != null) ? List.of(requested) : List.of(), allowed).resolve(requested, field,
				problems);
	}

	/**
	 * Looks up, in one query, the people the caller asked to act for in a set of records.
	 */
	Acting actingFor(Actor actor, Collection<Long> requested, Set<Role> allowed) {
		List<Long> others = requested.stream()
			.filter(Objects::nonNull)
			.filter((id) -> id != actor.userId())
			.distinct()
			.toList();
		if (!actor.isAdmin() || others.isEmpty()) {
			return new Acting(actor, allowed, Map.of());
		}
		Map<Long, Person> people = this.roster.people(others);
		Map<Long, String> refusals = new HashMap<>();
		for (Long id : others) {
			Person person = people.get(id);
			if (person == null || person.schoolId() != actor.schoolId()) {
				refusals.put(id, "no user " + id + " in this school");
			}
			else if (!allowed.contains(person.role())) {
				refusals.put(id, "user " + id + " is not "
						+ (allowed.contains(Role.ADMIN) ? "a teacher or an admin" : "a teacher"));
			}
		}
		return new Acting(actor, allowed, refusals);
	}

	/**
	 * The caller and the people they may not act for, by id.
	 */
	record Acting(Actor actor, Set<Role> allowed, Map<Long, String> refusals) {

		/**
		 * The person acting for a record, or null after adding a problem for
		 * {@code field}.
		 */
		Long resolve(Long requested, String field, List<FieldProblem> problems) {
			if (requested == null) {
				if (!this.actor.isAdmin() || this.allowed.contains(Role.ADMIN)) {
					return this.actor.userId();
				}
				problems.add(new FieldProblem(field, "is required when an admin records on behalf of a teacher"));
				return null;
			}
			if (requested != this.actor.userId() && !this.actor.isAdmin()) {
				problems.add(new FieldProblem(field, "must be yourself; only an admin records on behalf of others"));
				return null;
			}
			if (requested == this.actor.userId() && !this.allowed.contains(this.actor.role())) {
				problems.add(new FieldProblem(field, "user " + requested + " is not a teacher"));
				return null;
			}
			String refusal = this.refusals.get(requested);
			if (refusal != null) {
				problems.add(new FieldProblem(field, refusal));
				return null;
			}
			return requested;
		}

	}

}
