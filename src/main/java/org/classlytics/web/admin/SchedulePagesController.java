package org.classlytics.web.admin;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.classlytics.delivery.RecipientJson;
import org.classlytics.delivery.ReportSchedules;
import org.classlytics.delivery.ScheduleJson;
import org.classlytics.platform.ConflictException;
import org.classlytics.platform.FieldProblem;
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
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Report schedules for admins: the list, the form (create and edit), and a schedule's
 * page with its recipients, "run now", a test email and the history of its executions
 * with each recipient's outcome. Every rule is delivery's ({@link ReportSchedules}); a
 * broken rule comes back as the form again with the fields named.
 */
@Controller
class SchedulePagesController {

	static final int HISTORY = 10;

	private final AccessPolicy access;

	private final ReportSchedules schedules;

	private final Roster roster;

	private final SchoolTime time;

	SchedulePagesController(AccessPolicy access, ReportSchedules schedules, Roster roster, SchoolTime time) {
		this.access = access;
		this.schedules = schedules;
		this.roster = roster;
		this.time = time;
	}

	@GetMapping("/admin/schedules")
	String list(Actor actor, @RequestParam(required = false) Integer page, Locale locale, Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		PageQuery query = Pager.query(page);
		Paged<ScheduleJson> found = this.schedules.list(actor, query);
		model.addAttribute("schedules", found.results());
		model.addAttribute("pager", Pager.of(query, found.count()));
		model.addAttribute("dayNames", dayNames(locale));
		model.addAttribute("zone", this.time.zoneOf(actor));
		return "admin/schedules";
	}

	@GetMapping("/admin/schedules/new")
	String newForm(Actor actor, Locale locale, Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		return form(actor, null, ScheduleForm.blank(this.time.zoneOf(actor).getId()), List.of(), locale, model);
	}

	@PostMapping("/admin/schedules")
	String create(Actor actor, ScheduleForm form, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.access.requireRole(actor, Role.ADMIN);
		try {
			ScheduleJson created = this.schedules.create(actor, form.toInput());
			redirect.addFlashAttribute("notice", "created");
			return "redirect:/admin/schedules/" + created.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(actor, null, form, ex.errors(), locale, model);
		}
	}

	@GetMapping("/admin/schedules/{id}/edit")
	String editForm(Actor actor, @PathVariable long id, Locale locale, Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		ScheduleJson schedule = this.schedules.get(actor, id);
		return form(actor, schedule.id(), ScheduleForm.of(schedule), List.of(), locale, model);
	}

	@PostMapping("/admin/schedules/{id}")
	String update(Actor actor, @PathVariable long id, ScheduleForm form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireRole(actor, Role.ADMIN);
		try {
			this.schedules.update(actor, id, form.toInput());
			redirect.addFlashAttribute("notice", "updated");
			return "redirect:/admin/schedules/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(actor, id, form, ex.errors(), locale, model);
		}
	}

	@GetMapping("/admin/schedules/{id}")
	String schedule(Actor actor, @PathVariable long id, Locale locale, Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		ScheduleJson schedule = this.schedules.get(actor, id);
		List<RecipientJson> recipients = this.schedules.recipients(actor, id);
		Set<Long> receiving = recipients.stream()
			.filter(RecipientJson::subscribed)
			.map(RecipientJson::recipientId)
			.collect(Collectors.toSet());
		List<Person> candidates = this.roster.peopleOfSchool(actor.schoolId())
			.stream()
			.filter((person) -> person.active() && !receiving.contains(person.id()))
			.sorted(java.util.Comparator.comparing(Person::lastName).thenComparing(Person::firstName))
			.toList();
		var history = this.schedules.history(actor, id, HISTORY);
		model.addAttribute("schedule", schedule);
		model.addAttribute("recipients", recipients);
		model.addAttribute("candidates", candidates);
		model.addAttribute("history", history);
		model.addAttribute("running", history.stream().anyMatch((run) -> "started".equals(run.execution().status())));
		model.addAttribute("subject", (schedule.scope().subjectId() != null)
				? this.roster.subject(schedule.scope().subjectId()).map((s) -> s.name()).orElse(null) : null);
		model.addAttribute("dayNames", dayNames(locale));
		model.addAttribute("zone", this.time.zoneOf(actor));
		return "admin/schedule";
	}

	@PostMapping("/admin/schedules/{id}/recipients")
	String addRecipient(Actor actor, @PathVariable long id,
			@RequestParam(name = "recipientId", required = false) Long recipientId, RedirectAttributes redirect) {
		this.access.requireRole(actor, Role.ADMIN);
		try {
			this.schedules.addRecipient(actor, id, recipientId);
			redirect.addFlashAttribute("notice", "recipientAdded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", (recipientId == null) ? "recipientMissing" : "recipientRefused");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", "recipientAlready");
		}
		return "redirect:/admin/schedules/" + id;
	}

	@PostMapping("/admin/schedules/{id}/recipients/{recipientId}/remove")
	String removeRecipient(Actor actor, @PathVariable long id, @PathVariable long recipientId,
			RedirectAttributes redirect) {
		this.access.requireRole(actor, Role.ADMIN);
		this.schedules.removeRecipient(actor, id, recipientId);
		redirect.addFlashAttribute("notice", "recipientRemoved");
		return "redirect:/admin/schedules/" + id;
	}

	@PostMapping("/admin/schedules/{id}/run")
	String runNow(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.access.requireRole(actor, Role.ADMIN);
		long execution = this.schedules.runNow(actor, id);
		redirect.addFlashAttribute("notice", "started");
		redirect.addFlashAttribute("executionId", execution);
		return "redirect:/admin/schedules/" + id;
	}

	@PostMapping("/admin/schedules/{id}/test-email")
	String testEmail(Actor actor, @PathVariable long id, @RequestParam(required = false) String email,
			RedirectAttributes redirect) {
		this.access.requireRole(actor, Role.ADMIN);
		try {
			this.schedules.sendTestEmail(actor, id, email);
			redirect.addFlashAttribute("notice", "testSent");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "testEmailInvalid");
		}
		catch (RuntimeException ex) {
			if (!(ex instanceof ErrorResponse refusal) || refusal.getStatusCode().value() != 429) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", "testEmailLimit");
		}
		return "redirect:/admin/schedules/" + id;
	}

	private String form(Actor actor, Long id, ScheduleForm form, List<FieldProblem> errors, Locale locale,
			Model model) {
		model.addAttribute("scheduleId", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.stream().map(FieldProblem::field).distinct().toList());
		model.addAttribute("students", this.roster.activeStudents(actor.schoolId()));
		model.addAttribute("subjects", this.roster.subjectsOfSchool(actor.schoolId()));
		model.addAttribute("dayNames", dayNames(locale));
		return "admin/schedule-form";
	}

	/**
	 * The days of the week in the reader's language, Monday first (index 0 is day 1).
	 */
	static List<String> dayNames(Locale locale) {
		List<String> names = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String name = day.getDisplayName(TextStyle.FULL, locale);
			names.add(name.substring(0, 1).toUpperCase(locale) + name.substring(1));
		}
		return names;
	}

}
