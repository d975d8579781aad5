package org.classlytics.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.classlytics.coursework.CourseworkImport;
import org.classlytics.coursework.QuizFacts;
import org.classlytics.roster.Person;

/**
 * Quiz attempts, upserted on external_id; an attempt counts as graded once it is
 * completed and scored.
 */
final class QuizAttemptRows implements RowImporter {

	private final References references;

	private final CourseworkImport coursework;

	QuizAttemptRows(References references, CourseworkImport coursework) {
		this.references = references;
		this.coursework = coursework;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.QUIZ_ATTEMPTS;
	}

	@Override
	public List<String> required() {
		return List.of("external_id", "quiz", "student");
	}

	@Override
	public List<String> optional() {
		return List.of("started_at", "completed_at", "score", "teacher_score");
	}

	@Override
	public void chunk(ImportRun run, List<CsvRow> rows) {
		References.People people = this.references.people(run, rows, "student");
		Map<String, QuizFacts> quizzes = this.coursework.quizzesByExternalId(run.schoolId(),
				rows.stream().map((row) -> row.get("quiz")).filter(Objects::nonNull).distinct().toList());
		List<CourseworkImport.AttemptRow> records = new ArrayList<>();
		for (CsvRow row : rows) {
			Cells cells = new Cells(run, row);
			String externalId = cells.text("external_id", true, 255);
			String quizRef = cells.text("quiz", true, 255);
			QuizFacts quiz = (quizRef != null) ? quizzes.get(quizRef) : null;
			if (quizRef != null && quiz == null) {
				cells.error("quiz", "unknown quiz " + quizRef);
			}
			Person student = people.student(cells, "student", cells.text("student", true, 320));
			Instant startedAt = cells.instant("started_at", false);
			Instant completedAt = cells.instant("completed_at", false);
			if (startedAt != null && completedAt != null && completedAt.isBefore(startedAt)) {
				cells.error("completed_at", "must not be before started_at");
			}
			BigDecimal score = cells.decimal("score", false);
			BigDecimal teacherScore = cells.decimal("teacher_score", false);
			for (String column : List.of("score", "teacher_score")) {
				BigDecimal value = column.equals("score") ? score : teacherScore;
				if (quiz != null && value != null && (value.signum() < 0 || value.compareTo(quiz.maxScore()) > 0)) {
					cells.error(column,
							"must be between 0 and " + quiz.maxScore().stripTrailingZeros().toPlainString());
				}
			}
			if (externalId != null) {
				cells.unique("external_id", "quiz attempt", externalId);
			}
			if (cells.ok()) {
				records.add(new CourseworkImport.AttemptRow(externalId, quiz, student.id(), startedAt, completedAt,
						score, teacherScore));
			}
		}
		if (!records.isEmpty()) {
			run.wrote(this.coursework.saveAttempts(run.schoolId(), records));
		}
	}

}
