package org.classlytics.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.classlytics.coursework.SubmissionFacts;
import org.classlytics.coursework.SubmissionsRecorded;
import org.classlytics.platform.LocalWeek;
import org.classlytics.platform.SqlArrays;
import org.classlytics.roster.Roster;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The set-based twin of {@link FactListeners} for the batch events of imports: a chunk of
 * rows is written to the facts with JDBC batches, and each affected derived key is
 * rebuilt once per transaction (just before it commits), with one statement per distinct
 * week or day for up to 1,000 students in it and one per 1,000 students for the terms (on
 * PostgreSQL the terms change by difference instead: {@link TermDeltas}), then one for
 * the class ranks, instead of once per row. The rows and the keys are the same as the
 * single events produce, so both paths agree (the recompute checks it).
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
		homework(rows, zone, days);
		List<Long> ids = rows.stream().map(SubmissionFacts::submissionId).toList();
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
		}
		Pending pending = pending();
		// The students whose term rows are rebuilt in full; none when they change by
		// difference.
		Set<Long> students = new HashSet<>();
		if (pending.deltas != null) {
			replaceItemsSetBased(ids, items, weeks, pending.deltas);
		}
		else {
			items.forEach((item) -> students.add((Long) item[4]));
			replaceItems(ids, items, weeks, students);
		}
		weeks.forEach((week, keys) -> pending.weeks.computeIfAbsent(week, (w) -> new HashSet<>()).addAll(keys));
		days.forEach((day, keys) -> pending.days.computeIfAbsent(day, (d) -> new HashSet<>()).addAll(keys));
		pending.students.addAll(students);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			rebuild(pending);
		}
	}

	/**
	 * Replaces the items of the submissions (kind A): the stored ones are read for the
	 * weeks they leave, deleted, and the graded ones inserted in one batch.
	 */
	private void replaceItems(List<Long> ids, List<Object[]> items, Map<LocalDate, Set<Long>> weeks,
			Set<Long> students) {
		this.jdbc.sql("SELECT student_id, week_start FROM analytics_items WHERE kind = 'A' AND source_id IN (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				add(weeks, rs.getObject(2, LocalDate.class), rs.getLong(1));
				students.add(rs.getLong(1));
			});
		this.jdbc.sql("DELETE FROM analytics_items WHERE kind = 'A' AND source_id IN (:ids)")
			.param("ids", ids)
			.update();
		if (!items.isEmpty()) {
			this.template.batchUpdate(
					"""
							INSERT INTO analytics_items (kind, source_id, parent_id, school_id, student_id, teacher_id, subject_id,
							  score, max_score, percentage, occurred_at, local_date, week_start)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					items);
		}
	}

	/**
	 * PostgreSQL: the same in one statement for the chunk. It reads the weeks the stored
	 * items are in, deletes the items of ungraded submissions, and writes the graded ones
	 * in place: a regrade changes no indexed column of its item, so with the table's free
	 * room (its fillfactor) the new row version stays on its page and no index is
	 * written, where a delete and an insert wrote all four indexes for every item.
	 */
	private void replaceItemsSetBased(List<Long> ids, List<Object[]> items, Map<LocalDate, Set<Long>> weeks,
			TermDeltas deltas) {
		Set<Long> graded = new HashSet<>();
		items.forEach((item) -> graded.add((Long) item[1]));
		List<Long> ungraded = ids.stream().filter((id) -> !graded.contains(id)).toList();
		this.jdbc
			.sql("""
					WITH stored AS MATERIALIZED (
					  SELECT student_id, week_start, subject_id, school_id, local_date, percentage FROM analytics_items
					  WHERE kind = 'A' AND source_id = ANY(?::bigint[])
					), gone AS (
					  DELETE FROM analytics_items WHERE kind = 'A' AND source_id = ANY(?::bigint[])
					), put AS (
					  INSERT INTO analytics_items AS i (kind, source_id, parent_id, school_id, student_id, teacher_id,
					    subject_id, score, max_score, percentage, occurred_at, local_date, week_start)
					  SELECT 'A', v.source_id, v.parent_id, v.school_id, v.student_id, v.teacher_id, v.subject_id,
					    v.score::numeric, v.max_score::numeric, v.percentage::numeric, v.occurred_at::timestamptz,
					    v.local_date::date, v.week_start::date
					  FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[],
					    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS v(source_id, parent_id, school_id,
					    student_id, teacher_id, subject_id, score, max_score, percentage, occurred_at, local_date, week_start)
					  ON CONFLICT (kind, source_id) DO UPDATE SET parent_id = EXCLUDED.parent_id,
					    school_id = EXCLUDED.school_id, student_id = EXCLUDED.student_id, teacher_id = EXCLUDED.teacher_id,
					    subject_id = EXCLUDED.subject_id, score = EXCLUDED.score, max_score = EXCLUDED.max_score,
					    percentage = EXCLUDED.percentage, occurred_at = EXCLUDED.occurred_at,
					    local_date = EXCLUDED.local_date, week_start = EXCLUDED.week_start
					)
					SELECT student_id, week_start, subject_id, school_id, local_date, percentage FROM stored""")
			.params(SqlArrays.longs(ids), SqlArrays.longs(ungraded), column(items, 1), column(items, 2),
					column(items, 3), column(items, 4), column(items, 5), column(items, 6),
					texts(items, 7, (v) -> SqlArrays.decimal((BigDecimal) v)),
					texts(items, 8, (v) -> SqlArrays.decimal((BigDecimal) v)),
					texts(items, 9, (v) -> SqlArrays.decimal((BigDecimal) v)),
					texts(items, 10, (v) -> SqlArrays.timestamp(((OffsetDateTime) v).toInstant())),
					texts(items, 11, (v) -> SqlArrays.date((LocalDate) v)),
					texts(items, 12, (v) -> SqlArrays.date((LocalDate) v)))
			.query((rs) -> {
				add(weeks, rs.getObject(2, LocalDate.class), rs.getLong(1));
				deltas.add(new TermDeltas.Day(rs.getLong(1), rs.getLong(3), rs.getLong(4),
						rs.getObject(5, LocalDate.class)), -1, rs.getBigDecimal(6));
			});
		for (Object[] item : items) {
			deltas.add(new TermDeltas.Day((Long) item[4], (Long) item[6], (Long) item[3], (LocalDate) item[11]), 1,
					(BigDecimal) item[9]);
		}
	}

	private static SqlArrayValue column(List<Object[]> rows, int index) {
		return SqlArrays.longs(rows.stream().map((row) -> (Long) row[index]).toList());
	}

	private static SqlArrayValue texts(List<Object[]> rows, int index, Function<Object, String> text) {
		return SqlArrays
			.texts(rows.stream().map((row) -> (row[index] != null) ? text.apply(row[index]) : null).toList());
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
			// On PostgreSQL the term rows change by difference (Rollups.applyTermDeltas).
			created.deltas = SqlArrays.postgres(this.template) ? TermDeltas.bind() : null;
			TransactionSynchronizationManager.bindResource(PENDING, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					rebuild(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
					TermDeltas.unbind();
				}

			});
			pending = created;
		}
		return pending;
	}

	private void rebuild(Pending pending) {
		// Class locks first, as every single-record write takes them, before any derived
		// row of these students is written: an import and a grade of one of its students
		// queue instead of locking weeks and classes in opposite orders.
		Set<Long> students = new HashSet<>(pending.students);
		pending.weeks.values().forEach(students::addAll);
		pending.days.values().forEach(students::addAll);
		if (pending.deltas != null) {
			students.addAll(pending.deltas.students());
			students.addAll(pending.deltas.rebuilt());
		}
		this.rollups.lockClassesOf(students);
		this.rollups.studentWeeks(pending.weeks);
		this.rollups.studentDays(pending.days);
		if (pending.deltas == null) {
			this.rollups.studentTerms(pending.students);
			return;
		}
		// The term rows by difference: only the changed items are read, where a rebuild
		// read every item of the students' terms (the largest of an import's rebuilds).
		Set<Long> full = new HashSet<>(pending.students);
		full.addAll(this.rollups.applyTermDeltas(pending.deltas));
		full.addAll(pending.deltas.rebuilt());
		this.rollups.studentTerms(full);
		this.rollups.rankClassesOf(pending.deltas.students());
	}

	private static final class Pending {

		final Map<LocalDate, Set<Long>> weeks = new TreeMap<>();

		final Map<LocalDate, Set<Long>> days = new TreeMap<>();

		final Set<Long> students = new HashSet<>();

		/**
		 * The term changes of the items (PostgreSQL, in a transaction), or null: then the
		 * students' term rows are rebuilt in full.
		 */
		TermDeltas deltas;

	}

	/**
	 * The homework rows of the submissions, and the (student, due day) keys whose days
	 * they change. H2: updated in one batch, the missing ones inserted in another, every
	 * key affected. PostgreSQL: one upsert that writes only the rows that change, and
	 * only their keys are affected (a regrade changes no homework row, and so no day).
	 */
	private void homework(List<SubmissionFacts> rows, ZoneId zone, Map<LocalDate, Set<Long>> days) {
		List<Object[]> updates = new ArrayList<>();
		for (SubmissionFacts s : rows) {
			LocalDate dueDate = Facts.localDate(s.dueAt(), zone);
			updates.add(new Object[] { s.schoolId(), s.teacherId(), s.subjectId(), Facts.utc(s.dueAt()), dueDate,
					s.submissionId(), Facts.utc(s.submittedAt()), s.assignmentId(), s.studentId() });
		}
		if (SqlArrays.postgres(this.template)) {
			upsertHomework(updates, days);
			return;
		}
		updates.forEach((u) -> add(days, (LocalDate) u[4], (Long) u[8]));
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

	/**
	 * PostgreSQL: the homework rows of the chunk in one upsert, its columns bound as
	 * arrays; a stored row that already holds these values (a regrade changes no
	 * homework) is left unwritten. The rows it writes name the days to rebuild.
	 */
	private void upsertHomework(List<Object[]> rows, Map<LocalDate, Set<Long>> days) {
		this.jdbc
			.sql("""
					INSERT INTO analytics_homework AS h (assignment_id, student_id, school_id, teacher_id, subject_id, due_at,
					  due_date, submission_id, submitted_at)
					SELECT v.assignment_id, v.student_id, v.school_id, v.teacher_id, v.subject_id, v.due_at::timestamptz,
					  v.due_date::date, v.submission_id, v.submitted_at::timestamptz
					FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
					  ?::bigint[], ?::text[]) AS v(assignment_id, student_id, school_id, teacher_id, subject_id, due_at, due_date,
					  submission_id, submitted_at)
					ON CONFLICT (assignment_id, student_id) DO UPDATE SET school_id = EXCLUDED.school_id,
					  teacher_id = EXCLUDED.teacher_id, subject_id = EXCLUDED.subject_id, due_at = EXCLUDED.due_at,
					  due_date = EXCLUDED.due_date, submission_id = EXCLUDED.submission_id, submitted_at = EXCLUDED.submitted_at
					WHERE (h.school_id, h.teacher_id, h.subject_id, h.due_at, h.due_date, h.submission_id, h.submitted_at)
					  IS DISTINCT FROM (EXCLUDED.school_id, EXCLUDED.teacher_id, EXCLUDED.subject_id, EXCLUDED.due_at,
					  EXCLUDED.due_date, EXCLUDED.submission_id, EXCLUDED.submitted_at)
					RETURNING h.student_id, h.due_date""")
			.params(column(rows, 7), column(rows, 8), column(rows, 0), column(rows, 1), column(rows, 2),
					texts(rows, 3, (v) -> SqlArrays.timestamp(((OffsetDateTime) v).toInstant())),
					texts(rows, 4, (v) -> SqlArrays.date((LocalDate) v)), column(rows, 5),
					texts(rows, 6, (v) -> SqlArrays.timestamp(((OffsetDateTime) v).toInstant())))
			.query((rs) -> {
				add(days, rs.getObject(2, LocalDate.class), rs.getLong(1));
			});
	}

	private static void add(Map<LocalDate, Set<Long>> keys, LocalDate date, long studentId) {
		keys.computeIfAbsent(date, (d) -> new HashSet<>()).add(studentId);
	}

}
