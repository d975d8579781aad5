package org.classlytics.reports;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
class TeacherWeeklyController {

	private final TeacherWeeklyService weekly;

	private final StoredReportService stored;

	TeacherWeeklyController(TeacherWeeklyService weekly, StoredReportService stored) {
		this.weekly = weekly;
		this.stored = stored;
	}

	@GetMapping("/teacher-weekly")
	@Operation(summary = "The live teacher weekly class report", description = """
			A teacher gets their own report; an admin passes teacher_id. week_start must be a Monday
			(default: the current week in school time). subject_id and student_id narrow the class.
			Other roles get 403.""")
	TeacherWeeklyReport live(Actor actor,
			@RequestParam(name = "week_start",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(name = "subject_id", required = false) Long subjectId,
			@RequestParam(name = "student_id", required = false) Long studentId) {
		return this.weekly.live(actor, teacherId, weekStart, subjectId, studentId);
	}

	@PostMapping("/teacher-weekly-reports/generate_now")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Store the teacher's weekly reports, one per (student, subject)", description = """
			Teachers only. Creates the missing reports and refreshes DRAFT ones; SENT reports are never
			touched. reports_created counts the reports written (created or refreshed) and reports lists
			them.""")
	TeacherWeeklyService.Generated generate(Actor actor, @RequestBody(required = false) GenerateRequest request) {
		GenerateRequest body = (request != null) ? request : new GenerateRequest(null, null, null);
		return this.weekly.generate(actor, body.weekStart(), body.studentId(), body.subjectId());
	}

	@GetMapping("/teacher-weekly-reports")
	@Operation(summary = "Stored teacher weekly reports the caller may see, newest week first")
	Paged<StoredReport> list(Actor actor, PageQuery page,
			@RequestParam(name = "week_start",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart,
			@RequestParam(required = false) StoredReport.Status status) {
		return this.stored.list(actor, weekStart, status, page);
	}

	@GetMapping("/teacher-weekly-reports/{id}")
	StoredReport get(Actor actor, @PathVariable long id) {
		return this.stored.get(actor, id);
	}

	@PostMapping("/teacher-weekly-reports/{id}/send")
	@Operation(summary = "Email the report, with its PDF, to the student's tutor and mark it SENT", description = """
			Only the report's teacher or an admin; 409 when already SENT or when the student has no tutor.""")
	StoredReport send(Actor actor, @PathVariable long id) {
		return this.stored.send(actor, id);
	}

	record GenerateRequest(LocalDate weekStart, Long studentId, Long subjectId) {

	}

}
