package org.classlytics.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classlytics.coursework.AssignmentRecord;
import org.classlytics.coursework.CourseworkImport;
import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.Subject;

/**
 * Assignments, upserted on external_id, assigned to the listed students or to every
 * student of a class (expanded when imported, as the API does).
 */
final class AssignmentRows implements RowImporter {

	private final References references;

	private final Roster roster;

	private final CourseworkImport coursework;

	AssignmentRows(References references, Roster roster, CourseworkImport coursework) {
		this.references = references;
		this.roster = roster;
		this.coursework = coursework;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ASSIGNMENTS;
	}

	@Override
	public List<String> required() {
		return List.of("external_id", "teacher", "subject", "title", "due_at", "max_score");
	}

	@Override
	public List<String> optional() {
		return List.of("created_at", "class", "students");
	}

	@Override
	public void chunk(ImportRun run, List<CsvRow> rows) {
		References.People people = this.references.people(run, rows, "teacher", "students");
		Map<String, Subject> subjects = this.roster.subjectsByReference(run.schoolId());
		Map<String, ClassSection> classes = this.roster.classesByReference(run.schoolId());
		Map<Long, Set<Long>> classStudents = new HashMap<>();
		List<AssignmentRecord> records = new java.util.ArrayList<>();
		for (CsvRow row : rows) {
			Cells cells = new Cells(run, row);
			String externalId = cells.text("external_id", true, 255);
			Person teacher = people.resolve(cells, "teacher", cells.text("teacher", true, 320), Role.TEACHER);
			String subjectRef = cells.text("subject", true, 255);
			Subject subject = (subjectRef != null) ? subjects.get(subjectRef) : null;
			if (subjectRef != null && subject == null) {
				cells.error("subject", "unknown subject " + subjectRef);
			}
			String title = cells.text("title", true, 200);
			Instant createdAt = cells.instant("created_at", false);
			Instant dueAt = cells.instant("due_at", true);
			BigDecimal maxScore = cells.decimal("max_score", true);
			if (maxScore != null && maxScore.signum() <= 0) {
				cells.error("max_score", "must be above 0");
			}
			Set<Long> students = new LinkedHashSet<>();
			String classRef = cells.text("class", false, 255);
			if (classRef != null) {
				ClassSection section = classes.get(classRef);
				if (section == null) {
					cells.error("class", "unknown class " + classRef);
				}
				else {
					students.addAll(classStudents.computeIfAbsent(section.id(), (id) -> new LinkedHashSet<>(
							this.roster.studentsOfClass(id).stream().map(Person::id).toList())));
				}
			}
			for (String reference : References.split(row.get("students"))) {
				Person student = people.student(cells, "students", reference);
				if (student != null) {
					students.add(student.id());
				}
			}
			if (classRef == null && row.get("students") == null) {
				cells.error("students", "name the students or a class");
			}
			if (externalId != null) {
				cells.unique("external_id", "assignment", externalId);
			}
			if (cells.ok()) {
				records.add(new AssignmentRecord(externalId, teacher.id(), subject.id(), title, createdAt, dueAt,
						maxScore, students));
			}
		}
		if (!records.isEmpty()) {
			run.wrote(this.coursework.saveAssignments(run.schoolId(), records));
		}
	}

}
