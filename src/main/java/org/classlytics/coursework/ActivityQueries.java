package org.classlytics.coursework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Set-based reads of a group of students' coursework over a period, one query each,
 * behind the {@link Coursework} facade. Optional filters (a teacher, a subject) are null
 * for "any". Periods run from {@code from} up to but excluding {@code to}.
 */
@Component
class ActivityQueries {

	private final JdbcClient jdbc;

	ActivityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AssignmentDue> assignmentsDue(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return inPeriod(
				"""
						SELECT a.id, x.student_id, a.teacher_id, a.subject_id, a.due_at, s.submitted_at, s.late
						FROM assignment_students x
						JOIN assignments a ON a.id = x.assignment_id
						LEFT JOIN submissions s ON s.assignment_id = x.assignment_id AND s.student_id = x.student_id
						WHERE x.student_id IN (:students) AND a.due_at >= :from AND a.due_at < :to""" + " "
						+ filters("a", teacherId, subjectId) + " ORDER BY a.due_at, a.id, x.student_id",
				studentIds, teacherId, subjectId, from, to)
			.query(ActivityQueries::assignmentDue)
			.list();
	}

	List<SubmissionFacts> submissionsIn(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return inPeriod(
				CourseworkRows.SUBMISSION + " "
						+ """
								WHERE s.student_id IN (:students)
								AND ((s.graded_at >= :from AND s.graded_at < :to) OR (s.submitted_at >= :from AND s.submitted_at < :to))"""
						+ " " + filters("a", teacherId, subjectId) + " ORDER BY s.id",
				studentIds, teacherId, subjectId, from, to)
			.query(CourseworkRows::submission)
			.list();
	}

	List<QuizAttemptFacts> gradedAttempts(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return inPeriod(
				CourseworkRows.QUIZ_ATTEMPT + " " + """
						WHERE t.student_id IN (:students) AND (t.score IS NOT NULL OR t.teacher_score IS NOT NULL)
						AND t.completed_at >= :from AND t.completed_at < :to""" + " "
						+ filters("q", teacherId, subjectId) + " ORDER BY t.completed_at, t.id",
				studentIds, teacherId, subjectId, from, to)
			.query(CourseworkRows::quizAttempt)
			.list();
	}

	List<MaterialWork> materials(Collection<Long> studentIds, Long teacherId, Long subjectId) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					SELECT m.id, x.student_id, m.teacher_id, m.subject_id, p.progress_percent, p.completed_at
					FROM material_students x
					JOIN materials m ON m.id = x.material_id
					LEFT JOIN material_progress p ON p.material_id = x.material_id AND p.student_id = x.student_id
					WHERE x.student_id IN (:students)""" + " " + filters("m", teacherId, subjectId)
					+ " ORDER BY m.id, x.student_id")
			.param("students", List.copyOf(studentIds))
			.param("teacher", teacherId)
			.param("subject", subjectId)
			.query((rs, n) -> new MaterialWork(rs.getLong("id"), rs.getLong("student_id"), rs.getLong("teacher_id"),
					rs.getLong("subject_id"), rs.getBigDecimal("progress_percent"),
					CourseworkRows.instant(rs, "completed_at")))
			.list();
	}

	List<StudyTime> studyTime(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from, Instant to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return inPeriod(
				"""
						SELECT ss.student_id, ss.subject_id, SUM(ss.duration_seconds) AS seconds
						FROM study_sessions ss
						WHERE ss.student_id IN (:students) AND ss.started_at >= :from AND ss.started_at < :to""" + " "
						+ filters("ss", teacherId, subjectId)
						+ " GROUP BY ss.student_id, ss.subject_id ORDER BY ss.student_id, ss.subject_id",
				studentIds, teacherId, subjectId, from, to)
			.query((rs, n) -> new StudyTime(rs.getLong("student_id"), rs.getLong("subject_id"), rs.getLong("seconds")))
			.list();
	}

	/**
	 * A class report's coursework in one statement ({@code UNION ALL}, one branch per
	 * kind padded to the same columns), the materials read from their totals
	 * ({@link MaterialTotals}): one row per (student, teacher, subject) with the
	 * completions summed over the weeks up to {@code week}, the report's week in the
	 * school's zone.
	 */
	ClassWeekActivity classWeek(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from, Instant to,
			LocalDate week) {
		if (studentIds.isEmpty()) {
			return new ClassWeekActivity(List.of(), List.of(), List.of(), List.of());
		}
		List<AssignmentDue> due = new ArrayList<>();
		List<SubmissionFacts> submissions = new ArrayList<>();
		List<MaterialTotal> materials = new ArrayList<>();
		List<StudyTime> study = new ArrayList<>();
		inPeriod(
				"""
						SELECT 'D' AS kind, a.id, x.student_id, a.teacher_id, a.subject_id, CAST(NULL AS BIGINT) AS assignment_id,
						  CAST(NULL AS BIGINT) AS school_id, s.submitted_at, a.due_at, s.late, CAST(NULL AS VARCHAR(20)) AS status,
						  CAST(NULL AS NUMERIC(10, 2)) AS score, CAST(NULL AS NUMERIC(10, 2)) AS max_score,
						  CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS graded_at, CAST(NULL AS VARCHAR(10000)) AS feedback,
						  CAST(NULL AS INTEGER) AS assigned, CAST(NULL AS BIGINT) AS completed,
						  CAST(NULL AS NUMERIC(14, 2)) AS progress_sum, CAST(NULL AS BIGINT) AS seconds
						FROM assignment_students x
						JOIN assignments a ON a.id = x.assignment_id
						LEFT JOIN submissions s ON s.assignment_id = x.assignment_id AND s.student_id = x.student_id
						WHERE x.student_id IN (:students) AND a.due_at >= :from AND a.due_at < :to"""
						+ " " + filters("a", teacherId, subjectId)
						+ """

								UNION ALL
								SELECT 'S', s.id, s.student_id, a.teacher_id, a.subject_id, s.assignment_id, s.school_id, s.submitted_at,
								  a.due_at, s.late, s.status, s.score, a.max_score, s.graded_at, s.feedback, NULL, NULL, NULL, NULL
								FROM submissions s JOIN assignments a ON a.id = s.assignment_id
								WHERE s.student_id IN (:students)
								AND ((s.graded_at >= :from AND s.graded_at < :to) OR (s.submitted_at >= :from AND s.submitted_at < :to))"""
						+ " " + filters("a", teacherId, subjectId)
						+ """

								UNION ALL
								SELECT 'M', NULL, t.student_id, t.teacher_id, t.subject_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
								  NULL, NULL, t.assigned,
								  COALESCE((SELECT SUM(c.completed) FROM material_completions c WHERE c.student_id = t.student_id
								    AND c.teacher_id = t.teacher_id AND c.subject_id = t.subject_id AND c.week_start <= :week), 0),
								  t.progress_sum, NULL
								FROM material_totals t
								WHERE t.student_id IN (:students)"""
						+ " " + filters("t", teacherId, subjectId)
						+ """

								UNION ALL
								SELECT 'T', NULL, ss.student_id, NULL, ss.subject_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
								  NULL, NULL, NULL, NULL, SUM(ss.duration_seconds)
								FROM study_sessions ss
								WHERE ss.student_id IN (:students) AND ss.started_at >= :from AND ss.started_at < :to"""
						+ " " + filters("ss", teacherId, subjectId) + " GROUP BY ss.student_id, ss.subject_id",
				studentIds, teacherId, subjectId, from, to)
			.param("week", week)
			.query((ResultSet rs) -> {
				switch (rs.getString("kind")) {
					case "D" -> due.add(assignmentDue(rs, 0));
					case "S" -> submissions.add(CourseworkRows.submission(rs, 0));
					case "M" -> materials.add(new MaterialTotal(rs.getLong("student_id"), rs.getLong("teacher_id"),
							rs.getLong("subject_id"), rs.getInt("assigned"), rs.getInt("completed"),
							rs.getBigDecimal("progress_sum")));
					default -> study
						.add(new StudyTime(rs.getLong("student_id"), rs.getLong("subject_id"), rs.getLong("seconds")));
				}
			});
		due.sort(Comparator.comparing(AssignmentDue::dueAt)
			.thenComparingLong(AssignmentDue::assignmentId)
			.thenComparingLong(AssignmentDue::studentId));
		submissions.sort(Comparator.comparingLong(SubmissionFacts::submissionId));
		materials.sort(Comparator.comparingLong(MaterialTotal::studentId)
			.thenComparingLong(MaterialTotal::teacherId)
			.thenComparingLong(MaterialTotal::subjectId));
		study.sort(Comparator.comparingLong(StudyTime::studentId).thenComparingLong(StudyTime::subjectId));
		return new ClassWeekActivity(due, submissions, materials, study);
	}

	/**
	 * A student report's coursework in one statement ({@code UNION ALL} of three narrow
	 * branches): the submissions graded in the period, the attempts with a score
	 * completed in it (each with its subject and maximum score), and the assignments due
	 * in it counted per student and subject in SQL rather than shipped row by row. The
	 * students' assignments are taken first: a subquery with {@code OFFSET 0} is not
	 * flattened (PostgreSQL, H2), so even the generic plan PostgreSQL switches to for a
	 * statement the driver prepared on the server, which cannot see the period's bounds,
	 * starts from the students rather than from every assignment of the period.
	 */
	StudentWork studentWork(Collection<Long> studentIds, Instant from, Instant to) {
		if (studentIds.isEmpty()) {
			return new StudentWork(List.of(), List.of());
		}
		List<GradedWork> graded = new ArrayList<>();
		List<DueCount> due = new ArrayList<>();
		inPeriod(
				"""
						SELECT 'A' AS kind, s.student_id, s.id, a.subject_id, s.graded_at AS at, s.score, a.max_score,
						  CAST(NULL AS BIGINT) AS due, CAST(NULL AS BIGINT) AS submitted
						FROM submissions s JOIN assignments a ON a.id = s.assignment_id
						WHERE s.student_id IN (:students) AND s.status = 'GRADED' AND s.graded_at >= :from AND s.graded_at < :to
						UNION ALL
						SELECT 'Q', t.student_id, t.id, q.subject_id, t.completed_at, COALESCE(t.teacher_score, t.score), q.max_score,
						  NULL, NULL
						FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id
						WHERE t.student_id IN (:students) AND (t.score IS NOT NULL OR t.teacher_score IS NOT NULL)
						AND t.completed_at >= :from AND t.completed_at < :to
						UNION ALL
						SELECT 'D', x.student_id, NULL, a.subject_id, NULL, NULL, NULL, COUNT(*), COUNT(s.id)
						FROM (SELECT assignment_id, student_id FROM assignment_students WHERE student_id IN (:students) OFFSET 0) x
						JOIN assignments a ON a.id = x.assignment_id
						LEFT JOIN submissions s ON s.assignment_id = x.assignment_id AND s.student_id = x.student_id
						WHERE a.due_at >= :from AND a.due_at < :to
						GROUP BY x.student_id, a.subject_id""",
				studentIds, null, null, from, to)
			.query((ResultSet rs) -> {
				String kind = rs.getString("kind");
				if (kind.equals("D")) {
					due.add(new DueCount(rs.getLong("student_id"), rs.getLong("subject_id"), rs.getInt("due"),
							rs.getInt("submitted")));
				}
				else {
					graded.add(new GradedWork(rs.getLong("student_id"), rs.getLong("id"), rs.getLong("subject_id"),
							kind.equals("Q"), CourseworkRows.instant(rs, "at"),
							Percentages.of(rs.getBigDecimal("score"), rs.getBigDecimal("max_score"))));
				}
			});
		graded.sort(Comparator.comparingLong(GradedWork::studentId)
			.thenComparing(GradedWork::at)
			.thenComparing(GradedWork::quiz)
			.thenComparingLong(GradedWork::id));
		due.sort(Comparator.comparingLong(DueCount::studentId).thenComparingLong(DueCount::subjectId));
		return new StudentWork(graded, due);
	}

	private static AssignmentDue assignmentDue(ResultSet rs, int row) throws SQLException {
		boolean late = rs.getBoolean("late");
		Boolean lateOrNull = rs.wasNull() ? null : late;
		return new AssignmentDue(rs.getLong("id"), rs.getLong("student_id"), rs.getLong("teacher_id"),
				rs.getLong("subject_id"), CourseworkRows.instant(rs, "due_at"),
				CourseworkRows.instant(rs, "submitted_at"), lateOrNull);
	}

	/**
	 * The optional teacher and subject filters, written only for those given. A filter of
	 * the form {@code (:teacher IS NULL OR a.teacher_id = :teacher)} kept PostgreSQL from
	 * using one generic plan for a statement, so every execution was planned anew, which
	 * for the class report's union of four branches cost as much as running it.
	 */
	private static String filters(String alias, Long teacherId, Long subjectId) {
		return ((teacherId != null) ? " AND " + alias + ".teacher_id = :teacher" : "")
				+ ((subjectId != null) ? " AND " + alias + ".subject_id = :subject" : "");
	}

	/**
	 * The statement with its students, optional teacher and subject, and period bound.
	 */
	private JdbcClient.StatementSpec inPeriod(String sql, Collection<Long> studentIds, Long teacherId, Long subjectId,
			Instant from, Instant to) {
		return this.jdbc.sql(sql)
			.param("students", List.copyOf(studentIds))
			.param("teacher", teacherId)
			.param("subject", subjectId)
			.param("from", CourseworkRows.timestamp(from))
			.param("to", CourseworkRows.timestamp(to));
	}

}
