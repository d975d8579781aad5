package org.classlytics.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.classlytics.coursework.AssignmentFacts;
import org.classlytics.coursework.CourseworkImport;
import org.classlytics.coursework.SubmissionRecord;
import org.classlytics.roster.Person;

/**
 * Submissions and grades: rows keyed by (assignment, student), written by coursework in
 * one batch per chunk with one {@code SubmissionsRecorded} event. A grades row needs a
 * score; a submissions row has none.
 */
final class SubmissionRows implements RowImporter {

	/**
	 * What the rows hold: grades (a score each), submissions (none), or OneRoster results
	 * (a score or none, and a late flag the submission instant is fitted to).
	 */
	enum Mode {

		GRADES, SUBMISSIONS, RESULTS

	}

	private final Mode mode;

	private final boolean grades;

	private final References references;

	private final CourseworkImport coursework;

	SubmissionRows(Mode mode, References references, CourseworkImport coursework) {
		this.mode = mode;
		this.grades = mode != Mode.SUBMISSIONS;
		this.references = references;
		this.coursework = coursework;
	}

	@Override
	public ImportKind kind() {
		return (this.mode == Mode.SUBMISSIONS) ? ImportKind.SUBMISSIONS : ImportKind.GRADES;
	}

	@Override
	public List<String> required() {
		return (this.mode == Mode.GRADES) ? List.of("assignment", "student", "score")
				: List.of("assignment", "student");
	}

	@Override
	public List<String> optional() {
		return switch (this.mode) {
			case GRADES -> List.of("external_id", "graded_at", "feedback", "submitted_at");
			case SUBMISSIONS -> List.of("external_id", "submitted_at");
			case RESULTS -> List.of("external_id", "score", "graded_at", "feedback", "submitted_at", "late");
		};
	}

	@Override
	public void chunk(ImportRun run, List<CsvRow> rows) {
		References.People people = this.references.people(run, rows, "student");
		Map<String, AssignmentFacts> assignments = this.coursework.assignmentsByExternalId(run.schoolId(),
				rows.stream().map((row) -> row.get("assignment")).filter(Objects::nonNull).distinct().toList());
		List<SubmissionRecord> records = new ArrayList<>(rows.size());
		for (CsvRow row : rows) {
			Cells cells = new Cells(run, row);
			String externalId = cells.text("external_id", false, 255);
			String assignmentRef = cells.text("assignment", true, 255);
			String studentRef = cells.text("student", true, 320);
			Instant submittedAt = cells.instant("submitted_at", false);
			if (this.mode == Mode.RESULTS && submittedAt == null) {
				submittedAt = cells.instant("graded_at", false);
			}
			BigDecimal score = this.grades ? cells.decimal("score", this.mode == Mode.GRADES) : null;
			Instant gradedAt = this.grades ? cells.instant("graded_at", false) : null;
			String feedback = this.grades ? cells.text("feedback", false, 10000) : null;
			AssignmentFacts assignment = null;
			if (assignmentRef != null) {
				assignment = assignments.get(assignmentRef);
				if (assignment == null) {
					cells.error("assignment", "unknown assignment " + assignmentRef);
				}
				else if (!run.actor().isAdmin() && assignment.teacherId() != run.actor().userId()) {
					cells.error("assignment", "assignment " + assignmentRef + " is not one of yours");
					assignment = null;
				}
			}
			Person student = people.student(cells, "student", studentRef);
			if (assignment != null && student != null && !assignment.studentIds().contains(student.id())) {
				cells.error("student", "student " + studentRef + " is not assigned to assignment " + assignmentRef);
			}
			if (assignment != null && score != null
					&& (score.signum() < 0 || score.compareTo(assignment.maxScore()) > 0)) {
				cells.error("score",
						"must be between 0 and " + assignment.maxScore().stripTrailingZeros().toPlainString());
			}
			if (assignment != null && student != null) {
				cells.unique("student", "submission", assignment.assignmentId() + "/" + student.id());
			}
			if (externalId != null) {
				cells.unique("external_id", "submission id", externalId);
			}
			if (this.mode == Mode.RESULTS && assignment != null) {
				submittedAt = fitted(submittedAt, "true".equals(row.get("late")), assignment.dueAt());
			}
			if (cells.ok() && assignment != null && student != null) {
				records.add(new SubmissionRecord(externalId, assignment, student.id(), submittedAt, score, gradedAt,
						feedback));
			}
		}
		run.wrote(this.coursework.recordSubmissions(run.schoolId(), records));
	}

	/**
	 * A OneRoster result says whether it was late but not when it was handed in: the
	 * score date stands in, moved just past the due instant for a late result (or onto it
	 * for one that was not), so that the stored late flag (submitted_at > due_at) says
	 * what the source said.
	 */
	static Instant fitted(Instant submittedAt, boolean late, Instant dueAt) {
		if (late) {
			return (submittedAt != null && submittedAt.isAfter(dueAt)) ? submittedAt : dueAt.plusSeconds(1);
		}
		return (submittedAt == null || submittedAt.isAfter(dueAt)) ? dueAt : submittedAt;
	}

}
