package org.classlytics.web.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.classlytics.export.Attachment;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.reports.BulkDownloads;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Bulk student performance reports for a whole class: choose the class, the format (json,
 * csv or zip of PDFs) and optionally the days. The file comes from reports' bulk reports
 * (same rate limit, rules and audit as the API). A request that cannot be served goes
 * back to the form with the reason.
 */
@Controller
class BulkPagesController {

	static final Set<String> PROBLEMS = Set.of("noClass", "noStudents", "tooMany", "invalid");

	private final AccessPolicy access;

	private final BulkDownloads bulk;

	private final Roster roster;

	BulkPagesController(AccessPolicy access, BulkDownloads bulk, Roster roster) {
		this.access = access;
		this.bulk = bulk;
		this.roster = roster;
	}

	@GetMapping("/admin/bulk-reports")
	String form(Actor actor, @RequestParam(name = "class", required = false) Long classId,
			@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String problem,
			Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		model.addAttribute("classes", this.roster.classSections(actor.schoolId()));
		model.addAttribute("selectedClass", classId);
		model.addAttribute("format", format);
		model.addAttribute("problem", (problem != null && PROBLEMS.contains(problem)) ? problem : null);
		return "admin/bulk-reports";
	}

	@PostMapping("/admin/bulk-reports")
	ResponseEntity<Object> download(Actor actor, @RequestParam(name = "class", required = false) Long classId,
			@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		this.access.requireRole(actor, Role.ADMIN);
		ClassSection section = (classId != null)
				? this.roster.classSection(classId).filter((found) -> found.schoolId() == actor.schoolId()).orElse(null)
				: null;
		if (section == null) {
			return back(null, format, "noClass");
		}
		List<Long> students = this.roster.studentsOfClass(section.id())
			.stream()
			.filter(Person::active)
			.map(Person::id)
			.toList();
		if (students.isEmpty()) {
			return back(section.id(), format, "noStudents");
		}
		try {
			BulkDownloads.File file = this.bulk.studentPerformance(actor, students, from, to, format);
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_TYPE, file.contentType())
				.header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.filename()))
				.body(file.body());
		}
		catch (InvalidInputException ex) {
			return back(section.id(), format, "student_ids".equals(ex.errors().get(0).field()) ? "tooMany" : "invalid");
		}
	}

	private static ResponseEntity<Object> back(Long classId, String format, String problem) {
		String location = UriComponentsBuilder.fromPath("/admin/bulk-reports")
			.queryParamIfPresent("class", java.util.Optional.ofNullable(classId))
			.queryParam("format", format)
			.queryParam("problem", problem)
			.build()
			.encode()
			.toUriString();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
	}

}
