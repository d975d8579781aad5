package org.classlytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.classlytics.analytics.Analytics;
import org.classlytics.analytics.DailySummary;
import org.classlytics.analytics.EarlyWarning;
import org.classlytics.analytics.WeeklyTrend;
import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.coursework.AssignmentFacts;
import org.classlytics.coursework.Coursework;
import org.classlytics.coursework.QuizFacts;
import org.classlytics.coursework.SubmissionFacts;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Roster;
import org.classlytics.roster.Subject;

import org.springframework.stereotype.Component;

/**
 * Builds students' dashboards from the analytics and coursework facades: the trends and
 * flags of several students in one query each, attendance per student. Who may see whom
 * is the access policy's answer.
 */
@Component
class Dashboards {

	/**
	 * The weeks of a trend, the current one included.
	 */
	static final int WEEKS = 6;

	/**
	 * The graded items a dashboard lists, newest first.
	 */
	static final int LATEST_WORK = 5;

	/**
	 * The days of the daily summary, today included.
	 */
	static final int DAYS = 14;

	/**
	 * What the audit trail calls a dashboard shown on a page.
	 */
	static final String KIND = "student_dashboard";

	private final Analytics analytics;

	private final Coursework coursework;

	private final Roster roster;

	private final AccessPolicy access;

	private final Charts charts;

	private final Clock clock;

	private final AuditTrail audit;

	Dashboards(Analytics analytics, Coursework coursework, Roster roster, AccessPolicy access, Charts charts,
			Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.analytics = analytics;
		this.coursework = coursework;
		this.roster = roster;
		this.access = access;
		this.charts = charts;
		this.clock = clock;
	}

	/**
	 * Today in the school's time zone.
	 */
	LocalDate today(Actor actor) {
		return LocalDate.now(this.clock.withZone(this.roster.zoneOf(actor.schoolId())));
	}

	/**
	 * The first day of a dashboard ending on {@code today}: the Monday {@link #WEEKS}
	 * weeks back, counting the current week.
	 */
	static LocalDate firstDay(LocalDate today) {
		return LocalWeek.of(today).weekStart().minusWeeks(WEEKS - 1L);
	}

	/**
	 * One student's dashboard with the daily summary; a student out of reach is not
	 * found.
	 */
	StudentDashboard student(Actor actor, long studentId, Locale locale) {
		this.access.requireStudent(actor, studentId);
		return of(actor, List.of(studentId), locale, true).get(studentId);
	}

	/**
	 * The dashboards of students the caller may see, without daily summaries.
	 */
	Map<Long, StudentDashboard> students(Actor actor, Collection<Long> studentIds, Locale locale) {
		java.util.Set<Long> visible = this.access.visibleAmong(actor, studentIds);
		return of(actor, studentIds.stream().filter(visible::contains).distinct().toList(), locale, false);
	}

	private Map<Long, StudentDashboard> of(Actor actor, List<Long> ids, Locale locale, boolean withDays) {
		LocalDate today = today(actor);
		LocalDate from = firstDay(today);
		ZoneId zone = this.roster.zoneOf(actor.schoolId());
		Map<Long, WeeklyTrend> trends = this.analytics.weeklyTrends(ids, WEEKS, today);
		Map<Long, EarlyWarning> warnings = ids.isEmpty() ? Map.of()
				: this.analytics.earlyWarnings(actor.schoolId(), ids, today);
		Map<Long, List<StudentDashboard.GradedWork>> work = latestWork(ids, from.atStartOfDay(zone).toInstant(),
				this.clock.instant(), zone);
		Map<Long, StudentDashboard> dashboards = new LinkedHashMap<>();
		for (Long id : ids) {
			WeeklyTrend trend = trends.get(id);
			List<DailySummary> days = new ArrayList<>();
			if (withDays) {
				days.addAll(this.analytics.daily(id, today.minusDays(DAYS - 1L), today));
				java.util.Collections.reverse(days);
			}
			dashboards.put(id, new StudentDashboard(id, from, today, trend.weeklyTrend(),
					this.charts.weeklyTrend(trend.weeklyTrend(), locale), this.analytics.attendance(id, from, today),
					warnings.get(id), work.getOrDefault(id, List.of()), days));
		}
		this.audit.record(actor, AuditAction.VIEW, KIND, dashboards.keySet());
		return dashboards;
	}

	/**
	 * The newest graded submissions and quiz attempts of each student, in two queries,
	 * with the titles of the few that are shown.
	 */
	private Map<Long, List<StudentDashboard.GradedWork>> latestWork(List<Long> ids, Instant from, Instant to,
			ZoneId zone) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		record Item(long studentId, Instant at, long sourceId, boolean quiz, long subjectId, BigDecimal percentage) {
		}
		Stream<Item> submissions = this.coursework.submissionsIn(ids, null, null, from, to)
			.stream()
			.filter(SubmissionFacts::graded)
			.filter((s) -> s.gradedAt() != null && !s.gradedAt().isBefore(from) && !s.gradedAt().isAfter(to))
			.map((s) -> new Item(s.studentId(), s.gradedAt(), s.assignmentId(), false, s.subjectId(), s.percentage()));
		Stream<Item> attempts = this.coursework.gradedAttempts(ids, null, null, from, to)
			.stream()
			.filter((a) -> a.counts())
			.map((a) -> new Item(a.studentId(), a.completedAt(), a.quizId(), true, a.subjectId(), a.percentage()));
		Map<Long, List<Item>> newest = new HashMap<>();
		Stream.concat(submissions, attempts)
			.sorted(Comparator.comparing(Item::at).reversed().thenComparing(Item::sourceId))
			.forEach((item) -> {
				List<Item> list = newest.computeIfAbsent(item.studentId(), (k) -> new ArrayList<>());
				if (list.size() < LATEST_WORK) {
					list.add(item);
				}
			});
		List<Item> shown = newest.values().stream().flatMap(List::stream).toList();
		Map<Long, Subject> subjects = this.roster.subjects(shown.stream().map(Item::subjectId).distinct().toList());
		Map<String, String> titles = new HashMap<>();
		for (Item item : shown) {
			titles.computeIfAbsent((item.quiz() ? "q" : "a") + item.sourceId(),
					(key) -> item.quiz() ? this.coursework.quiz(item.sourceId()).map(QuizFacts::title).orElse("")
							: this.coursework.assignment(item.sourceId()).map(AssignmentFacts::title).orElse(""));
		}
		Map<Long, List<StudentDashboard.GradedWork>> result = new HashMap<>();
		newest.forEach((student, items) -> result.put(student, items.stream()
			.map((item) -> new StudentDashboard.GradedWork(item.at(), LocalDate.ofInstant(item.at(), zone), item.quiz(),
					titles.get((item.quiz() ? "q" : "a") + item.sourceId()),
					Objects.requireNonNullElse(subjects.get(item.subjectId()), new Subject(item.subjectId(), 0, "", ""))
						.name(),
					(item.percentage() != null) ? item.percentage().setScale(2, RoundingMode.HALF_UP) : null))
			.toList()));
		return result;
	}

}
