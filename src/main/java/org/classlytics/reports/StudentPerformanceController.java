package org.classlytics.reports;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.roster.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/student-performance")
class StudentPerformanceController {

	private final StudentPerformanceService performance;

	StudentPerformanceController(StudentPerformanceService performance) {
		this.performance = performance;
	}

	@GetMapping("/{studentId}")
	@Operation(summary = "A student's performance over a range of days", description = """
			Either from and to (inclusive local days) or period: week (the current ISO week, Monday to
			Sunday), month (the current calendar month) or term (the academic term containing today),
			all relative to today in the school's time zone. With neither, the current month. Giving
			period together with from or to is 400. A student outside the caller's reach is 404.""")
	StudentPerformanceReport get(Actor actor, @PathVariable long studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String period) {
		return this.performance.view(actor, studentId, from, to, period);
	}

}
