package org.classlytics.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lower bound of a report: one SQL query that reads the rows the report is built from
 * (the students, their assignments due and submissions, graded work, quiz attempts,
 * materials and progress, study time, attendance and chat messages sent and received in
 * the period), with nothing computed. A report cannot be faster than reading its data
 * once. The students are given by id, as the report knows them after its first read; the
 * class's enrollments are read as well.
 */
final class LowerBound {

	private LowerBound() {
	}

	/**
	 * A teacher's class in one subject, for a week: the assignments due with their
	 * submissions, the week's submissions, the materials as the class report reads them
	 * (one row per (student, teacher, subject) in {@code material_totals}, with its
	 * weekly completions up to the week in {@code material_completions}), study time,
	 * attendance days counted per status (as the report counts them since 2026-12-07
	 * night) and chat (sent and received).
	 */
	private static final String CLASS_WEEK = """
			SELECT 1 AS kind, x.student_id AS student_id, a.id AS ref, a.due_at AS at1, s.submitted_at AS at2,
			       CAST(s.score AS DECIMAL(12, 2)) AS num
			FROM assignment_students x JOIN assignments a ON a.id = x.assignment_id
			LEFT JOIN submissions s ON s.assignment_id = x.assignment_id AND s.student_id = x.student_id
			WHERE x.student_id IN (:students) AND a.due_at >= :from AND a.due_at < :to
			AND a.teacher_id = :teacher AND a.subject_id = :subject
			UNION ALL
			SELECT 2, s.student_id, s.id, s.submitted_at, s.graded_at, CAST(s.score AS DECIMAL(12, 2))
			FROM submissions s JOIN assignments a ON a.id = s.assignment_id
			WHERE s.student_id IN (:students)
			AND ((s.graded_at >= :from AND s.graded_at < :to) OR (s.submitted_at >= :from AND s.submitted_at < :to))
			AND a.teacher_id = :teacher AND a.subject_id = :subject
			UNION ALL
			SELECT 3, t.student_id, t.id, t.completed_at, t.started_at,
			       CAST(COALESCE(t.teacher_score, t.score) AS DECIMAL(12, 2))
			FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id
			WHERE t.student_id IN (:students) AND t.completed_at >= :from AND t.completed_at < :to
			AND q.teacher_id = :teacher AND q.subject_id = :subject
			UNION ALL
			SELECT 4, t.student_id, t.subject_id, NULL, NULL, CAST(t.progress_sum AS DECIMAL(12, 2))
			FROM material_totals t
			WHERE t.student_id IN (:students) AND t.teacher_id = :teacher AND t.subject_id = :subject
			UNION ALL
			SELECT 10, c.student_id, c.subject_id, NULL, NULL, CAST(c.completed AS DECIMAL(12, 2))
			FROM material_completions c
			WHERE c.student_id IN (:students) AND c.teacher_id = :teacher AND c.subject_id = :subject
			AND c.week_start <= :week
			UNION ALL
			SELECT 5, ss.student_id, ss.subject_id, MIN(ss.started_at), NULL, CAST(SUM(ss.duration_seconds) AS DECIMAL(12, 2))
			FROM study_sessions ss
			WHERE ss.student_id IN (:students) AND ss.started_at >= :from AND ss.started_at < :to
			AND ss.teacher_id = :teacher AND ss.subject_id = :subject
			GROUP BY ss.student_id, ss.subject_id
			UNION ALL
			SELECT 6, r.student_id, COUNT(*), NULL, NULL, NULL
			FROM attendance_records r
			WHERE r.student_id IN (:students) AND r.on_date >= :first AND r.on_date <= :last
			GROUP BY r.student_id, r.status
			UNION ALL
			SELECT 7, m.sender_id, COUNT(*), MAX(m.sent_at), NULL, NULL
			FROM chat_messages m
			WHERE m.sender_id IN (:students) AND m.sent_at >= :from AND m.sent_at < :to
			GROUP BY m.sender_id
			UNION ALL
			SELECT 11, r.recipient_id, COUNT(*), MAX(r.sent_at), NULL, NULL
			FROM chat_message_recipients r
			WHERE r.recipient_id IN (:students) AND r.sent_at >= :from AND r.sent_at < :to
			GROUP BY r.recipient_id
			UNION ALL
			SELECT 8, u.id, u.id, NULL, NULL, NULL FROM users u WHERE u.id IN (:students)
			UNION ALL
			SELECT 9, e.student_id, e.id, NULL, NULL, NULL FROM enrollments e
			WHERE e.teacher_id = :teacher AND e.subject_id = :subject AND e.active""";

	/**
	 * A teacher's class in one subject, for a week.
	 */
	static String classWeek() {
		return CLASS_WEEK;
	}

	/**
	 * Students in every subject, over days: what a student report reads.
	 */
	static String students() {
		return STUDENT_FACTS;
	}

	/**
	 * What a student report reads (issue 4): the students, their enrollments with subject
	 * and teacher, the submissions graded and the attempts with a score completed in the
	 * period, the assignments due in it counted per subject with the submitted ones, and
	 * the attendance days counted per status. The students' assignments are taken first
	 * ({@code OFFSET 0}), as the report takes them, so that PostgreSQL's generic plan for
	 * the driver's server-side prepared statement starts from the students too.
	 */
	private static final String STUDENT_FACTS = """
			SELECT 1 AS kind, x.student_id AS student_id, a.subject_id AS ref, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS at1,
			       CAST(COUNT(*) AS DECIMAL(12, 2)) AS num, CAST(COUNT(s.id) AS DECIMAL(12, 2)) AS num2
			FROM (SELECT assignment_id, student_id FROM assignment_students WHERE student_id IN (:students) OFFSET 0) x
			JOIN assignments a ON a.id = x.assignment_id
			LEFT JOIN submissions s ON s.assignment_id = x.assignment_id AND s.student_id = x.student_id
			WHERE a.due_at >= :from AND a.due_at < :to
			GROUP BY x.student_id, a.subject_id
			UNION ALL
			SELECT 2, s.student_id, s.id, s.graded_at, CAST(s.score AS DECIMAL(12, 2)), CAST(a.max_score AS DECIMAL(12, 2))
			FROM submissions s JOIN assignments a ON a.id = s.assignment_id
			WHERE s.student_id IN (:students) AND s.status = 'GRADED' AND s.graded_at >= :from AND s.graded_at < :to
			UNION ALL
			SELECT 3, t.student_id, t.id, t.completed_at, CAST(COALESCE(t.teacher_score, t.score) AS DECIMAL(12, 2)),
			       CAST(q.max_score AS DECIMAL(12, 2))
			FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id
			WHERE t.student_id IN (:students) AND (t.score IS NOT NULL OR t.teacher_score IS NOT NULL)
			AND t.completed_at >= :from AND t.completed_at < :to
			UNION ALL
			SELECT 4, r.student_id, COUNT(*), NULL, NULL, NULL
			FROM attendance_records r
			WHERE r.student_id IN (:students) AND r.on_date >= :first AND r.on_date <= :last
			GROUP BY r.student_id, r.status
			UNION ALL
			SELECT 5, e.student_id, e.id, NULL, CAST(sb.id AS DECIMAL(12, 2)), CAST(t.id AS DECIMAL(12, 2))
			FROM enrollments e LEFT JOIN subjects sb ON sb.id = e.subject_id LEFT JOIN users t ON t.id = e.teacher_id
			WHERE e.student_id IN (:students)
			UNION ALL
			SELECT 6, u.id, u.id, NULL, NULL, NULL FROM users u WHERE u.id IN (:students)""";

	static Map<String, Object> classParameters(Bench.ClassRef group, ZoneId zone, LocalDate weekStart) {
		Map<String, Object> parameters = period(zone, weekStart, weekStart.plusDays(6));
		parameters.put("teacher", group.teacher());
		parameters.put("subject", group.subject());
		parameters.put("students", group.students());
		parameters.put("week", weekStart);
		return parameters;
	}

	static Map<String, Object> studentParameters(List<Long> students, ZoneId zone, LocalDate from, LocalDate to) {
		Map<String, Object> parameters = period(zone, from, to);
		parameters.put("students", students);
		return parameters;
	}

	private static Map<String, Object> period(ZoneId zone, LocalDate first, LocalDate last) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("first", first);
		parameters.put("last", last);
		parameters.put("from", OffsetDateTime.ofInstant(first.atStartOfDay(zone).toInstant(), ZoneOffset.UTC));
		parameters.put("to", OffsetDateTime.ofInstant(last.plusDays(1).atStartOfDay(zone).toInstant(), ZoneOffset.UTC));
		return parameters;
	}

}
