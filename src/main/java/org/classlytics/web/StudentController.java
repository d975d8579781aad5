package org.classlytics.web;

import java.time.LocalDate;
import java.util.Locale;

import org.classlytics.reports.ReportFiles;
import org.classlytics.roster.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A student's page: details, subjects and the dashboard (trend, attendance, flags, latest
 * work, daily summary), and the download of their report over the dashboard's weeks. A
 * student out of the caller's reach is not found (404), as in the API.
 */
@Controller
class StudentController {

	private final RosterViews views;

	private final Dashboards dashboards;

	private final ReportFiles files;

	StudentController(RosterViews views, Dashboards dashboards, ReportFiles files) {
		this.views = views;
		this.dashboards = dashboards;
		this.files = files;
	}

	@GetMapping("/students/{id}")
	String student(Actor actor, @PathVariable long id, Locale locale, Model model) {
		model.addAttribute("profile", this.views.student(actor, id));
		model.addAttribute("dashboard", this.dashboards.student(actor, id, locale));
		return "students/student";
	}

	@GetMapping("/students/{id}/report")
	ResponseEntity<byte[]> report(Actor actor, @PathVariable long id, @RequestParam String format) {
		LocalDate today = this.dashboards.today(actor);
		return Downloads.of(this.files.studentPerformance(actor, id, Dashboards.firstDay(today), today, format));
	}

}
