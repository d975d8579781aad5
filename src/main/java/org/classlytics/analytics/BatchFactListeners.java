package org.classlytics.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.classlytics.coursework.SubmissionFacts;
import org.classlytics.coursework.SubmissionsRecorded;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Roster;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The set-based twin of {@link FactListeners} for the batch events of imports: a chunk of
 * rows is written to the facts with JDBC batches, and each affected derived key is
 * rebuilt once per transaction (just before it commits), with one statement per distinct
 * week or day for up to 1,000 students in it and one per 1,000 students for the terms,
 * then one for the class ranks, instead of once per row. The rows and the keys are the
 * same as the single events produce, so both paths agree (the recompute checks it).
 */
@Component
class BatchFactListeners {

	private static final Object PENDING = new Object();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Roster roster;

	private final Rollups rollups;

	BatchFactListeners(JdbcClient jdbc, JdbcTemplate template, Roster roster, Rollups rollups) {
		this.jdbc = jdbc;
		this.template = template;
		this.roster = roster;
		this.rollups = rollups;
	}

	@EventListener
	void on(SubmissionsRecorded event) {
		List<SubmissionFacts> rows = event.submissions();
		if (rows.isEmpty()) {
			return;
		}
		ZoneId zone = this.roster.zoneOf(event.schoolId());
		Map<LocalDate, Set<Long>> days = new TreeMap<>();
		Map<LocalDate, Set<Long>> weeks = new TreeMap<>();
		Set<Long> students = new HashSet<>();
		homework(rows, zone, days);
		List<Long> ids = rows.stream().map(SubmissionFacts::submissionId).toList();
		this.jdbc.sql("SELECT student_id, week_start FROM analytics_items WHERE kind = 'A' AND source_id IN (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				add(weeks, rs.getObject(2, LocalDate.class), rs.getLong(1));
				students.add(rs.getLong(1));
			});
		this.jdbc.sql("DELETE FROM analytics_items WHERE kind = 'A' AND source_id IN (:ids)")
			.param("ids", ids)
			.update();
		List<Object[]> items = new ArrayList<>();
		for (SubmissionFacts s : rows) {
			if (!s.graded()) {
				continue;
			}
			LocalDate day = Facts.localDate(s.gradedAt(), zone);
			LocalDate week = LocalWeek.of(day).weekStart();
			items.add(new Object[] { "A", s.submissionId(), s.assignmentId(), s.schoolId(), s.studentId(),
					s.teacherId(), s.subjectId(), s.score(), s.maxScore(), Facts.percentage(s.score(), s.maxScore()),
					Facts.utc(s.gradedAt()), day, week });
			add(weeks, week, s.studentId());
			students.add(s.studentId());
		}
		if (!items.isEmpty()) {
			this.template.batchUpdate(
					"""
							INSERT INTO analytics_items (kind, source_id, parent_id, school_id, student_id, teacher_id, subject_id,
							  score, max_score, percentage, occurred_at, local_date, week_start)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					items);
		}
		Pending pending = pending();
		weeks.forEach((week, keys) -> pending.weeks.computeIfAbsent(week, (w) -> new HashSet<>()).addAll(keys));
		days.forEach((day, keys) -> pending.days.computeIfAbsent(day, (d) -> new HashSet<>()).addAll(keys));
		pending.students.addAll(students);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			rebuild(pending);
		}
	}

	/**
	 * The derived keys the batches of the current transaction touched. They are rebuilt
	 * once, just before the transaction commits: an import of many chunks that all touch
	 * the same students (a whole school's results, file ordered by assignment) then
	 * rebuilds each (student, week), (student, day), term row and class rank once, not
	 * once per chunk. Nothing reads them in between (the transaction is the import), and
	 * they are current when it commits.
	 */
	private Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new Pending();
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
		if (pending == null) {
			Pending created = new Pending();
			TransactionSynchronizationManager.bindResource(PENDING, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					rebuild(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
				}

			});
			pending = created;
		}
		return pending;
	}

	private void rebuild(Pending pending) {
		this.rollups.studentWeeks(pending.weeks);
		this.rollups.studentDays(pending.days);
		this.rollups.studentTerms(pending.students);
	}

	private static final class Pending {

		final Map<LocalDate, Set<Long>> weeks = new TreeMap<>();

		final Map<LocalDate, Set<Long>> days = new TreeMap<>();

		final Set<Long> students = new HashSet<>();

	}

	/**
	 * The homework rows of the submissions: updated in one batch, the missing ones
	 * inserted in another; every (student, due day) is affected.
	 */
	private void homework(List<SubmissionFacts> rows, ZoneId zone, Map<LocalDate, Set<Long>> days) {
		List<Object[]> updates = new ArrayList<>();
		for (SubmissionFacts s : rows) {
			LocalDate dueDate = Facts.localDate(s.dueAt(), zone);
			updates.add(new Object[] { s.schoolId(), s.teacherId(), s.subjectId(), Facts.utc(s.dueAt()), dueDate,
					s.submissionId(), Facts.utc(s.submittedAt()), s.assignmentId(), s.studentId() });
			add(days, dueDate, s.studentId());
		}
		int[] counts = this.template.batchUpdate("UPDATE analytics_homework SET school_id = ?, teacher_id = ?, "
				+ "subject_id = ?, due_at = ?, due_date = ?, submission_id = ?, submitted_at = ? "
				+ "WHERE assignment_id = ? AND student_id = ?", updates);
		List<Object[]> inserts = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				Object[] u = updates.get(i);
				inserts.add(new Object[] { u[7], u[8], u[0], u[1], u[2], u[3], u[4], u[5], u[6] });
			}
		}
		if (!inserts.isEmpty()) {
			this.template.batchUpdate("INSERT INTO analytics_homework (assignment_id, student_id, school_id, "
					+ "teacher_id, subject_id, due_at, due_date, submission_id, submitted_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		}
	}

	private static void add(Map<LocalDate, Set<Long>> keys, LocalDate date, long studentId) {
		keys.computeIfAbsent(date, (d) -> new HashSet<>()).add(studentId);
	}

}
