package org.classlytics.intake;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Component;

/**
 * Resolves the people a chunk names (by external id or email) with one query, and the
 * teacher's reach over them with one more.
 */
@Component
class References {

	/**
	 * Semicolons and white space ({@code \s}: space and tab to carriage return).
	 */
	private static final Pattern SEPARATORS = Pattern.compile("[;\\s]+");

	private final Roster roster;

	private final AccessPolicy access;

	References(Roster roster, AccessPolicy access) {
		this.roster = roster;
		this.access = access;
	}

	People people(ImportRun run, List<CsvRow> rows, String... columns) {
		Set<String> references = new LinkedHashSet<>();
		for (CsvRow row : rows) {
			for (String column : columns) {
				references.addAll(split(row.get(column)));
			}
		}
		Map<String, Person> found = this.roster.peopleByReference(run.schoolId(), references);
		Set<Long> reach = null;
		if (!run.actor().isAdmin()) {
			reach = this.access.visibleAmong(run.actor(),
					found.values().stream().filter((p) -> p.role() == Role.STUDENT).map(Person::id).toList());
		}
		return new People(found, reach);
	}

	/**
	 * The references of a cell that lists several, separated by spaces or semicolons.
	 */
	static List<String> split(String cell) {
		if (cell == null || cell.isEmpty()) {
			return List.of();
		}
		if (cell.chars().noneMatch((c) -> c == ';' || c == ' ' || (c >= '\t' && c <= '\r'))) {
			// Most cells name one: no list to build (this runs for every row of an
			// import).
			return List.of(cell);
		}
		return SEPARATORS.splitAsStream(cell).filter((r) -> !r.isEmpty()).toList();
	}

	/**
	 * The people of a chunk.
	 *
	 * @param reach the students in the caller's reach, or null for an admin (all)
	 */
	record People(Map<String, Person> byReference, Collection<Long> reach) {

		/**
		 * The person a cell names, with the role required; reports an unknown reference
		 * or a wrong role on the column.
		 */
		Person resolve(Cells cells, String column, String reference, Role role) {
			if (reference == null) {
				return null;
			}
			Person person = this.byReference.get(reference);
			if (person == null) {
				cells.error(column, "unknown " + role.name().toLowerCase() + " " + reference);
				return null;
			}
			if (person.role() != role) {
				cells.error(column, reference + " is not a " + role.name());
				return null;
			}
			return person;
		}

		/**
		 * A student the caller may write for: any of the school's for an admin, their own
		 * for a teacher.
		 */
		Person student(Cells cells, String column, String reference) {
			Person student = resolve(cells, column, reference, Role.STUDENT);
			if (student != null && this.reach != null && !this.reach.contains(student.id())) {
				cells.error(column, "student " + reference + " is not one of your students");
				return null;
			}
			return student;
		}

	}

}
