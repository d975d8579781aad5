package org.classlytics.web.admin;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.classlytics.analytics.AnalyticsService;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * School health as of a day (today by default): attendance, average grade, revenue and
 * the students at risk, exactly as {@code /api/analytics/admin/school-health} and
 * {@code /api/analytics/at-risk} answer.
 */
@Controller
class SchoolHealthController {

	private final AccessPolicy access;

	private final AnalyticsService analytics;

	private final Roster roster;

	private final SchoolTime time;

	SchoolHealthController(AccessPolicy access, AnalyticsService analytics, Roster roster, SchoolTime time) {
		this.access = access;
		this.analytics = analytics;
		this.roster = roster;
		this.time = time;
	}

	@GetMapping("/admin/health")
	String health(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		LocalDate asOf = (date != null) ? date : this.time.today(actor);
		model.addAttribute("asOf", asOf);
		model.addAttribute("health", this.analytics.schoolHealth(actor, asOf));
		model.addAttribute("atRisk", this.analytics.atRisk(actor, asOf));
		Map<Long, String> classes = this.roster.classSections(actor.schoolId())
			.stream()
			.collect(Collectors.toMap(ClassSection::id, ClassSection::name));
		model.addAttribute("classNames", classes);
		return "admin/health";
	}

}
