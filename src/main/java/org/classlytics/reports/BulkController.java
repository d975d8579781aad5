package org.classlytics.reports;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.export.Attachment;
import org.classlytics.roster.Actor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/bulk")
class BulkController {

	private final BulkReports bulk;

	private final BulkRateLimiter limiter;

	BulkController(BulkReports bulk, BulkRateLimiter limiter) {
		this.bulk = bulk;
		this.limiter = limiter;
	}

	@PostMapping("/student-performance")
	@Operation(summary = "Student performance reports for up to 50 students", description = """
			Body {student_ids, from, to, format}: 1 to 50 distinct ids (duplicates are ignored), format
			json, csv or zip; from and to default to the current month. Students that do not exist or that
			the caller cannot see are listed as failed_students and never abort the batch. json:
			{total_requested, total_generated, total_failed, reports, failed_students}; csv: one table with
			a row per student, then a "Failed students" section; zip: one PDF per student, plus
			failures.csv when there are failures. At most 10 requests per user per minute; beyond that
			429 with Retry-After (seconds).""")
	ResponseEntity<Object> studentPerformance(Actor actor, @RequestBody BulkRequest request) {
		this.limiter.acquire(actor.userId());
		BulkReports.BulkFile file = this.bulk.generate(actor, request.studentIds(), request.from(), request.to(),
				request.format());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.filename()))
			.body(file.body());
	}

	@ExceptionHandler(BulkRateLimiter.RateLimited.class)
	ResponseEntity<ProblemDetail> rateLimited(BulkRateLimiter.RateLimited ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem);
	}

	record BulkRequest(List<Long> studentIds, LocalDate from, LocalDate to, String format) {

	}

}
