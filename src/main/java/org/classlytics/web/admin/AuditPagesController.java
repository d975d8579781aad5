package org.classlytics.web.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.classlytics.audit.AuditEntry;
import org.classlytics.audit.AuditLog;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, filtered by student and by school-local days (as the API's
 * {@code student_id}, {@code from} and {@code to}), newest first, a page at a time.
 */
@Controller
class AuditPagesController {

	private final AccessPolicy access;

	private final AuditLog log;

	private final SchoolTime time;

	private final Roster roster;

	AuditPagesController(AccessPolicy access, AuditLog log, SchoolTime time, Roster roster) {
		this.access = access;
		this.log = log;
		this.time = time;
		this.roster = roster;
	}

	@GetMapping("/admin/audit")
	String audit(Actor actor, @RequestParam(name = "student", required = false) Long studentId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
		this.access.requireRole(actor, Role.ADMIN);
		PageQuery query = Pager.query(page);
		String start = blankToNull(from);
		String end = blankToNull(to);
		model.addAttribute("student", studentId);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("zone", this.time.zoneOf(actor));
		List<Person> students = this.roster.activeStudents(actor.schoolId());
		model.addAttribute("students", students);
		Map<Long, String> names = new HashMap<>();
		students.forEach((person) -> names.put(person.id(), person.fullName()));
		model.addAttribute("names", names);
		try {
			Paged<AuditEntry> entries = this.log.entries(actor, studentId, start, end, query);
			model.addAttribute("entries", entries.results());
			model.addAttribute("pager", Pager.of(query, entries.count()));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("entries", List.of());
			model.addAttribute("pager", Pager.of(query, 0));
			model.addAttribute("invalid", ex.errors().get(0).field());
		}
		return "admin/audit";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
