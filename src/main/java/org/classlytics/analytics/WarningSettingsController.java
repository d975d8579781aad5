package org.classlytics.analytics;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The school's early-warning thresholds (admins only); a school that never set them uses
 * the defaults of metrics.md.
 */
@RestController
class WarningSettingsController {

	private static final String PATH = "/api/analytics/settings/early-warning";

	private final Analytics analytics;

	private final AccessPolicy policy;

	private final JdbcClient jdbc;

	private final Validator validator;

	WarningSettingsController(Analytics analytics, AccessPolicy policy, JdbcClient jdbc, Validator validator) {
		this.analytics = analytics;
		this.validator = validator;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	@GetMapping(PATH)
	WarningThresholds get(Actor actor) {
		this.policy.requireRole(actor, Role.ADMIN);
		return this.analytics.thresholds(actor.schoolId());
	}

	@PutMapping(PATH)
	@Transactional
	@Operation(summary = "Replace the school's early-warning thresholds", description = """
			All five fields are required: low_attendance_below, low_grades_below and missing_work_below
			(0 to 100), declining_weeks (2 to 12 weeks with a record), declining_points (0 to 100).""")
	WarningThresholds put(Actor actor, @RequestBody ThresholdsBody body) {
		this.policy.requireRole(actor, Role.ADMIN);
		List<FieldProblem> problems = this.validator.validate(body)
			.stream()
			.map((v) -> new FieldProblem(
					v.getPropertyPath().toString().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT),
					v.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.jdbc.sql("DELETE FROM analytics_school_settings WHERE school_id = ?").param(actor.schoolId()).update();
		this.jdbc.sql("""
				INSERT INTO analytics_school_settings (school_id, low_attendance_below, low_grades_below,
				  declining_weeks, declining_points, missing_work_below) VALUES (?, ?, ?, ?, ?, ?)""")
			.params(actor.schoolId(), body.lowAttendanceBelow(), body.lowGradesBelow(), body.decliningWeeks(),
					body.decliningPoints(), body.missingWorkBelow())
			.update();
		return this.analytics.thresholds(actor.schoolId());
	}

	record ThresholdsBody(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal lowAttendanceBelow,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal lowGradesBelow,
			@NotNull @Min(2) @Max(12) Integer decliningWeeks,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal decliningPoints,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal missingWorkBelow) {

	}

}
