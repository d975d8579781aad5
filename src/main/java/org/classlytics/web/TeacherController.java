package org.classlytics.web;

import java.time.LocalDate;
import java.util.Locale;

import org.classlytics.analytics.Analytics;
import org.classlytics.analytics.TermComments;
import org.classlytics.platform.ConflictException;
import org.classlytics.reports.ReportFiles;
import org.classlytics.reports.Reports;
import org.classlytics.reports.TeacherReports;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;
import org.classlytics.roster.Subject;
import org.classlytics.roster.Term;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A teacher's pages: the class report of a week (with its downloads and the stored
 * reports to generate and send), term performance with their comments, and their own
 * weekly metrics. Other roles get the friendly 403 before anything is read.
 */
@Controller
class TeacherController {

	private final AccessPolicy access;

	private final TeacherViews views;

	private final Dashboards dashboards;

	private final Reports reports;

	private final ReportFiles files;

	private final TeacherReports stored;

	private final Analytics analytics;

	private final TermComments comments;

	private final Charts charts;

	TeacherController(AccessPolicy access, TeacherViews views, Dashboards dashboards, Reports reports,
			ReportFiles files, TeacherReports stored, Analytics analytics, TermComments comments, Charts charts) {
		this.access = access;
		this.views = views;
		this.dashboards = dashboards;
		this.reports = reports;
		this.files = files;
		this.stored = stored;
		this.analytics = analytics;
		this.comments = comments;
		this.charts = charts;
	}

	@GetMapping("/teacher/week")
	String week(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) Long subject, Model model) {
		this.access.requireRole(actor, Role.TEACHER);
		LocalDate today = this.dashboards.today(actor);
		Subject chosen = this.views.subject(actor, subject).orElse(null);
		var report = this.reports.teacherWeekly(actor, null, week, subject, null);
		model.addAttribute("weeks", this.views.weeks(today));
		model.addAttribute("subjects", this.views.subjects(actor));
		model.addAttribute("subject", chosen);
		model.addAttribute("report", report);
		model.addAttribute("stored", this.stored.ofWeek(actor, report.weekStart()));
		return "teacher/week";
	}

	@GetMapping("/teacher/week/download")
	ResponseEntity<byte[]> download(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) Long subject, @RequestParam String format) {
		this.access.requireRole(actor, Role.TEACHER);
		this.views.subject(actor, subject);
		return Downloads.of(this.files.teacherWeekly(actor, null, week, subject, format));
	}

	@PostMapping("/teacher/week/generate")
	String generate(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) Long subject) {
		this.access.requireRole(actor, Role.TEACHER);
		this.views.subject(actor, subject);
		int count = this.stored.generate(actor, week, subject);
		return "redirect:" + weekPage(week, subject).queryParam("done", "generated")
			.queryParam("count", count)
			.fragment("stored")
			.build()
			.toUriString();
	}

	@PostMapping("/teacher/reports/{id}/send")
	String send(Actor actor, @PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) Long subject) {
		this.access.requireRole(actor, Role.TEACHER);
		String done;
		try {
			this.stored.send(actor, id);
			done = "sent";
		}
		catch (ConflictException ex) {
			done = "not-sent";
		}
		return "redirect:" + weekPage(week, subject).queryParam("done", done).fragment("stored").build().toUriString();
	}

	@GetMapping("/teacher/terms")
	String terms(Actor actor, @RequestParam(required = false) Long term, @RequestParam(required = false) Long subject,
			Model model) {
		this.access.requireRole(actor, Role.TEACHER);
		Subject chosen = this.views.subject(actor, subject).orElse(null);
		Term shown = this.views.term(actor, term, this.dashboards.today(actor)).orElse(null);
		model.addAttribute("terms", this.views.terms(actor));
		model.addAttribute("term", shown);
		model.addAttribute("subjects", this.views.subjects(actor));
		model.addAttribute("subject", chosen);
		model.addAttribute("rows", (shown != null) ? this.views.termRows(actor, shown, subject) : java.util.List.of());
		return "teacher/terms";
	}

	@PostMapping("/teacher/terms/comment")
	String comment(Actor actor, @RequestParam long student, @RequestParam long term, @RequestParam long subject,
			@RequestParam(defaultValue = "") String comment, @RequestParam(required = false) Long filter) {
		this.access.requireRole(actor, Role.TEACHER);
		this.comments.comment(actor, student, term, subject, comment);
		UriComponentsBuilder page = UriComponentsBuilder.fromPath("/teacher/terms").queryParam("term", term);
		if (filter != null) {
			page.queryParam("subject", filter);
		}
		return "redirect:"
				+ page.queryParam("done", "saved").fragment("row-" + student + "-" + subject).build().toUriString();
	}

	@GetMapping("/teacher/metrics")
	String metrics(Actor actor, Locale locale, Model model) {
		this.access.requireRole(actor, Role.TEACHER);
		var weeks = this.analytics.teacherWeeks(actor.userId(), TeacherViews.METRIC_WEEKS,
				this.dashboards.today(actor));
		model.addAttribute("weeks", weeks);
		model.addAttribute("chart", this.charts.teacherWeeks(weeks, locale));
		return "teacher/metrics";
	}

	private static UriComponentsBuilder weekPage(LocalDate week, Long subject) {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath("/teacher/week").queryParam("week", week);
		if (subject != null) {
			page.queryParam("subject", subject);
		}
		return page;
	}

}
