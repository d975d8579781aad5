package org.classlytics.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.LocalWeek;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read from analytics (the reports module, the UI): weekly trends,
 * daily summaries, term performance, teacher weeks and early-warning flags. Every method
 * reads the derived tables with one query per result set, for one student or for many.
 * Reads answer without a caller; the asking module applies the access policy.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	Analytics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The last {@code weeks} calendar weeks up to and including the week of
	 * {@code until}, oldest first, with empty weeks as nulls.
	 */
	public WeeklyTrend weeklyTrend(long studentId, int weeks, LocalDate until) {
		return weeklyTrends(List.of(studentId), weeks, until).get(studentId);
	}

	/**
	 * The same series for several students, in one query.
	 */
	public Map<Long, WeeklyTrend> weeklyTrends(Collection<Long> studentIds, int weeks, LocalDate until) {
		LocalWeek last = LocalWeek.of(until);
		LocalDate first = last.weekStart().minusWeeks(weeks - 1L);
		Map<Long, Map<LocalDate, WeekPerformance>> stored = new HashMap<>();
		if (!studentIds.isEmpty()) {
			this.jdbc.sql("""
					SELECT student_id, week_start, quiz_count, assignment_count, quiz_average, assignment_average,
					  overall_average
					FROM analytics_student_weeks
					WHERE student_id IN (:ids) AND week_start >= :first AND week_start <= :last""")
				.param("ids", List.copyOf(studentIds))
				.param("first", first)
				.param("last", last.weekStart())
				.query((rs, n) -> {
					LocalWeek week = LocalWeek.of(rs.getObject("week_start", LocalDate.class));
					WeekPerformance row = new WeekPerformance(week.label(), week.year(), week.weekNumber(),
							week.weekStart(), rs.getBigDecimal("overall_average"), rs.getBigDecimal("quiz_average"),
							rs.getBigDecimal("assignment_average"), rs.getInt("quiz_count"),
							rs.getInt("assignment_count"));
					stored.computeIfAbsent(rs.getLong("student_id"), (k) -> new HashMap<>()).put(week.weekStart(), row);
					return row;
				})
				.list();
		}
		Map<Long, WeeklyTrend> trends = new LinkedHashMap<>();
		for (Long student : studentIds) {
			Map<LocalDate, WeekPerformance> rows = stored.getOrDefault(student, Map.of());
			List<WeekPerformance> series = new ArrayList<>(weeks);
			for (int i = 0; i < weeks; i++) {
				LocalWeek week = LocalWeek.of(first.plusWeeks(i));
				series.add(rows.getOrDefault(week.weekStart(), new WeekPerformance(week.label(), week.year(),
						week.weekNumber(), week.weekStart(), null, null, null, 0, 0)));
			}
			trends.put(student, new WeeklyTrend(student, series, weeks));
		}
		return trends;
	}

	/**
	 * The student's daily summaries from {@code from} to {@code to}, one per day that has
	 * a record (attendance, a due assignment or a behaviour entry).
	 */
	public List<DailySummary> daily(long studentId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT on_date, attendance_status, homework_completed, behavior_score FROM analytics_student_days
				WHERE student_id = ? AND on_date >= ? AND on_date <= ? ORDER BY on_date""")
			.params(studentId, from, to)
			.query((rs, n) -> new DailySummary(rs.getObject("on_date", LocalDate.class),
					rs.getString("attendance_status"), (Boolean) rs.getObject("homework_completed"),
					(Integer) rs.getObject("behavior_score", Integer.class)))
			.list();
	}

	/**
	 * A term's performance rows, optionally for one class and subject, ordered by subject
	 * and rank (students without a rank last), then name.
	 * @param studentIds the students to include, or null for all
	 */
	public List<TermPerformance> termPerformance(long termId, Long classId, Long subjectId,
			Collection<Long> studentIds) {
		if (studentIds != null && studentIds.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("""
				SELECT t.student_id, t.term_id, t.subject_id, t.average_grade, t.attendance_percentage, t.class_rank,
				  t.teacher_comment
				FROM analytics_student_terms t WHERE t.term_id = :term""");
		Map<String, Object> params = new HashMap<>();
		params.put("term", termId);
		if (classId != null) {
			sql.append(" AND t.class_section_id = :class");
			params.put("class", classId);
		}
		if (subjectId != null) {
			sql.append(" AND t.subject_id = :subject");
			params.put("subject", subjectId);
		}
		if (studentIds != null) {
			sql.append(" AND t.student_id IN (:ids)");
			params.put("ids", List.copyOf(studentIds));
		}
		sql.append(" ORDER BY t.subject_id, t.class_rank, t.student_id");
		return this.jdbc.sql(sql.toString()).params(params).query((rs, n) -> termRow(rs, null)).list();
	}

	/**
	 * Every term row of one student, by term and subject.
	 */
	public List<TermPerformance> termPerformanceOf(long studentId) {
		return this.jdbc
			.sql("""
					SELECT student_id, term_id, subject_id, average_grade, attendance_percentage, class_rank, teacher_comment
					FROM analytics_student_terms WHERE student_id = ? ORDER BY term_id, subject_id""")
			.param(studentId)
			.query((rs, n) -> termRow(rs, null))
			.list();
	}

	/**
	 * A teacher's last {@code weeks} weeks up to the week of {@code until}, oldest first.
	 */
	public List<TeacherWeek> teacherWeeks(long teacherId, int weeks, LocalDate until) {
		LocalWeek last = LocalWeek.of(until);
		LocalDate first = last.weekStart().minusWeeks(weeks - 1L);
		Map<LocalDate, TeacherWeek> stored = new HashMap<>();
		this.jdbc.sql("""
				SELECT week_start, classes_taught, homeworks_assigned, parent_communications, average_student_attendance
				FROM analytics_teacher_weeks WHERE teacher_id = ? AND week_start >= ? AND week_start <= ?""")
			.params(teacherId, first, last.weekStart())
			.query((rs, n) -> {
				LocalWeek week = LocalWeek.of(rs.getObject("week_start", LocalDate.class));
				return new TeacherWeek(week.label(), week.weekStart(), rs.getInt("classes_taught"),
						rs.getInt("homeworks_assigned"), rs.getInt("parent_communications"),
						rs.getBigDecimal("average_student_attendance"));
			})
			.list()
			.forEach((row) -> stored.put(row.weekStart(), row));
		List<TeacherWeek> series = new ArrayList<>();
		for (int i = 0; i < weeks; i++) {
			LocalWeek week = LocalWeek.of(first.plusWeeks(i));
			series.add(stored.getOrDefault(week.weekStart(),
					new TeacherWeek(week.label(), week.weekStart(), 0, 0, 0, null)));
		}
		return series;
	}

	/**
	 * Counts of a student's attendance records from {@code from} to {@code to}.
	 */
	public AttendanceSummary attendance(long studentId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT COUNT(*) AS total,
				  COALESCE(SUM(CASE WHEN status = 'PRESENT' THEN 1 ELSE 0 END), 0) AS present,
				  COALESCE(SUM(CASE WHEN status = 'LATE' THEN 1 ELSE 0 END), 0) AS late,
				  COALESCE(SUM(CASE WHEN status = 'ABSENT' THEN 1 ELSE 0 END), 0) AS absent,
				  COALESCE(SUM(CASE WHEN status = 'EXCUSED' THEN 1 ELSE 0 END), 0) AS excused
				FROM analytics_attendance WHERE student_id = ? AND on_date >= ? AND on_date <= ?""")
			.params(studentId, from, to)
			.query((rs, n) -> {
				int total = rs.getInt("total");
				int present = rs.getInt("present");
				int late = rs.getInt("late");
				return new AttendanceSummary(total, present, late, rs.getInt("absent"), rs.getInt("excused"),
						percent(present + late, total));
			})
			.single();
	}

	/**
	 * Early-warning flags as of a day for the given students of a school (null: every
	 * active student), with four grouped queries whatever the number of students.
	 */
	public Map<Long, EarlyWarning> earlyWarnings(long schoolId, Collection<Long> studentIds, LocalDate asOf) {
		return new Warnings(this.jdbc, thresholds(schoolId)).of(schoolId, studentIds, asOf);
	}

	public EarlyWarning earlyWarning(long schoolId, long studentId, LocalDate asOf) {
		return earlyWarnings(schoolId, List.of(studentId), asOf).get(studentId);
	}

	WarningThresholds thresholds(long schoolId) {
		return this.jdbc.sql("""
				SELECT low_attendance_below, low_grades_below, declining_weeks, declining_points, missing_work_below
				FROM analytics_school_settings WHERE school_id = ?""")
			.param(schoolId)
			.query((rs, n) -> new WarningThresholds(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getInt(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5)))
			.optional()
			.orElse(WarningThresholds.DEFAULTS);
	}

	private static TermPerformance termRow(java.sql.ResultSet rs, String name) throws java.sql.SQLException {
		return new TermPerformance(rs.getLong("student_id"), name, rs.getLong("term_id"), rs.getLong("subject_id"),
				rs.getBigDecimal("average_grade"), rs.getBigDecimal("attendance_percentage"),
				(Integer) rs.getObject("class_rank", Integer.class), rs.getString("teacher_comment"));
	}

	/**
	 * part / whole x 100, HALF_UP to 2 places; null when whole is 0.
	 */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/**
	 * A student's attendance counts over a period.
	 */
	public record AttendanceSummary(int totalDays, int present, int late, int absent, int excused,
			BigDecimal attendanceRate) {

	}

}
