package org.classlytics.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.LocalWeek;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.StudentScope;
import org.classlytics.roster.Term;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics endpoints: the caller's reach from the access policy, then the facade's
 * reads. Days default to today in the school's zone. School health and the at-risk list
 * are public for the admin pages of the web UI, which show exactly what the API answers.
 * Every read that shows students' own figures is recorded in the audit trail with the
 * students it showed; school and teacher aggregates name no student and are not.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsService {

	private final Analytics analytics;

	private final AccessPolicy policy;

	private final Roster roster;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	AnalyticsService(Analytics analytics, AccessPolicy policy, Roster roster, JdbcClient jdbc, Clock clock,
			AuditTrail audit) {
		this.audit = audit;
		this.analytics = analytics;
		this.policy = policy;
		this.roster = roster;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	WeeklyTrend weeklyPerformance(Actor actor, long studentId, int weeks, LocalDate until) {
		checkWeeks(weeks);
		this.policy.requireStudent(actor, studentId);
		WeeklyTrend trend = this.analytics.weeklyTrend(studentId, weeks, day(actor, until));
		this.audit.record(actor, AuditAction.VIEW, "weekly_performance", List.of(studentId));
		return trend;
	}

	List<DailySummary> daily(Actor actor, long studentId, LocalDate from, LocalDate to) {
		this.policy.requireStudent(actor, studentId);
		LocalDate end = day(actor, to);
		LocalDate start = (from != null) ? from : end.minusDays(27);
		if (end.isBefore(start)) {
			throw InvalidInputException.field("to", "must not be before from");
		}
		List<DailySummary> days = this.analytics.daily(studentId, start, end);
		this.audit.record(actor, AuditAction.VIEW, "daily_summary", List.of(studentId));
		return days;
	}

	Map<String, Object> overview(Actor actor, long studentId, LocalDate from, LocalDate to) {
		this.policy.requireStudent(actor, studentId);
		LocalDate end = day(actor, to);
		LocalDate start = (from != null) ? from : LocalWeek.of(end).weekStart().minusWeeks(5);
		if (end.isBefore(start)) {
			throw InvalidInputException.field("to", "must not be before from");
		}
		Person student = this.roster.person(studentId).orElseThrow(() -> NotFoundException.of("Student", studentId));
		int weeks = (int) ((LocalWeek.of(end).weekStart().toEpochDay() - LocalWeek.of(start).weekStart().toEpochDay())
				/ 7) + 1;
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put("student", student(student));
		reply.put("weekly_trend", this.analytics.weeklyTrend(studentId, weeks, end).weeklyTrend());
		reply.put("term_performance", named(this.analytics.termPerformanceOf(studentId)));
		reply.put("attendance", this.analytics.attendance(studentId, start, end));
		reply.put("early_warning", this.analytics.earlyWarning(student.schoolId(), studentId, end));
		this.audit.record(actor, AuditAction.VIEW, "student_overview", List.of(studentId));
		return reply;
	}

	List<TermPerformance> termPerformance(Actor actor, long termId, Long classId, Long subjectId) {
		Term term = this.roster.term(termId)
			.filter((t) -> t.schoolId() == actor.schoolId())
			.orElseThrow(() -> NotFoundException.of("Term", termId));
		StudentScope scope = this.policy.scopeOf(actor);
		List<TermPerformance> rows = named(this.analytics.termPerformance(term.id(), classId, subjectId,
				scope.wholeSchool() ? null : scope.studentIds()));
		this.audit.record(actor, AuditAction.VIEW, "term_performance",
				rows.stream().map(TermPerformance::studentId).toList());
		return rows;
	}

	@Transactional
	TermPerformance comment(Actor actor, long studentId, long termId, long subjectId, String comment) {
		this.policy.requireRole(actor, Role.ADMIN, Role.TEACHER);
		if (!this.policy.teaches(actor, studentId, subjectId)) {
			throw NotFoundException.of("TermPerformance", studentId + "/" + termId + "/" + subjectId);
		}
		if (comment != null && comment.length() > 4000) {
			throw InvalidInputException.field("teacher_comment", "must be at most 4000 characters");
		}
		int updated = this.jdbc
			.sql("UPDATE analytics_student_terms SET teacher_comment = ? WHERE student_id = ? AND term_id = ? "
					+ "AND subject_id = ? AND school_id = ?")
			.params((comment != null && !comment.isBlank()) ? comment : null, studentId, termId, subjectId,
					actor.schoolId())
			.update();
		if (updated == 0) {
			throw NotFoundException.of("TermPerformance", studentId + "/" + termId + "/" + subjectId);
		}
		return named(this.analytics.termPerformance(termId, null, subjectId, Set.of(studentId))).get(0);
	}

	Map<String, Object> parentDashboard(Actor actor, int weeks, LocalDate until) {
		checkWeeks(weeks);
		this.policy.requireRole(actor, Role.PARENT);
		LocalDate end = day(actor, until);
		List<Long> children = this.roster.childrenOf(actor.userId());
		Map<Long, Person> people = this.roster.people(children);
		Map<Long, WeeklyTrend> trends = this.analytics.weeklyTrends(children, weeks, end);
		Map<Long, EarlyWarning> warnings = this.analytics.earlyWarnings(actor.schoolId(), children, end);
		Map<Long, BigDecimal> rates = attendanceRates(children, LocalWeek.of(end).weekStart().minusWeeks(weeks - 1L),
				end);
		List<Map<String, Object>> entries = new ArrayList<>();
		for (Long child : children) {
			Person person = people.get(child);
			if (person == null) {
				continue;
			}
			WeeklyTrend trend = trends.get(child);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("student", student(person));
			entry.put("weekly_stats", Map.of("weekly_trend", trend.weeklyTrend(), "total_weeks", trend.totalWeeks()));
			entry.put("attendance_rate", rates.get(child));
			entry.put("early_warning", warnings.get(child));
			entries.add(entry);
		}
		this.audit.record(actor, AuditAction.VIEW, "parent_dashboard", people.keySet());
		return Map.of("children", entries);
	}

	Map<String, Object> teacherPerformance(Actor actor, Long teacherId, int weeks, LocalDate until) {
		checkWeeks(weeks);
		this.policy.requireRole(actor, Role.TEACHER, Role.ADMIN);
		long teacher = actor.userId();
		if (actor.isAdmin()) {
			if (teacherId == null) {
				throw InvalidInputException.field("teacher_id", "is required for an admin");
			}
			teacher = this.roster.person(teacherId)
				.filter((p) -> p.schoolId() == actor.schoolId() && p.role() == Role.TEACHER)
				.orElseThrow(() -> NotFoundException.of("Teacher", teacherId))
				.id();
		}
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put("teacher_id", teacher);
		reply.put("weeks", this.analytics.teacherWeeks(teacher, weeks, day(actor, until)));
		return reply;
	}

	public List<Map<String, Object>> atRisk(Actor actor, LocalDate date) {
		LocalDate asOf = day(actor, date);
		StudentScope scope = this.policy.scopeOf(actor);
		if (scope.isEmpty()) {
			return List.of();
		}
		Map<Long, EarlyWarning> warnings = this.analytics.earlyWarnings(actor.schoolId(),
				scope.wholeSchool() ? null : scope.studentIds(), asOf);
		List<Long> flagged = warnings.entrySet()
			.stream()
			.filter((e) -> e.getValue().atRisk())
			.map(Map.Entry::getKey)
			.toList();
		Map<Long, Person> people = this.roster.people(flagged);
		this.audit.record(actor, AuditAction.VIEW, "at_risk", people.keySet());
		return flagged.stream()
			.map(people::get)
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(Person::lastName)
				.thenComparing(Person::firstName)
				.thenComparing(Person::id))
			.map((p) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("student", student(p));
				row.put("flags", warnings.get(p.id()).flags());
				return row;
			})
			.toList();
	}

	public Map<String, Object> schoolHealth(Actor actor, LocalDate date) {
		this.policy.requireRole(actor, Role.ADMIN);
		long school = actor.schoolId();
		LocalDate asOf = day(actor, date);
		LocalWeek week = LocalWeek.of(asOf);
		Term term = this.roster.termOn(school, asOf).orElse(null);
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put("students", this.roster.countActive(school, Role.STUDENT));
		reply.put("teachers", this.roster.countActive(school, Role.TEACHER));
		reply.put("attendance_rate_today", schoolAttendance(school, asOf, asOf));
		reply.put("attendance_rate_week", schoolAttendance(school, week.weekStart(), week.weekEnd()));
		reply.put("attendance_rate_term",
				(term != null) ? schoolAttendance(school, term.startDate(), term.endDate()) : null);
		reply.put("average_grade_term", (term != null) ? this.jdbc.sql("""
				SELECT ROUND(CAST(SUM(percentage) AS DECIMAL(38, 16)) / NULLIF(COUNT(*), 0), 2) FROM analytics_items
				WHERE school_id = ? AND local_date >= ? AND local_date <= ?""")
			.params(school, term.startDate(), term.endDate())
			.query(BigDecimal.class)
			.optional()
			.orElse(null) : null);
		reply.put("revenue_term", (term != null) ? this.jdbc.sql("""
				SELECT currency, SUM(amount) AS amount FROM analytics_payments
				WHERE school_id = ? AND local_date >= ? AND local_date <= ? GROUP BY currency ORDER BY currency""")
			.params(school, term.startDate(), term.endDate())
			.query((rs, n) -> Map.of("currency", rs.getString("currency").trim(), "amount",
					rs.getBigDecimal("amount").setScale(2, RoundingMode.HALF_UP)))
			.list() : List.of());
		reply.put("at_risk_students",
				this.analytics.earlyWarnings(school, null, asOf)
					.values()
					.stream()
					.filter(EarlyWarning::atRisk)
					.count());
		return reply;
	}

	private BigDecimal schoolAttendance(long school, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT COUNT(*) AS recorded, COALESCE(SUM(CASE WHEN status IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END), 0)
				  AS attended
				FROM analytics_attendance WHERE school_id = ? AND on_date >= ? AND on_date <= ?""")
			.params(school, from, to)
			.query((rs, n) -> Analytics.percent(rs.getLong("attended"), rs.getLong("recorded")))
			.optional()
			.orElse(null);
	}

	private Map<Long, BigDecimal> attendanceRates(List<Long> students, LocalDate from, LocalDate to) {
		Map<Long, BigDecimal> rates = new LinkedHashMap<>();
		if (students.isEmpty()) {
			return rates;
		}
		this.jdbc.sql("""
				SELECT student_id, COUNT(*) AS recorded,
				  SUM(CASE WHEN status IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END) AS attended
				FROM analytics_attendance WHERE student_id IN (:ids) AND on_date >= :from AND on_date <= :to
				GROUP BY student_id""")
			.param("ids", students)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> rates.put(rs.getLong("student_id"),
					Analytics.percent(rs.getLong("attended"), rs.getLong("recorded"))))
			.list();
		return rates;
	}

	private List<TermPerformance> named(List<TermPerformance> rows) {
		Map<Long, Person> people = this.roster
			.people(rows.stream().map(TermPerformance::studentId).distinct().toList());
		return rows.stream()
			.map((r) -> new TermPerformance(r.studentId(),
					(people.get(r.studentId()) != null) ? people.get(r.studentId()).fullName() : null, r.termId(),
					r.subjectId(), r.averageGrade(), r.attendancePercentage(), r.rank(), r.teacherComment()))
			.toList();
	}

	private static Map<String, Object> student(Person p) {
		Map<String, Object> student = new LinkedHashMap<>();
		student.put("id", p.id());
		student.put("first_name", p.firstName());
		student.put("last_name", p.lastName());
		student.put("class_id", p.classSectionId());
		return student;
	}

	private LocalDate day(Actor actor, LocalDate day) {
		return (day != null) ? day : LocalDate.now(this.clock.withZone(this.roster.zoneOf(actor.schoolId())));
	}

	private static void checkWeeks(int weeks) {
		if (weeks < 1 || weeks > 52) {
			throw InvalidInputException.field("weeks", "must be between 1 and 52");
		}
	}

}
