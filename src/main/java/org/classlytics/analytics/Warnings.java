package org.classlytics.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
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

/**
 * The early-warning rules of metrics.md, evaluated for a set of students with one grouped
 * query per rule. Each figure is compared unrounded and reported rounded to 2 places.
 */
final class Warnings {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final WarningThresholds thresholds;

	Warnings(JdbcClient jdbc, WarningThresholds thresholds) {
		this.jdbc = jdbc;
		this.thresholds = thresholds;
	}

	Map<Long, EarlyWarning> of(long schoolId, Collection<Long> studentIds, LocalDate asOf) {
		String students = (studentIds != null) ? " AND student_id IN (:ids)"
				: " AND student_id IN (SELECT user_id FROM analytics_people WHERE school_id = :school "
						+ "AND role = 'STUDENT' AND active = TRUE)";
		Map<String, Object> params = new HashMap<>();
		params.put("school", schoolId);
		if (studentIds != null) {
			if (studentIds.isEmpty()) {
				return Map.of();
			}
			params.put("ids", List.copyOf(studentIds));
		}
		Map<Long, List<EarlyWarning.Flag>> flags = new LinkedHashMap<>();
		if (studentIds != null) {
			studentIds.forEach((id) -> flags.put(id, new ArrayList<>()));
		}
		params.put("from", asOf.minusDays(27));
		params.put("to", asOf);
		this.jdbc
			.sql("""
					SELECT student_id, COUNT(*) AS recorded,
					  SUM(CASE WHEN status IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END) AS attended
					FROM analytics_attendance WHERE school_id = :school AND on_date >= :from AND on_date <= :to"""
					+ students + " GROUP BY student_id")
			.params(params)
			.query((rs, n) -> {
				BigDecimal rate = ratio(rs.getLong("attended"), rs.getLong("recorded"));
				if (rate.compareTo(this.thresholds.lowAttendanceBelow()) < 0) {
					add(flags, rs.getLong("student_id"), "LOW_ATTENDANCE",
							"Attendance over the last 28 days is %s%%, below %s%%", rate,
							this.thresholds.lowAttendanceBelow());
				}
				return rate;
			})
			.list();
		this.jdbc
			.sql("""
					SELECT student_id, COUNT(*) AS n, SUM(percentage) AS total FROM analytics_items
					WHERE school_id = :school AND local_date >= :from AND local_date <= :to""" + students
					+ " GROUP BY student_id")
			.params(params)
			.query((rs, n) -> {
				BigDecimal mean = rs.getBigDecimal("total")
					.divide(BigDecimal.valueOf(rs.getLong("n")), MathContext.DECIMAL128);
				if (mean.compareTo(this.thresholds.lowGradesBelow()) < 0) {
					add(flags, rs.getLong("student_id"), "LOW_GRADES",
							"Average of graded items over the last 28 days is %s%%, below %s%%", mean,
							this.thresholds.lowGradesBelow());
				}
				return mean;
			})
			.list();
		params.put("week", LocalWeek.of(asOf).weekStart());
		params.put("n", this.thresholds.decliningWeeks());
		Map<Long, List<BigDecimal>> recent = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					SELECT student_id, week_start, overall_average FROM (
					  SELECT student_id, week_start, overall_average,
					    ROW_NUMBER() OVER (PARTITION BY student_id ORDER BY week_start DESC) AS rn
					  FROM analytics_student_weeks WHERE school_id = :school AND week_start <= :week""" + students
					+ ") x WHERE rn <= :n ORDER BY student_id, week_start")
			.params(params)
			.query((rs, n) -> recent.computeIfAbsent(rs.getLong("student_id"), (k) -> new ArrayList<>())
				.add(rs.getBigDecimal("overall_average")))
			.list();
		recent.forEach((student, averages) -> declining(flags, student, averages));
		params.put("from", asOf.minusDays(13));
		this.jdbc
			.sql("""
					SELECT student_id, COUNT(*) AS due,
					  SUM(CASE WHEN submission_id IS NOT NULL THEN 1 ELSE 0 END) AS submitted
					FROM analytics_homework WHERE school_id = :school AND due_date >= :from AND due_date <= :to"""
					+ students + " GROUP BY student_id")
			.params(params)
			.query((rs, n) -> {
				BigDecimal rate = ratio(rs.getLong("submitted"), rs.getLong("due"));
				if (rate.compareTo(this.thresholds.missingWorkBelow()) < 0) {
					add(flags, rs.getLong("student_id"), "MISSING_WORK",
							"Submission rate over assignments due in the last 14 days is %s%%, below %s%%", rate,
							this.thresholds.missingWorkBelow());
				}
				return rate;
			})
			.list();
		Map<Long, EarlyWarning> warnings = new LinkedHashMap<>();
		flags.forEach((student, raised) -> warnings.put(student, EarlyWarning.of(order(raised))));
		return warnings;
	}

	/**
	 * The last N weeks with a record, oldest first, each strictly below the one before,
	 * and more than the threshold lower in total.
	 */
	private void declining(Map<Long, List<EarlyWarning.Flag>> flags, long student, List<BigDecimal> averages) {
		if (averages.size() < this.thresholds.decliningWeeks() || averages.size() < 2) {
			return;
		}
		for (int i = 1; i < averages.size(); i++) {
			if (averages.get(i).compareTo(averages.get(i - 1)) >= 0) {
				return;
			}
		}
		BigDecimal drop = averages.get(0).subtract(averages.get(averages.size() - 1));
		if (drop.compareTo(this.thresholds.decliningPoints()) > 0) {
			add(flags, student, "DECLINING",
					"Weekly average fell in each of the last " + averages.size()
							+ " weeks with a record, by %s points in total, more than %s",
					drop, this.thresholds.decliningPoints());
		}
	}

	private static BigDecimal ratio(long part, long whole) {
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
	}

	private static void add(Map<Long, List<EarlyWarning.Flag>> flags, long student, String flag, String reason,
			BigDecimal value, BigDecimal threshold) {
		BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP);
		BigDecimal limit = threshold.setScale(2, RoundingMode.HALF_UP);
		flags.computeIfAbsent(student, (k) -> new ArrayList<>())
			.add(new EarlyWarning.Flag(flag, reason.formatted(shown.toPlainString(), limit.toPlainString()), shown,
					limit));
	}

	private static List<EarlyWarning.Flag> order(List<EarlyWarning.Flag> flags) {
		List<String> order = List.of("LOW_ATTENDANCE", "LOW_GRADES", "DECLINING", "MISSING_WORK");
		return flags.stream().sorted(java.util.Comparator.comparingInt((f) -> order.indexOf(f.flag()))).toList();
	}

}
