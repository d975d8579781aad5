package org.classlytics.coursework;

import java.time.Instant;
import java.util.Collection;
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

	private static final String FILTERS = """
			AND (CAST(:teacher AS BIGINT) IS NULL OR %1$s.teacher_id = :teacher)
			AND (CAST(:subject AS BIGINT) IS NULL OR %1$s.subject_id = :subject)""";

	private final JdbcClient jdbc;

	ActivityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AssignmentDue> assignmentsDue(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					SELECT a.id, x.student_id, a.teacher_id, a.subject_id, a.due_at, s.submitted_at, s.late
					FROM assignment_students x
					JOIN assignments a ON a.id = x.assignment_id
					LEFT JOIN submissions s ON s.assignment_id = x.assignment_id AND s.student_id = x.student_id
					WHERE x.student_id IN (:students) AND a.due_at >= :from AND a.due_at < :to""" + " "
					+ FILTERS.formatted("a") + " ORDER BY a.due_at, a.id, x.student_id")
			.param("students", List.copyOf(studentIds))
			.param("teacher", teacherId)
			.param("subject", subjectId)
			.param("from", CourseworkRows.timestamp(from))
			.param("to", CourseworkRows.timestamp(to))
			.query((rs, n) -> {
				boolean late = rs.getBoolean("late");
				Boolean lateOrNull = rs.wasNull() ? null : late;
				return new AssignmentDue(rs.getLong("id"), rs.getLong("student_id"), rs.getLong("teacher_id"),
						rs.getLong("subject_id"), CourseworkRows.instant(rs, "due_at"),
						CourseworkRows.instant(rs, "submitted_at"), lateOrNull);
			})
			.list();
	}

	List<SubmissionFacts> submissionsIn(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(CourseworkRows.SUBMISSION + " "
					+ """
							WHERE s.student_id IN (:students)
							AND ((s.graded_at >= :from AND s.graded_at < :to) OR (s.submitted_at >= :from AND s.submitted_at < :to))"""
					+ " " + FILTERS.formatted("a") + " ORDER BY s.id")
			.param("students", List.copyOf(studentIds))
			.param("teacher", teacherId)
			.param("subject", subjectId)
			.param("from", CourseworkRows.timestamp(from))
			.param("to", CourseworkRows.timestamp(to))
			.query(CourseworkRows::submission)
			.list();
	}

	List<QuizAttemptFacts> gradedAttempts(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(CourseworkRows.QUIZ_ATTEMPT + " " + """
					WHERE t.student_id IN (:students) AND (t.score IS NOT NULL OR t.teacher_score IS NOT NULL)
					AND t.completed_at >= :from AND t.completed_at < :to""" + " " + FILTERS.formatted("q")
					+ " ORDER BY t.completed_at, t.id")
			.param("students", List.copyOf(studentIds))
			.param("teacher", teacherId)
			.param("subject", subjectId)
			.param("from", CourseworkRows.timestamp(from))
			.param("to", CourseworkRows.timestamp(to))
			.query(CourseworkRows::quizAttempt)
			.list();
	}

	List<MaterialWork> materials(Collection<Long> studentIds, Long teacherId, Long subjectId) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT m.id, x.student_id, m.teacher_id, m.subject_id, p.progress_percent, p.completed_at
				FROM material_students x
				JOIN materials m ON m.id = x.material_id
				LEFT JOIN material_progress p ON p.material_id = x.material_id AND p.student_id = x.student_id
				WHERE x.student_id IN (:students)""" + " " + FILTERS.formatted("m") + " ORDER BY m.id, x.student_id")
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
		return this.jdbc
			.sql("""
					SELECT ss.student_id, ss.subject_id, SUM(ss.duration_seconds) AS seconds
					FROM study_sessions ss
					WHERE ss.student_id IN (:students) AND ss.started_at >= :from AND ss.started_at < :to""" + " "
					+ FILTERS.formatted("ss")
					+ " GROUP BY ss.student_id, ss.subject_id ORDER BY ss.student_id, ss.subject_id")
			.param("students", List.copyOf(studentIds))
			.param("teacher", teacherId)
			.param("subject", subjectId)
			.param("from", CourseworkRows.timestamp(from))
			.param("to", CourseworkRows.timestamp(to))
			.query((rs, n) -> new StudyTime(rs.getLong("student_id"), rs.getLong("subject_id"), rs.getLong("seconds")))
			.list();
	}

}
