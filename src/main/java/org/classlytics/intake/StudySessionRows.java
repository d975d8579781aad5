package org.classlytics.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.classlytics.coursework.CourseworkImport;
import org.classlytics.coursework.MaterialFacts;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;
import org.classlytics.roster.Subject;

/**
 * Study sessions, upserted on external_id.
 */
final class StudySessionRows implements RowImporter {

	private final References references;

	private final Roster roster;

	private final CourseworkImport coursework;

	StudySessionRows(References references, Roster roster, CourseworkImport coursework) {
		this.references = references;
		this.roster = roster;
		this.coursework = coursework;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.STUDY_SESSIONS;
	}

	@Override
	public List<String> required() {
		return List.of("external_id", "student", "subject", "started_at", "duration_seconds");
	}

	@Override
	public List<String> optional() {
		return List.of("material");
	}

	@Override
	public void chunk(ImportRun run, List<CsvRow> rows) {
		References.People people = this.references.people(run, rows, "student");
		Map<String, Subject> subjects = this.roster.subjectsByReference(run.schoolId());
		Map<String, MaterialFacts> materials = this.coursework.materialsByExternalId(run.schoolId(),
				rows.stream().map((row) -> row.get("material")).filter(Objects::nonNull).distinct().toList());
		List<CourseworkImport.SessionRow> records = new ArrayList<>();
		for (CsvRow row : rows) {
			Cells cells = new Cells(run, row);
			String externalId = cells.text("external_id", true, 255);
			Person student = people.student(cells, "student", cells.text("student", true, 320));
			String subjectRef = cells.text("subject", true, 255);
			Subject subject = (subjectRef != null) ? subjects.get(subjectRef) : null;
			if (subjectRef != null && subject == null) {
				cells.error("subject", "unknown subject " + subjectRef);
			}
			String materialRef = cells.text("material", false, 255);
			MaterialFacts material = (materialRef != null) ? materials.get(materialRef) : null;
			if (materialRef != null && material == null) {
				cells.error("material", "unknown material " + materialRef);
			}
			Instant startedAt = cells.instant("started_at", true);
			Integer duration = cells.integer("duration_seconds", true);
			if (duration != null && duration <= 0) {
				cells.error("duration_seconds", "must be above 0");
			}
			if (externalId != null) {
				cells.unique("external_id", "study session", externalId);
			}
			if (cells.ok()) {
				records.add(new CourseworkImport.SessionRow(externalId, student.id(), subject.id(), material, startedAt,
						duration));
			}
		}
		if (!records.isEmpty()) {
			run.wrote(this.coursework.saveStudySessions(run.schoolId(), records));
		}
	}

}
