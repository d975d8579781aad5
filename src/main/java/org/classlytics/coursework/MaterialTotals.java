package org.classlytics.coursework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Roster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code material_totals} and {@code material_completions} equal to what the
 * sources (material_students, materials, material_progress) say: per (student, teacher,
 * subject) the materials assigned and their progress sum, and the completions per week in
 * the school's zone. Every write rebuilds the keys it touched from the sources, in the
 * writer's transaction, and writes only the rows that differ; the same reconciliation
 * over a whole school is the demo build and the recompute's repair.
 */
@Component
class MaterialTotals {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Roster roster;

	MaterialTotals(JdbcClient jdbc, JdbcTemplate template, Roster roster) {
		this.jdbc = jdbc;
		this.template = template;
		this.roster = roster;
	}

	/**
	 * Rebuilds the rows of the students for one teacher and subject: after a material of
	 * theirs was created, reassigned or deleted, or progress on it recorded.
	 */
	void refresh(long schoolId, long teacherId, long subjectId, Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		List<Long> students = new ArrayList<>(new TreeSet<>(studentIds));
		lock(schoolId, teacherId, subjectId, students);
		reconcile(new Where(schoolId, teacherId, subjectId, students));
	}

	/**
	 * Locks the keys' totals rows (made first, empty, where missing; in ascending order
	 * so that writers queue instead of deadlocking): a concurrent writer of the same keys
	 * waits until this transaction commits and then rebuilds from sources that include
	 * this write, so that neither overwrites the other's change with an older count.
	 */
	private void lock(long schoolId, long teacherId, long subjectId, List<Long> students) {
		this.template.batchUpdate(
				"INSERT INTO material_totals (student_id, teacher_id, subject_id, school_id, assigned, progress_sum)"
						+ " VALUES (?, ?, ?, ?, 0, 0) ON CONFLICT DO NOTHING",
				students.stream().map((student) -> new Object[] { student, teacherId, subjectId, schoolId }).toList());
		this.jdbc.sql("""
				SELECT student_id FROM material_totals
				WHERE teacher_id = :teacher AND subject_id = :subject AND student_id IN (:students)
				ORDER BY student_id FOR UPDATE""")
			.param("teacher", teacherId)
			.param("subject", subjectId)
			.param("students", students)
			.query(Long.class)
			.list();
	}

	/**
	 * Rebuilds a school's rows, or only one student's, and tells how many stored rows
	 * were created, updated or deleted (0 when they were right).
	 */
	MaterialTotalsRepair rebuild(long schoolId, Long studentId) {
		return reconcile(new Where(schoolId, null, null, (studentId != null) ? List.of(studentId) : null));
	}

	private MaterialTotalsRepair reconcile(Where where) {
		ZoneId zone = this.roster.zoneOf(where.school());
		Map<Key, Totals> expectedTotals = new HashMap<>();
		where.bind(this.jdbc.sql("""
				SELECT x.student_id, m.teacher_id, m.subject_id, COUNT(*) AS assigned,
				  COALESCE(SUM(p.progress_percent), 0) AS progress_sum
				FROM material_students x
				JOIN materials m ON m.id = x.material_id
				LEFT JOIN material_progress p ON p.material_id = x.material_id AND p.student_id = x.student_id
				WHERE""" + where.sources() + " GROUP BY x.student_id, m.teacher_id, m.subject_id"))
			.query((ResultSet rs) -> {
				expectedTotals.put(Key.of(rs), new Totals(rs.getInt("assigned"), rs.getBigDecimal("progress_sum")));
			});
		Map<WeekKey, Integer> expectedWeeks = new HashMap<>();
		where.bind(this.jdbc.sql("""
				SELECT x.student_id, m.teacher_id, m.subject_id, p.completed_at
				FROM material_students x
				JOIN materials m ON m.id = x.material_id
				JOIN material_progress p ON p.material_id = x.material_id AND p.student_id = x.student_id
				WHERE p.completed_at IS NOT NULL AND""" + where.sources())).query((ResultSet rs) -> {
			LocalDate week = LocalWeek.of(CourseworkRows.instant(rs, "completed_at"), zone).weekStart();
			expectedWeeks.merge(new WeekKey(Key.of(rs), week), 1, Integer::sum);
		});
		Map<Key, Totals> storedTotals = new HashMap<>();
		where.bind(this.jdbc.sql("SELECT student_id, teacher_id, subject_id, assigned, progress_sum"
				+ " FROM material_totals m WHERE" + where.stored()))
			.query((ResultSet rs) -> {
				storedTotals.put(Key.of(rs), new Totals(rs.getInt("assigned"), rs.getBigDecimal("progress_sum")));
			});
		Map<WeekKey, Integer> storedWeeks = new HashMap<>();
		where.bind(this.jdbc.sql("SELECT student_id, teacher_id, subject_id, week_start, completed"
				+ " FROM material_completions m WHERE" + where.stored()))
			.query((ResultSet rs) -> {
				storedWeeks.put(new WeekKey(Key.of(rs), rs.getObject("week_start", LocalDate.class)),
						rs.getInt("completed"));
			});
		Changes totals = new Changes();
		expectedTotals.forEach((key, value) -> {
			Totals before = storedTotals.remove(key);
			if (before == null) {
				totals.inserts.add(new Object[] { key.studentId(), key.teacherId(), key.subjectId(), where.school(),
						value.assigned(), value.progressSum() });
			}
			else if (!before.equals(value)) {
				totals.updates.add(new Object[] { value.assigned(), value.progressSum(), key.studentId(),
						key.teacherId(), key.subjectId() });
			}
		});
		storedTotals.keySet()
			.forEach((key) -> totals.deletes.add(new Object[] { key.studentId(), key.teacherId(), key.subjectId() }));
		Changes weeks = new Changes();
		expectedWeeks.forEach((key, value) -> {
			Integer before = storedWeeks.remove(key);
			if (before == null) {
				weeks.inserts.add(new Object[] { key.key().studentId(), key.key().teacherId(), key.key().subjectId(),
						key.weekStart(), where.school(), value });
			}
			else if (!before.equals(value)) {
				weeks.updates.add(new Object[] { value, key.key().studentId(), key.key().teacherId(),
						key.key().subjectId(), key.weekStart() });
			}
		});
		storedWeeks.keySet()
			.forEach((key) -> weeks.deletes.add(new Object[] { key.key().studentId(), key.key().teacherId(),
					key.key().subjectId(), key.weekStart() }));
		write(totals, "material_totals", "assigned = ?, progress_sum = ?",
				"student_id, teacher_id, subject_id, school_id, assigned, progress_sum",
				"student_id = ? AND teacher_id = ? AND subject_id = ?");
		write(weeks, "material_completions", "completed = ?",
				"student_id, teacher_id, subject_id, week_start, school_id, completed",
				"student_id = ? AND teacher_id = ? AND subject_id = ? AND week_start = ?");
		return new MaterialTotalsRepair(totals.inserts.size() + weeks.inserts.size(),
				totals.updates.size() + weeks.updates.size(), totals.deletes.size() + weeks.deletes.size());
	}

	private void write(Changes changes, String table, String set, String columns, String key) {
		if (!changes.deletes.isEmpty()) {
			this.template.batchUpdate("DELETE FROM " + table + " WHERE " + key, changes.deletes);
		}
		if (!changes.updates.isEmpty()) {
			this.template.batchUpdate("UPDATE " + table + " SET " + set + " WHERE " + key, changes.updates);
		}
		if (!changes.inserts.isEmpty()) {
			this.template.batchUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (?, ?, ?, ?, ?, ?)",
					changes.inserts);
		}
	}

	/**
	 * Which rows a reconciliation covers: a school, optionally one teacher and subject,
	 * optionally some students. The source columns are those of the material (alias
	 * {@code m}) and its assignment ({@code x}).
	 */
	private record Where(long school, Long teacher, Long subject, List<Long> students) {

		String sources() {
			return " m.school_id = :school" + filters("m.teacher_id", "m.subject_id", "x.student_id");
		}

		String stored() {
			return " m.school_id = :school" + filters("m.teacher_id", "m.subject_id", "m.student_id");
		}

		private String filters(String teacherColumn, String subjectColumn, String studentColumn) {
			String sql = "";
			if (this.teacher != null) {
				sql += " AND " + teacherColumn + " = :teacher AND " + subjectColumn + " = :subject";
			}
			if (this.students != null) {
				sql += " AND " + studentColumn + " IN (:students)";
			}
			return sql;
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			statement = statement.param("school", this.school);
			if (this.teacher != null) {
				statement = statement.param("teacher", this.teacher).param("subject", this.subject);
			}
			if (this.students != null) {
				statement = statement.param("students", this.students);
			}
			return statement;
		}

	}

	private record Key(long studentId, long teacherId, long subjectId) {

		static Key of(ResultSet rs) throws java.sql.SQLException {
			return new Key(rs.getLong("student_id"), rs.getLong("teacher_id"), rs.getLong("subject_id"));
		}

	}

	private record WeekKey(Key key, LocalDate weekStart) {

	}

	/**
	 * The progress sum at the column's scale, so that H2's and PostgreSQL's sums compare
	 * equal to the stored value.
	 */
	private record Totals(int assigned, BigDecimal progressSum) {

		Totals {
			progressSum = progressSum.setScale(2, RoundingMode.HALF_UP);
		}

	}

	private static final class Changes {

		final List<Object[]> inserts = new ArrayList<>();

		final List<Object[]> updates = new ArrayList<>();

		final List<Object[]> deletes = new ArrayList<>();

	}

}
