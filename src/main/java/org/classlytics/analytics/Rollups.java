package org.classlytics.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.classlytics.platform.LocalWeek;
import org.classlytics.platform.SqlArrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds derived records from the facts: the weekly, daily, term and teacher tables,
 * each with one set-based statement per scope, and the class ranks with a window function
 * over the affected classes only.
 */
@Component
class Rollups {

	private static final String PERCENT_OF = "ROUND(CAST(%s AS DECIMAL(38, 16)) * 100 / NULLIF(%s, 0), 2)";

	static final DerivedTable STUDENT_WEEKS = new DerivedTable("analytics_student_weeks",
			List.of("student_id", "week_start"),
			List.of("school_id", "quiz_count", "quiz_sum", "assignment_count", "assignment_sum", "quiz_average",
					"assignment_average", "overall_average"),
			(scope) -> """
					SELECT student_id, week_start, MIN(school_id) AS school_id,
					  SUM(CASE WHEN kind = 'Q' THEN 1 ELSE 0 END) AS quiz_count,
					  COALESCE(SUM(CASE WHEN kind = 'Q' THEN percentage END), 0) AS quiz_sum,
					  SUM(CASE WHEN kind = 'A' THEN 1 ELSE 0 END) AS assignment_count,
					  COALESCE(SUM(CASE WHEN kind = 'A' THEN percentage END), 0) AS assignment_sum,
					  ROUND(CAST(SUM(CASE WHEN kind = 'Q' THEN percentage END) AS DECIMAL(38, 16))
					    / NULLIF(SUM(CASE WHEN kind = 'Q' THEN 1 ELSE 0 END), 0), 2) AS quiz_average,
					  ROUND(CAST(SUM(CASE WHEN kind = 'A' THEN percentage END) AS DECIMAL(38, 16))
					    / NULLIF(SUM(CASE WHEN kind = 'A' THEN 1 ELSE 0 END), 0), 2) AS assignment_average,
					  ROUND(CAST(SUM(percentage) AS DECIMAL(38, 16)) / COUNT(*), 2) AS overall_average
					FROM analytics_items WHERE 1 = 1"""
					+ scope.where("school_id", "student_id", null, null, "week_start")
					+ " GROUP BY student_id, week_start",
			List.of("school_id", "student_id", "", "", "week_start"));

	static final DerivedTable STUDENT_DAYS = new DerivedTable("analytics_student_days",
			List.of("student_id", "on_date"),
			List.of("school_id", "attendance_status", "homework_completed", "behavior_score"),
			(scope) -> """
					SELECT k.student_id, k.on_date, MIN(k.school_id) AS school_id,
					  MAX(k.attendance_status) AS attendance_status,
					  CASE WHEN SUM(k.due) = 0 THEN CAST(NULL AS BOOLEAN) WHEN SUM(k.missed) = 0 THEN TRUE ELSE FALSE END
					    AS homework_completed,
					  MAX(k.behavior_score) AS behavior_score
					FROM (
					  SELECT a.student_id, a.on_date, a.school_id, CAST(a.status AS VARCHAR(10)) AS attendance_status,
					    0 AS due, 0 AS missed, CAST(NULL AS INTEGER) AS behavior_score
					  FROM analytics_attendance a WHERE 1 = 1"""
					+ scope.where("a.school_id", "a.student_id", null, null, "a.on_date") + """

							UNION ALL
							SELECT h.student_id, h.due_date, h.school_id, CAST(NULL AS VARCHAR(10)), 1,
							  CASE WHEN h.submitted_at IS NOT NULL AND h.submitted_at <= h.due_at THEN 0 ELSE 1 END,
							  CAST(NULL AS INTEGER)
							FROM analytics_homework h WHERE 1 = 1"""
					+ scope.where("h.school_id", "h.student_id", null, null, "h.due_date")
					+ """

							UNION ALL
							SELECT b.student_id, b.on_date, b.school_id, CAST(NULL AS VARCHAR(10)), 0, 0, b.score
							FROM analytics_behavior b WHERE NOT EXISTS (SELECT 1 FROM analytics_behavior l
							  WHERE l.student_id = b.student_id AND l.on_date = b.on_date
							  AND (l.recorded_at > b.recorded_at OR (l.recorded_at = b.recorded_at AND l.entry_id > b.entry_id)))"""
					+ scope.where("b.school_id", "b.student_id", null, null, "b.on_date") + """

							) k GROUP BY k.student_id, k.on_date""",
			List.of("school_id", "student_id", "", "", "on_date"));

	/**
	 * A term row per (student, term, subject) with an enrollment or an item in the term.
	 * The items are read once: the enrollments join them as rows counting nothing, and
	 * one grouping gives both the keys and the items' count and sum (the items were read
	 * twice, for the keys and for the sums: a third slower for an import's thousand
	 * students).
	 */
	static final DerivedTable STUDENT_TERMS = new DerivedTable("analytics_student_terms",
			List.of("student_id", "term_id", "subject_id"),
			List.of("school_id", "class_section_id", "item_count", "grade_sum", "average_grade",
					"attendance_percentage"),
			(scope) -> """
					SELECT k.student_id, k.term_id, k.subject_id, k.school_id, p.class_section_id,
					  k.n AS item_count, COALESCE(k.total, 0) AS grade_sum,
					  ROUND(CAST(k.total AS DECIMAL(38, 16)) / NULLIF(k.n, 0), 2) AS average_grade,
					  """ + PERCENT_OF.formatted("att.attended", "att.recorded") + """
					 AS attendance_percentage
					FROM (
					  SELECT u.student_id, u.term_id, u.subject_id, u.school_id,
					    SUM(u.n) AS n, SUM(u.percentage) AS total
					  FROM (
					    SELECT e.student_id, t.term_id, e.subject_id, t.school_id, 0 AS n,
					      CAST(NULL AS DECIMAL(38, 16)) AS percentage
					    FROM analytics_enrollments e JOIN analytics_terms t ON t.school_id = e.school_id
					      AND e.start_date <= t.end_date AND (e.end_date IS NULL OR e.end_date >= t.start_date)
					    WHERE 1 = 1""" + scope.where("e.school_id", "e.student_id", null, "t.term_id", null) + """

					UNION ALL
					SELECT i.student_id, t.term_id, i.subject_id, t.school_id, 1, i.percentage
					FROM analytics_items i JOIN analytics_terms t ON t.school_id = i.school_id
					  AND i.local_date >= t.start_date AND i.local_date <= t.end_date
					WHERE 1 = 1""" + scope.where("i.school_id", "i.student_id", null, "t.term_id", null) + """

					  ) u GROUP BY u.student_id, u.term_id, u.subject_id, u.school_id
					) k
					LEFT JOIN analytics_people p ON p.user_id = k.student_id
					LEFT JOIN (
					  SELECT a.student_id, t.term_id, COUNT(*) AS recorded,
					    SUM(CASE WHEN a.status IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END) AS attended
					  FROM analytics_attendance a JOIN analytics_terms t ON t.school_id = a.school_id
					    AND a.on_date >= t.start_date AND a.on_date <= t.end_date
					  WHERE 1 = 1""" + scope.where("a.school_id", "a.student_id", null, "t.term_id", null) + """

					  GROUP BY a.student_id, t.term_id
					) att ON att.student_id = k.student_id AND att.term_id = k.term_id""",
			List.of("school_id", "student_id", "", "term_id", ""));

	static final DerivedTable TEACHER_WEEKS = new DerivedTable("analytics_teacher_weeks",
			List.of("teacher_id", "week_start"),
			List.of("school_id", "classes_taught", "homeworks_assigned", "parent_communications", "attended",
					"recorded", "average_student_attendance"),
			(scope) -> """
					SELECT k.teacher_id, k.week_start, MIN(k.school_id) AS school_id,
					  SUM(k.lessons) AS classes_taught, SUM(k.homeworks) AS homeworks_assigned,
					  SUM(k.comms) AS parent_communications, SUM(k.attended) AS attended, SUM(k.recorded) AS recorded,
					  """ + PERCENT_OF.formatted("SUM(k.attended)", "SUM(k.recorded)") + """
					 AS average_student_attendance
					FROM (
					  SELECT l.teacher_id, l.week_start, l.school_id, 1 AS lessons, 0 AS homeworks, 0 AS comms,
					    0 AS attended, 0 AS recorded
					  FROM analytics_lessons l WHERE l.held = TRUE"""
					+ scope.where("l.school_id", null, "l.teacher_id", null, "l.week_start") + """

							UNION ALL
							SELECT h.teacher_id, h.week_start, h.school_id, 0, 1, 0, 0, 0
							FROM analytics_assignments h WHERE 1 = 1"""
					+ scope.where("h.school_id", null, "h.teacher_id", null, "h.week_start") + """

							UNION ALL
							SELECT c.teacher_id, c.week_start, c.school_id, 0, 0, 1, 0, 0
							FROM analytics_parent_communications c WHERE 1 = 1"""
					+ scope.where("c.school_id", null, "c.teacher_id", null, "c.week_start") + """

							UNION ALL
							SELECT e.teacher_id, a.week_start, a.school_id, 0, 0, 0,
							  CASE WHEN a.status IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END, 1
							FROM analytics_attendance a
							JOIN (SELECT DISTINCT x.teacher_id, x.student_id FROM analytics_enrollments x
							  WHERE x.active = TRUE""" + scope.where("x.school_id", null, "x.teacher_id", null, null)
					+ """
							) e ON e.student_id = a.student_id
							  WHERE 1 = 1""" + scope.where("a.school_id", null, null, null, "a.week_start") + """

							) k GROUP BY k.teacher_id, k.week_start""",
			List.of("school_id", "", "teacher_id", "", "week_start"));

	static final List<DerivedTable> ALL = List.of(STUDENT_WEEKS, STUDENT_DAYS, STUDENT_TERMS, TEACHER_WEEKS);

	/**
	 * A term row's rank computed afresh: standard competition ranking within its class,
	 * term and subject; none without an average or a class.
	 */
	private static final String FRESH_RANK = """
			CASE WHEN average_grade IS NULL OR class_section_id IS NULL THEN CAST(NULL AS INTEGER)
			  ELSE CAST(RANK() OVER (PARTITION BY class_section_id, term_id, subject_id
			    ORDER BY CASE WHEN average_grade IS NULL THEN 1 ELSE 0 END, average_grade DESC) AS INTEGER) END""";

	private static final String RANKS = "SELECT student_id, term_id, subject_id, " + FRESH_RANK
			+ " AS class_rank FROM analytics_student_terms WHERE 1 = 1";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Rollups(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Rebuilds a batch's scope of a table: in one statement on PostgreSQL, which computes
	 * the rebuild once instead of twice (a batch's scopes are a thousand students wide).
	 */
	private void applyBatch(DerivedTable table, Scope scope) {
		if (SqlArrays.postgres(this.template)) {
			table.applyOnPostgres(this.jdbc, scope);
		}
		else {
			table.apply(this.jdbc, scope);
		}
	}

	void studentWeek(long studentId, LocalDate weekStart) {
		STUDENT_WEEKS.apply(this.jdbc, new Scope(null, studentId, null, null, weekStart, weekStart));
	}

	void studentDay(long studentId, LocalDate day) {
		STUDENT_DAYS.apply(this.jdbc, Scope.studentOn(studentId, day));
	}

	/**
	 * Rebuilds every term row of a student, then the ranks of the student's class (and
	 * the class they left, if any).
	 */
	void studentTerms(long studentId, Long... previousClasses) {
		studentTerms(List.of(studentId), previousClasses);
	}

	/**
	 * Rebuilds every term row of the students (one statement per 1,000 of them), then the
	 * ranks of their classes (and the classes they left) in one more. Re-ranking rewrites
	 * the rows of every student of a class, so two transactions grading two students of
	 * one class would otherwise each hold their own student's rows and wait for the
	 * other's: the class locks are taken first, in ascending class order, before any term
	 * row is written.
	 */
	void studentTerms(Collection<Long> studentIds, Long... previousClasses) {
		if (studentIds.isEmpty()) {
			return;
		}
		TermDeltas deltas = TermDeltas.current();
		if (deltas != null) {
			deltas.rebuildInstead(studentIds);
		}
		List<List<Long>> slices = slices(new TreeSet<>(studentIds));
		SortedSet<Long> classes = classesOfAll(slices);
		for (Long previous : previousClasses) {
			if (previous != null) {
				classes.add(previous);
			}
		}
		lockClasses(classes);
		for (List<Long> slice : slices) {
			applyBatch(STUDENT_TERMS, Scope.students(slice, null, null));
		}
		rankClasses(classes);
		// A student who left every class keeps no rank; only these students' rows can be
		// such rows here (the primary key finds them).
		for (List<Long> slice : slices) {
			this.jdbc
				.sql("UPDATE analytics_student_terms SET class_rank = NULL "
						+ "WHERE student_id IN (:students) AND class_section_id IS NULL AND class_rank IS NOT NULL")
				.param("students", slice)
				.update();
		}
	}

	/**
	 * Rebuilds the term rows of a whole scope (a term, a school), then all their ranks.
	 */
	void terms(Scope scope) {
		TermDeltas deltas = TermDeltas.current();
		if (deltas != null) {
			deltas.rebuildAllInstead();
		}
		STUDENT_TERMS.apply(this.jdbc, scope);
		rankAll();
	}

	/**
	 * PostgreSQL: applies an import's changes to the term rows' counts and sums (one
	 * statement per 10,000 changed days), recomputing each changed row's average as the
	 * rebuild does; the sums are exact decimals, so the rows are what a rebuild would
	 * write. Returns the students a change could not be applied to, to be rebuilt in
	 * full: a term row missing (the student's first item in a subject they are not
	 * enrolled in) or left with no items (a rebuild decides whether it stays). Ranks are
	 * left to the caller.
	 */
	Set<Long> applyTermDeltas(TermDeltas deltas) {
		List<Map.Entry<TermDeltas.Day, TermDeltas.Change>> changes = List.copyOf(deltas.take().entrySet());
		Set<Long> unapplied = new HashSet<>();
		for (int from = 0; from < changes.size(); from += 10_000) {
			List<Map.Entry<TermDeltas.Day, TermDeltas.Change>> slice = changes.subList(from,
					Math.min(changes.size(), from + 10_000));
			this.jdbc
				.sql("""
						WITH d AS (
						  SELECT v.student_id, t.term_id, v.subject_id, CAST(SUM(v.n) AS BIGINT) AS n, SUM(v.total::numeric) AS total
						  FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::text[])
						    AS v(student_id, subject_id, school_id, local_date, n, total)
						  JOIN analytics_terms t ON t.school_id = v.school_id
						    AND v.local_date::date >= t.start_date AND v.local_date::date <= t.end_date
						  GROUP BY v.student_id, t.term_id, v.subject_id
						), changed AS (
						  UPDATE analytics_student_terms st SET item_count = st.item_count + d.n, grade_sum = st.grade_sum + d.total,
						    average_grade = ROUND(CAST(st.grade_sum + d.total AS DECIMAL(38, 16))
						      / NULLIF(CAST(st.item_count + d.n AS BIGINT), 0), 2)
						  FROM d WHERE st.student_id = d.student_id AND st.term_id = d.term_id AND st.subject_id = d.subject_id
						    AND (d.n <> 0 OR d.total <> 0)
						  RETURNING st.student_id, st.item_count
						)
						SELECT student_id FROM changed WHERE item_count = 0
						UNION
						SELECT d.student_id FROM d WHERE (d.n <> 0 OR d.total <> 0) AND NOT EXISTS (
						  SELECT 1 FROM analytics_student_terms st
						  WHERE st.student_id = d.student_id AND st.term_id = d.term_id AND st.subject_id = d.subject_id)""")
				.params(SqlArrays.longs(slice.stream().map((c) -> c.getKey().studentId()).toList()),
						SqlArrays.longs(slice.stream().map((c) -> c.getKey().subjectId()).toList()),
						SqlArrays.longs(slice.stream().map((c) -> c.getKey().schoolId()).toList()),
						SqlArrays.texts(slice.stream().map((c) -> SqlArrays.date(c.getKey().localDate())).toList()),
						SqlArrays.longs(slice.stream().map((c) -> c.getValue().count()).toList()),
						SqlArrays.texts(slice.stream().map((c) -> SqlArrays.decimal(c.getValue().sum())).toList()))
				.query(Long.class)
				.list()
				.forEach(unapplied::add);
		}
		return unapplied;
	}

	/**
	 * Re-ranks the classes of the students (their term rows' classes and their current
	 * ones), whose locks the caller holds.
	 */
	void rankClassesOf(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		rankClasses(classesOfAll(slices(new TreeSet<>(studentIds))));
	}

	private void rankClasses(Collection<Long> classes) {
		if (!classes.isEmpty()) {
			rank(" AND %sclass_section_id IN (:classes)", Map.of("classes", List.copyOf(classes)));
		}
	}

	/**
	 * Rebuilds the weeks of a batch: for each 1,000 of its students, every week from the
	 * first to the last one with a change, in one statement (and one for the deletions).
	 * A week without a change rebuilds to the row it has, which the MERGE leaves alone;
	 * reading it costs less than a statement per distinct week (an import of a term's
	 * grades touches every week of the term).
	 */
	void studentWeeks(Map<LocalDate, Set<Long>> studentsByWeek) {
		rebuildSpan(STUDENT_WEEKS, studentsByWeek);
	}

	private void rebuildSpan(DerivedTable table, Map<LocalDate, Set<Long>> studentsByDate) {
		if (studentsByDate.isEmpty()) {
			return;
		}
		SortedSet<LocalDate> dates = new TreeSet<>(studentsByDate.keySet());
		Set<Long> students = new HashSet<>();
		studentsByDate.values().forEach(students::addAll);
		slices(new TreeSet<>(students))
			.forEach((slice) -> applyBatch(table, Scope.students(slice, dates.first(), dates.last())));
	}

	/**
	 * A batch's students in slices of at most 1,000, so that no statement binds a huge IN
	 * list.
	 */
	private static List<List<Long>> slices(Collection<Long> students) {
		List<Long> all = List.copyOf(students);
		List<List<Long>> slices = new ArrayList<>();
		for (int from = 0; from < all.size(); from += 1000) {
			slices.add(all.subList(from, Math.min(all.size(), from + 1000)));
		}
		return slices;
	}

	/**
	 * Rebuilds the days of a batch the same way: from its first to its last changed day,
	 * per 1,000 students.
	 */
	void studentDays(Map<LocalDate, Set<Long>> studentsByDay) {
		rebuildSpan(STUDENT_DAYS, studentsByDay);
	}

	/**
	 * Rebuilds teacher weeks: the given ones, and the week of each student's day for the
	 * teachers whose pooled attendance includes the student's (active enrollments). All
	 * their teachers are locked first, in ascending order, so that two transactions
	 * creating the same new teacher week queue instead of one failing on its key.
	 */
	void teacherWeeks(Set<Map.Entry<Long, LocalDate>> teacherWeeks, Set<Map.Entry<Long, LocalDate>> attendanceDays) {
		SortedSet<Map.Entry<Long, LocalDate>> keys = new TreeSet<>(
				Map.Entry.<Long, LocalDate>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
		keys.addAll(teacherWeeks);
		attendanceDays.forEach((studentDay) -> {
			LocalDate weekStart = LocalWeek.of(studentDay.getValue()).weekStart();
			teachersOf(List.of(studentDay.getKey())).forEach((teacher) -> keys.add(Map.entry(teacher, weekStart)));
		});
		SortedSet<Long> teachers = new TreeSet<>();
		keys.forEach((key) -> teachers.add(key.getKey()));
		LockRows.TEACHERS.lock(this.jdbc, teachers);
		keys.forEach((key) -> TEACHER_WEEKS.apply(this.jdbc, Scope.teacherOn(key.getKey(), key.getValue())));
	}

	/**
	 * Rebuilds every week of these teachers, locked first as above.
	 */
	void teacherWeeks(SortedSet<Long> teacherIds) {
		LockRows.TEACHERS.lock(this.jdbc, teacherIds);
		teacherIds.forEach((teacher) -> TEACHER_WEEKS.apply(this.jdbc, Scope.teacher(teacher)));
	}

	/**
	 * Locks every teacher (and admin, who may act as one) of a school, in ascending
	 * order: for a rebuild of the school's teacher weeks (the Friday job, a new zone, a
	 * recompute's repair), taken right before those rows are written, after anything
	 * else, as the single-record writers take theirs last too.
	 */
	void lockTeachersOfSchool(long schoolId) {
		LockRows.TEACHERS.lock(this.jdbc,
				new TreeSet<>(this.jdbc
					.sql("SELECT user_id FROM analytics_people WHERE school_id = ? AND role IN ('TEACHER', 'ADMIN')")
					.param(schoolId)
					.query(Long.class)
					.list()));
	}

	/**
	 * Takes the locks that rebuilding attendance days of these students takes: their
	 * classes, then the teachers whose pooled attendance includes them, each ascending.
	 */
	void lockForAttendanceOf(Collection<Long> studentIds) {
		lockClassesOf(studentIds);
		LockRows.TEACHERS.lock(this.jdbc, new TreeSet<>(teachersOf(studentIds)));
	}

	/**
	 * The teachers with an active enrollment of any of the students: those whose pooled
	 * attendance includes them.
	 */
	private List<Long> teachersOf(Collection<Long> studentIds) {
		return this.jdbc.sql(
				"SELECT DISTINCT teacher_id FROM analytics_enrollments WHERE student_id IN (:students) AND active = TRUE")
			.param("students", List.copyOf(studentIds))
			.query(Long.class)
			.list();
	}

	/**
	 * Every rank of every class in one statement: the nightly safety net.
	 */
	int rankAll() {
		int changed = rank("", Map.of());
		this.jdbc
			.sql("UPDATE analytics_student_terms SET class_rank = NULL "
					+ "WHERE class_section_id IS NULL AND class_rank IS NOT NULL")
			.update();
		return changed;
	}

	/**
	 * Every rank of one school's classes in one statement (its term rows were just built;
	 * none has a rank yet).
	 */
	void rankSchool(long schoolId) {
		rank(" AND %sschool_id = :school", Map.of("school", schoolId));
	}

	/**
	 * Stored ranks that differ from a fresh ranking, for the recompute's report.
	 */
	int rankMismatches(Scope scope) {
		// One scan with the window function beside the stored rank: a self-join on the
		// key
		// was planned as a nested loop (quadratic in a subject's students) when the rows
		// were written in the same transaction and had no statistics yet.
		String where = scope.where("school_id", null, null, "term_id", null);
		return this.jdbc
			.sql("SELECT COUNT(*) FROM (SELECT class_rank AS stored_rank, " + FRESH_RANK
					+ " AS fresh_rank FROM analytics_student_terms WHERE 1 = 1" + where + ") r "
					+ "WHERE (stored_rank IS NULL AND fresh_rank IS NOT NULL) "
					+ "OR (stored_rank IS NOT NULL AND fresh_rank IS NULL) OR stored_rank <> fresh_rank")
			.params(scope.params())
			.query(Integer.class)
			.single();
	}

	/**
	 * Re-ranks the term rows the filter selects (all of them for an empty filter); only
	 * the rows whose rank changes are written (a regrade of a whole class moves few
	 * ranks, and rewriting every row of the classes was a fifth of an import's database
	 * time). Returns how many changed. The filter ({@code %s} standing for a column's
	 * qualifier) selects the target rows too: without it PostgreSQL joined the ranks of
	 * one class to every term row of the table, a scan of the whole table for each grade.
	 */
	private int rank(String filter, Map<String, ?> params) {
		return this.jdbc
			.sql("MERGE INTO analytics_student_terms t USING (" + RANKS + filter.formatted("")
					+ ") s ON (t.student_id = s.student_id AND t.term_id = s.term_id AND t.subject_id = s.subject_id"
					+ filter.formatted("t.") + ") WHEN MATCHED AND t.class_rank IS DISTINCT FROM s.class_rank"
					+ " THEN UPDATE SET class_rank = s.class_rank")
			.params(params)
			.update();
	}

	/**
	 * The classes of the students' term rows and their current classes: the classes whose
	 * ranks a rebuild of their term rows can change.
	 */
	private List<Long> classesOf(Collection<Long> studentIds) {
		return this.jdbc
			.sql("SELECT class_section_id FROM analytics_student_terms "
					+ "WHERE student_id IN (:students) AND class_section_id IS NOT NULL "
					+ "UNION SELECT class_section_id FROM analytics_people "
					+ "WHERE user_id IN (:students) AND class_section_id IS NOT NULL")
			.param("students", studentIds)
			.query(Long.class)
			.list();
	}

	/**
	 * Takes the class locks of these students, for a change that rebuilds their weeks and
	 * days before their terms: two transactions that touch rows of one student then queue
	 * on the student's class instead of writing those rows in different orders and
	 * deadlocking (a moved due date rewrites the days of every student of the assignment,
	 * while a grade or an attendance change of one of them rewrites theirs).
	 */
	void lockClassesOf(Collection<Long> studentIds) {
		if (!studentIds.isEmpty()) {
			lockClasses(classesOfAll(slices(new TreeSet<>(studentIds))));
		}
	}

	private SortedSet<Long> classesOfAll(List<List<Long>> slices) {
		SortedSet<Long> classes = new TreeSet<>();
		slices.forEach((slice) -> classes.addAll(classesOf(slice)));
		return classes;
	}

	private void lockClasses(SortedSet<Long> classes) {
		LockRows.CLASSES.lock(this.jdbc, classes);
	}

}
