package org.classlytics.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.roster.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnalyticsController {

	private final AnalyticsService analytics;

	AnalyticsController(AnalyticsService analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/api/analytics/student/{id}/weekly-performance")
	@Operation(summary = "A student's weekly trend", description = """
			The last `weeks` (1 to 52, default 6) calendar weeks up to and including the week of `until`
			(default today, school time), oldest first; a week without graded items has null averages and
			zero counts. total_weeks is the number of weeks in the series.""")
	WeeklyTrend weekly(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "6") int weeks,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		return this.analytics.weeklyPerformance(actor, id, weeks, until);
	}

	@GetMapping("/api/analytics/student/{id}/daily")
	@Operation(summary = "A student's daily summaries", description = """
			One entry per day from `from` to `to` (inclusive; default the last 28 days) that has
			attendance, an assignment due or a behaviour entry.""")
	List<DailySummary> daily(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.analytics.daily(actor, id, from, to);
	}

	@GetMapping("/api/analytics/student/{id}/overview")
	@Operation(summary = "The data behind a student's charts", description = """
			weekly_trend covers the weeks that overlap `from` to `to` (default: the six weeks up to today);
			attendance counts that range; early_warning is as of `to`.""")
	Map<String, Object> overview(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.analytics.overview(actor, id, from, to);
	}

	@GetMapping("/api/analytics/terms/{termId}/performance")
	@Operation(summary = "Term performance rows of the students the caller can see")
	List<TermPerformance> term(Actor actor, @PathVariable long termId,
			@RequestParam(name = "class_id", required = false) Long classId,
			@RequestParam(name = "subject_id", required = false) Long subjectId) {
		return this.analytics.termPerformance(actor, termId, classId, subjectId);
	}

	@PutMapping("/api/analytics/term-performance/{studentId}/{termId}/{subjectId}/comment")
	@Operation(summary = "Set the teacher's comment", description = """
			Only the subject teacher (an active enrollment of the student in the subject) or an admin;
			other roles get 403, other teachers 404. A blank comment clears it.""")
	TermPerformance comment(Actor actor, @PathVariable long studentId, @PathVariable long termId,
			@PathVariable long subjectId, @RequestBody CommentBody body) {
		return this.analytics.comment(actor, studentId, termId, subjectId, body.teacherComment());
	}

	@GetMapping("/api/parent/dashboard")
	@Operation(summary = "A parent's children", description = """
			Parents only. attendance_rate is over the weeks of the trend; early_warning is as of `until`.""")
	Map<String, Object> parentDashboard(Actor actor, @RequestParam(defaultValue = "6") int weeks,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		return this.analytics.parentDashboard(actor, weeks, until);
	}

	@GetMapping("/api/analytics/teacher/my-performance")
	@Operation(summary = "A teacher's weekly metrics", description = """
			Teachers get their own; an admin passes teacher_id. Weeks oldest first, empty weeks with zeros.""")
	Map<String, Object> teacher(Actor actor, @RequestParam(defaultValue = "8") int weeks,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		return this.analytics.teacherPerformance(actor, teacherId, weeks, until);
	}

	@GetMapping("/api/analytics/admin/school-health")
	@Operation(summary = "School health", description = """
			Admins only. The week is Monday to Sunday of `date`; the term is the one containing `date`
			(term figures are null and revenue empty when there is none).""")
	Map<String, Object> schoolHealth(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.analytics.schoolHealth(actor, date);
	}

	@GetMapping("/api/analytics/at-risk")
	@Operation(summary = "Students at risk", description = """
			The students the caller can see that have at least one early-warning flag as of `date`,
			ordered by name: [{student, flags: [{flag, reason, value, threshold}]}].""")
	List<Map<String, Object>> atRisk(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.analytics.atRisk(actor, date);
	}

	record CommentBody(String teacherComment) {

	}

}
