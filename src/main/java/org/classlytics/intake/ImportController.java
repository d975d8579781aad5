package org.classlytics.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.Actor;

import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import/{kind}} (text/csv) and {@code POST /api/import/oneroster} (a
 * zip). A valid file answers 200 with {@code {created, updated, errors: []}}; a file with
 * errors imports nothing and answers 400, a problem that carries the same fields with
 * every error; a file above the size limit answers 413.
 */
@RestController
@RequestMapping("/api/import")
class ImportController {

	private final Intake intake;

	private final IntakeSettings settings;

	ImportController(Intake intake, IntakeSettings settings) {
		this.intake = intake;
		this.settings = settings;
	}

	@PostMapping("/oneroster")
	@Operation(summary = "Import a OneRoster 1.2 CSV zip",
			description = "orgs, academicSessions, courses, classes, users (agents become guardians), roles, "
					+ "enrollments, lineItems and results, mapped as docs/import.md describes. Admins only. All or "
					+ "nothing, with errors named file.csv:column.")
	ResponseEntity<Map<String, Object>> importOneRoster(Actor actor, HttpServletRequest request) throws IOException {
		tooLarge(request);
		try (InputStream body = request.getInputStream()) {
			return reply(this.intake.importOneRoster(actor, body, (rows) -> {
			}));
		}
	}

	@PostMapping("/{kind}")
	@Operation(summary = "Import a CSV file of one record kind",
			description = "kind is users, enrollments, assignments, submissions, grades, quiz-attempts, attendance, "
					+ "study-sessions or payments; the columns are in docs/import.md. All or nothing: any invalid row "
					+ "imports nothing and answers 400 with {created: 0, updated: 0, errors: [{line, field, message}]}. "
					+ "Admins import anything in their school; teachers grades, submissions and attendance of their "
					+ "own students; others get 403. Files above classlytics.intake.max-file-size get 413.")
	ResponseEntity<Map<String, Object>> importCsv(Actor actor, @PathVariable String kind, HttpServletRequest request)
			throws IOException {
		ImportKind parsed = ImportKind.of(kind).orElseThrow(() -> new NotFoundException("No import kind " + kind));
		tooLarge(request);
		try (InputStream body = request.getInputStream()) {
			return reply(this.intake.importCsv(actor, parsed, body, (rows) -> {
			}));
		}
	}

	private void tooLarge(HttpServletRequest request) {
		if (request.getContentLengthLong() > this.settings.maxFileSize().toBytes()) {
			throw new FileTooLargeException(this.settings.maxFileSize().toBytes());
		}
	}

	static ResponseEntity<Map<String, Object>> reply(ImportResult result) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (result.failed()) {
			body.put("type", "about:blank");
			body.put("title", "Bad Request");
			body.put("status", 400);
			body.put("detail", "The file has " + result.errors().size() + " error(s); nothing was imported");
		}
		body.put("created", result.created());
		body.put("updated", result.updated());
		body.put("errors", result.errors().stream().map(ImportController::error).toList());
		return ResponseEntity.status(result.failed() ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.contentType(result.failed() ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
			.body(body);
	}

	private static Map<String, Object> error(ImportError error) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("line", error.line());
		json.put("field", error.field());
		json.put("message", error.message());
		return json;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> on(FileTooLargeException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", "Content Too Large");
		body.put("status", 413);
		body.put("detail", ex.getMessage());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IntakeSettings.class)
	static class IntakeConfiguration {

	}

}
