package org.classlytics.web.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.classlytics.analytics.Recompute;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recompute for admins: the form (a date range, dry run), the run's progress while it
 * runs (the page polls {@code /admin/recompute/status}; without JavaScript a refresh
 * link) and its result with the mismatches found.
 */
@Controller
class RecomputePagesController {

	private final AccessPolicy access;

	private final RecomputeRuns runs;

	private final SchoolTime time;

	private final java.time.Clock clock;

	RecomputePagesController(AccessPolicy access, RecomputeRuns runs, SchoolTime time, java.time.Clock clock) {
		this.access = access;
		this.runs = runs;
		this.time = time;
		this.clock = clock;
	}

	@GetMapping("/admin/recompute")
	String page(Actor actor, Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		return page(actor, null, null, false, null, model);
	}

	@PostMapping("/admin/recompute")
	String start(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Model model,
			HttpServletResponse response) {
		this.access.requireRole(actor, Role.ADMIN);
		if (from != null && to != null && to.isBefore(from)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(actor, from, to, dryRun, "to", model);
		}
		this.runs.start(actor.schoolId(), new Recompute.Request(from, to, null, dryRun));
		return "redirect:/admin/recompute";
	}

	/**
	 * The latest run as JSON (whatever the request accepts), for the page's polling.
	 */
	@GetMapping("/admin/recompute/status")
	ResponseEntity<Map<String, Object>> status(Actor actor) {
		this.access.requireRole(actor, Role.ADMIN);
		Map<String, Object> status = new LinkedHashMap<>();
		RecomputeRuns.Run run = this.runs.latest(actor.schoolId()).orElse(null);
		status.put("state", (run != null) ? run.state().name().toLowerCase(java.util.Locale.ROOT) : "none");
		status.put("seconds", (run != null) ? run.seconds(this.clock.instant()) : 0);
		status.put("mismatches", (run != null && run.result() != null) ? run.result().mismatches() : null);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(status);
	}

	private String page(Actor actor, LocalDate from, LocalDate to, boolean dryRun, String invalid, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("invalid", invalid);
		RecomputeRuns.Run run = this.runs.latest(actor.schoolId()).orElse(null);
		model.addAttribute("run", run);
		model.addAttribute("seconds", (run != null) ? run.seconds(this.clock.instant()) : 0);
		model.addAttribute("zone", this.time.zoneOf(actor));
		return "admin/recompute";
	}

}
