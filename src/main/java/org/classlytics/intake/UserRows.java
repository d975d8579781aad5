package org.classlytics.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.roster.PersonRecord;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.RosterImport;

/**
 * Users, upserted on external_id (else on email), with a student's class, tutor and
 * guardians. A tutor or guardian may be defined earlier in the same file: the chunk's
 * other people are written before its students, whose links are resolved then.
 */
final class UserRows implements RowImporter {

	private final Roster roster;

	private final RosterImport rosterImport;

	UserRows(Roster roster, RosterImport rosterImport) {
		this.roster = roster;
		this.rosterImport = rosterImport;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.USERS;
	}

	@Override
	public List<String> required() {
		return List.of("email", "first_name", "last_name", "role");
	}

	@Override
	public List<String> optional() {
		return List.of("external_id", "locale", "class", "tutor", "guardians", "password");
	}

	/**
	 * A checked row whose links are still references.
	 */
	private record Pending(PersonRecord person, String tutor, List<String> guardians, boolean guardiansGiven) {

	}

	@Override
	public void chunk(ImportRun run, List<CsvRow> rows) {
		Map<String, Role> defined = run.people();
		Set<String> links = new LinkedHashSet<>();
		rows.forEach((row) -> {
			if (row.get("tutor") != null) {
				links.add(row.get("tutor"));
			}
			links.addAll(References.split(row.get("guardians")));
		});
		Map<String, Person> stored = this.roster.peopleByReference(run.schoolId(), links);
		Map<String, Long> schools = this.rosterImport.schoolsOfEmails(rows.stream()
			.map((row) -> row.get("email"))
			.filter((email) -> email != null && email.contains("@"))
			.toList());
		Map<String, ClassSection> classes = this.roster.classesByReference(run.schoolId());
		List<Pending> others = new ArrayList<>();
		List<Pending> students = new ArrayList<>();
		for (CsvRow row : rows) {
			Cells cells = new Cells(run, row);
			String externalId = cells.text("external_id", false, 255);
			String email = cells.text("email", true, 320);
			if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
				cells.error("email", "must be an email address");
			}
			else if (email != null) {
				Long school = schools.get(email.toLowerCase(Locale.ROOT));
				if (school != null && school != run.schoolId()) {
					cells.error("email", "belongs to a user of another school");
				}
			}
			String firstName = cells.text("first_name", true, 100);
			String lastName = cells.text("last_name", true, 100);
			Role role = cells.choice("role", Role.class, true);
			String localeTag = cells.text("locale", false, 35);
			Locale locale = (localeTag != null) ? Locale.forLanguageTag(localeTag) : null;
			if (locale != null && locale.getLanguage().isEmpty()) {
				cells.error("locale", "must be a BCP 47 language tag such as en or el-GR");
			}
			String password = cells.text("password", false, 200);
			if (password != null && password.length() < 8) {
				cells.error("password", "must be at least 8 characters");
			}
			String classRef = cells.text("class", false, 255);
			String tutor = cells.text("tutor", false, 320);
			List<String> guardians = References.split(row.get("guardians"));
			Long classId = null;
			if (role != null && role != Role.STUDENT) {
				for (String column : List.of("class", "tutor", "guardians")) {
					if (row.get(column) != null) {
						cells.error(column, "only students have a class, a tutor or guardians");
					}
				}
			}
			else {
				if (classRef != null) {
					ClassSection section = classes.get(classRef);
					if (section == null) {
						cells.error("class", "unknown class " + classRef);
					}
					else {
						classId = section.id();
					}
				}
				if (tutor != null) {
					link(cells, "tutor", tutor, Role.TUTOR, stored, defined);
				}
				for (String guardian : guardians) {
					link(cells, "guardians", guardian, Role.PARENT, stored, defined);
				}
			}
			if (email != null) {
				cells.unique("email", "user email", email.toLowerCase(Locale.ROOT));
			}
			if (externalId != null) {
				cells.unique("external_id", "user", externalId);
			}
			if (!cells.ok()) {
				continue;
			}
			if (externalId != null) {
				defined.put(externalId, role);
			}
			defined.put(email.toLowerCase(Locale.ROOT), role);
			PersonRecord person = new PersonRecord(externalId, email, firstName, lastName, role, locale, classId, null,
					null, password);
			Pending pending = new Pending(person, tutor, guardians, row.values().containsKey("guardians"));
			((role == Role.STUDENT) ? students : others).add(pending);
		}
		if (!others.isEmpty()) {
			run.wrote(this.rosterImport.savePeople(run.schoolId(), others.stream().map(Pending::person).toList()));
		}
		if (students.isEmpty()) {
			return;
		}
		Map<String, Person> resolved = this.roster.peopleByReference(run.schoolId(), links);
		List<PersonRecord> records = new ArrayList<>();
		for (Pending pending : students) {
			PersonRecord p = pending.person();
			Long tutorId = (pending.tutor() != null) ? resolved.get(pending.tutor()).id() : null;
			Set<Long> guardianIds = null;
			if (pending.guardiansGiven()) {
				guardianIds = new LinkedHashSet<>();
				for (String guardian : pending.guardians()) {
					guardianIds.add(resolved.get(guardian).id());
				}
			}
			records.add(new PersonRecord(p.externalId(), p.email(), p.firstName(), p.lastName(), p.role(), p.locale(),
					p.classSectionId(), tutorId, guardianIds, p.password()));
		}
		run.wrote(this.rosterImport.savePeople(run.schoolId(), records));
	}

	private static void link(Cells cells, String column, String reference, Role role, Map<String, Person> stored,
			Map<String, Role> defined) {
		String key = reference.contains("@") ? reference.toLowerCase(Locale.ROOT) : reference;
		Role found = defined.containsKey(key) ? defined.get(key)
				: (stored.containsKey(reference) ? stored.get(reference).role() : null);
		if (found == null) {
			cells.error(column, "unknown " + role.name().toLowerCase(Locale.ROOT) + " " + reference);
		}
		else if (found != role) {
			cells.error(column, reference + " is not a " + role.name());
		}
	}

}
