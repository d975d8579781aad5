package org.classlytics.coursework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The selects and row mappers that turn coursework rows into facts. Lists, lookups and
 * events all read through them, so the API, the facade and the events never disagree.
 */
final class CourseworkRows {

	static final String ASSIGNMENT = """
			SELECT a.id, a.school_id, a.teacher_id, a.subject_id, a.title, a.created_at, a.due_at, a.max_score
			FROM assignments a""";

	static final String SUBMISSION = """
			SELECT s.id, s.assignment_id, s.student_id, a.teacher_id, a.subject_id, s.school_id, s.submitted_at,
			       a.due_at, s.late, s.status, s.score, a.max_score, s.graded_at, s.feedback
			FROM submissions s JOIN assignments a ON a.id = s.assignment_id""";

	static final String QUIZ = """
			SELECT q.id, q.school_id, q.teacher_id, q.subject_id, q.title, q.created_at, q.max_score
			FROM quizzes q""";

	static final String QUIZ_ATTEMPT = """
			SELECT t.id, t.quiz_id, t.student_id, q.teacher_id, q.subject_id, t.school_id, t.started_at,
			       t.completed_at, t.score, t.teacher_score, q.max_score
			FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id""";

	static final String MATERIAL = """
			SELECT m.id, m.school_id, m.teacher_id, m.subject_id, m.title, m.created_at
			FROM materials m""";

	static final String PROGRESS = """
			SELECT p.id, p.material_id, p.student_id, m.teacher_id, m.subject_id, p.school_id, p.progress_percent,
			       p.completed_at, p.recorded_at
			FROM material_progress p JOIN materials m ON m.id = p.material_id""";

	static final String STUDY_SESSION = """
			SELECT ss.id, ss.student_id, ss.subject_id, ss.material_id, ss.teacher_id, ss.school_id, ss.started_at,
			       ss.duration_seconds
			FROM study_sessions ss""";

	private CourseworkRows() {
	}

	/**
	 * An assignment without its students, which the caller adds from a second query.
	 */
	static AssignmentFacts assignment(ResultSet rs, Set<Long> studentIds) throws SQLException {
		return new AssignmentFacts(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("teacher_id"),
				rs.getLong("subject_id"), rs.getString("title"), instant(rs, "created_at"), instant(rs, "due_at"),
				rs.getBigDecimal("max_score"), studentIds);
	}

	static SubmissionFacts submission(ResultSet rs, int row) throws SQLException {
		return new SubmissionFacts(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("student_id"),
				rs.getLong("teacher_id"), rs.getLong("subject_id"), rs.getLong("school_id"),
				instant(rs, "submitted_at"), instant(rs, "due_at"), rs.getBoolean("late"),
				SubmissionStatus.valueOf(rs.getString("status")), rs.getBigDecimal("score"),
				rs.getBigDecimal("max_score"), instant(rs, "graded_at"), rs.getString("feedback"));
	}

	static QuizFacts quiz(ResultSet rs, int row) throws SQLException {
		return new QuizFacts(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("teacher_id"),
				rs.getLong("subject_id"), rs.getString("title"), instant(rs, "created_at"),
				rs.getBigDecimal("max_score"));
	}

	static QuizAttemptFacts quizAttempt(ResultSet rs, int row) throws SQLException {
		return new QuizAttemptFacts(rs.getLong("id"), rs.getLong("quiz_id"), rs.getLong("student_id"),
				rs.getLong("teacher_id"), rs.getLong("subject_id"), rs.getLong("school_id"), instant(rs, "started_at"),
				instant(rs, "completed_at"), rs.getBigDecimal("score"), rs.getBigDecimal("teacher_score"),
				rs.getBigDecimal("max_score"));
	}

	static MaterialFacts material(ResultSet rs, Set<Long> studentIds) throws SQLException {
		return new MaterialFacts(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("teacher_id"),
				rs.getLong("subject_id"), rs.getString("title"), instant(rs, "created_at"), studentIds);
	}

	static MaterialProgressFacts progress(ResultSet rs, int row) throws SQLException {
		return new MaterialProgressFacts(rs.getLong("id"), rs.getLong("material_id"), rs.getLong("student_id"),
				rs.getLong("teacher_id"), rs.getLong("subject_id"), rs.getLong("school_id"),
				rs.getBigDecimal("progress_percent"), instant(rs, "completed_at"), instant(rs, "recorded_at"));
	}

	static StudySessionFacts studySession(ResultSet rs, int row) throws SQLException {
		return new StudySessionFacts(rs.getLong("id"), rs.getLong("student_id"), rs.getLong("subject_id"),
				nullableLong(rs, "material_id"), nullableLong(rs, "teacher_id"), rs.getLong("school_id"),
				instant(rs, "started_at"), rs.getInt("duration_seconds"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * An instant as a query parameter, in UTC on both databases.
	 */
	static OffsetDateTime timestamp(Instant instant) {
		return org.classlytics.platform.SqlArrays.utc(instant);
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
