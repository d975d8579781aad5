package org.classlytics.reports;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.export.Attachment;
import org.classlytics.roster.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
class DownloadController {

	private final DownloadService downloads;

	DownloadController(DownloadService downloads) {
		this.downloads = downloads;
	}

	@PostMapping("/student-performance/download")
	@Operation(summary = "The student performance report as a file", description = """
			Body {student_id, from, to, format}: format is pdf, csv, xlsx or json. from and to default
			to the current month. The file comes as an attachment named
			<last>_<first>_performance_<from>_<to>.<ext>. A student outside the caller's reach is 404.""")
	ResponseEntity<Object> studentPerformance(Actor actor, @RequestBody DownloadRequest request) {
		return reply(this.downloads.studentPerformance(actor, request.studentId(), request.from(), request.to(),
				request.format()));
	}

	@GetMapping("/teacher-weekly/export")
	@Operation(summary = "The teacher weekly class report as a file (pdf, csv or xlsx)", description = """
			Same scope and rules as GET /api/reports/teacher-weekly (an admin passes teacher_id). Named
			<last>_<first>_weekly_<week_start>.<ext> after the teacher.""")
	ResponseEntity<Object> teacherWeekly(Actor actor,
			@RequestParam(name = "week_start",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(name = "subject_id", required = false) Long subjectId,
			@RequestParam(required = false) String format) {
		return reply(this.downloads.teacherWeekly(actor, teacherId, weekStart, subjectId, format));
	}

	private static ResponseEntity<Object> reply(DownloadService.Download download) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, download.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(download.filename()))
			.body(download.body());
	}

	record DownloadRequest(Long studentId, LocalDate from, LocalDate to, String format) {

	}

}
