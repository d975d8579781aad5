package org.classlytics.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.classlytics.roster.Enrollment;
import org.classlytics.roster.EnrollmentRecord;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.RosterImport;
import org.classlytics.roster.Subject;

/**
 * Enrollments, upserted on external_id; at most one active enrollment per student and
 * subject, counting the stored ones and the file's.
 */
final class EnrollmentRows implements RowImporter {

	private final References references;

	private final Roster roster;

	private final RosterImport rosterImport;

	EnrollmentRows(References references, Roster roster, RosterImport rosterImport) {
		this.references = references;
		this.roster = roster;
		this.rosterImport = rosterImport;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ENROLLMENTS;
	}

	@Override
	public List<String> required() {
		return List.of("external_id", "student", "teacher", "subject", "start_date");
	}

	@Override
	public List<String> optional() {
		return List.of("end_date", "active");
	}

	@Override
	public void chunk(ImportRun run, List<CsvRow> rows) {
		References.People people = this.references.people(run, rows, "student", "teacher");
		Map<String, Subject> subjects = this.roster.subjectsByReference(run.schoolId());
		Map<String, Enrollment> stored = this.rosterImport.enrollmentsByExternalId(run.schoolId(),
				rows.stream().map((row) -> row.get("external_id")).filter(Objects::nonNull).toList());
		Map<List<Long>, Long> active = this.rosterImport.activeEnrollments(people.byReference()
			.values()
			.stream()
			.filter((p) -> p.role() == Role.STUDENT)
			.map(Person::id)
			.toList());
		List<EnrollmentRecord> records = new ArrayList<>();
		for (CsvRow row : rows) {
			Cells cells = new Cells(run, row);
			String externalId = cells.text("external_id", true, 255);
			Person student = people.student(cells, "student", cells.text("student", true, 320));
			Person teacher = people.resolve(cells, "teacher", cells.text("teacher", true, 320), Role.TEACHER);
			String subjectRef = cells.text("subject", true, 255);
			Subject subject = (subjectRef != null) ? subjects.get(subjectRef) : null;
			if (subjectRef != null && subject == null) {
				cells.error("subject", "unknown subject " + subjectRef);
			}
			LocalDate start = cells.date("start_date", true);
			LocalDate end = cells.date("end_date", false);
			if (start != null && end != null && end.isBefore(start)) {
				cells.error("end_date", "must not be before start_date");
			}
			String activeCell = cells.text("active", false, 5);
			boolean isActive = true;
			if (activeCell != null) {
				if (!activeCell.equalsIgnoreCase("true") && !activeCell.equalsIgnoreCase("false")) {
					cells.error("active", "must be true or false");
				}
				isActive = activeCell.equalsIgnoreCase("true");
			}
			if (externalId != null) {
				cells.unique("external_id", "enrollment", externalId);
			}
			if (student != null && subject != null && isActive) {
				if (cells.unique("subject", "active enrollment", student.id() + "/" + subject.id())) {
					Long other = active.get(List.of(student.id(), subject.id()));
					Enrollment self = (externalId != null) ? stored.get(externalId) : null;
					if (other != null && (self == null || self.id() != other)) {
						cells.error("subject", "student already has an active enrollment in " + subjectRef);
					}
				}
			}
			if (cells.ok()) {
				records.add(new EnrollmentRecord(externalId, student.id(), teacher.id(), subject.id(), start, end,
						isActive));
			}
		}
		if (!records.isEmpty()) {
			run.wrote(this.rosterImport.saveEnrollments(run.schoolId(), records));
		}
	}

}
