package org.classlytics.web;

import java.util.Locale;

import org.classlytics.delivery.Subscriptions;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page of each role. Another role gets the friendly 403 page: the access
 * policy refuses before anything is read.
 */
@Controller
class LandingController {

	private final AccessPolicy access;

	private final RosterViews views;

	private final Charts charts;

	private final Dashboards dashboards;

	private final Subscriptions subscriptions;

	LandingController(AccessPolicy access, RosterViews views, Charts charts, Dashboards dashboards,
			Subscriptions subscriptions) {
		this.access = access;
		this.views = views;
		this.charts = charts;
		this.dashboards = dashboards;
		this.subscriptions = subscriptions;
	}

	@GetMapping("/admin")
	String admin(Actor actor, Locale locale, Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		SchoolOverview overview = this.views.school(actor);
		model.addAttribute("overview", overview);
		model.addAttribute("classChart", this.charts.studentsPerClass(overview, locale));
		return "home/admin";
	}

	@GetMapping("/teacher")
	String teacher(Actor actor, Model model) {
		this.access.requireRole(actor, Role.TEACHER);
		model.addAttribute("students", this.views.studentsOfTeacher(actor));
		return "home/teacher";
	}

	@GetMapping("/tutor")
	String tutor(Actor actor, Locale locale, Model model) {
		this.access.requireRole(actor, Role.TUTOR);
		var students = this.views.studentsInReach(actor);
		model.addAttribute("students", students);
		model.addAttribute("dashboards",
				this.dashboards.students(actor, students.stream().map(StudentCard::id).toList(), locale));
		return "home/tutor";
	}

	@GetMapping("/parent")
	String parent(Actor actor, Locale locale, Model model) {
		this.access.requireRole(actor, Role.PARENT);
		var children = this.views.childrenOf(actor);
		model.addAttribute("children", children);
		model.addAttribute("dashboards",
				this.dashboards.students(actor, children.stream().map(StudentCard::id).toList(), locale));
		model.addAttribute("subscriptions", this.subscriptions.of(actor));
		return "home/parent";
	}

	@GetMapping("/student")
	String student(Actor actor, Locale locale, Model model) {
		this.access.requireRole(actor, Role.STUDENT);
		model.addAttribute("profile", this.views.student(actor, actor.userId()));
		model.addAttribute("dashboard", this.dashboards.student(actor, actor.userId(), locale));
		return "home/student";
	}

}
