package org.classlytics.attendance;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;
import tools.jackson.databind.JsonNode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/attendance")
class AttendanceController {

	private final AttendanceService attendance;

	private final AttendanceQueries queries;

	AttendanceController(AttendanceService attendance, AttendanceQueries queries) {
		this.attendance = attendance;
		this.queries = queries;
	}

	@GetMapping
	Paged<AttendanceRecord> list(Actor actor, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) AttendanceStatus status) {
		return this.queries.list(actor,
				new AttendanceQueries.AttendanceFilter(studentId, new DayRange(from, to), status), page);
	}

	@GetMapping("/{id}")
	AttendanceRecord get(Actor actor, @PathVariable long id) {
		return this.attendance.get(actor, id);
	}

	@PostMapping
	@Operation(summary = "Record attendance for one student and day, or for a list", description = """
			Takes one record {student_id, date, status, note?, recorded_by?} or a list {records: [...]}.
			Each record inserts or replaces the one record of its (student, date). Answers 201 with the
			record, or for a list 201 with {count, results} in the order sent. A list is written
			completely or not at all; its errors name each bad field as records[i].<field>. A teacher
			records for their own students (others are 400 on student_id) and as themself; an admin
			may name recorded_by (a teacher or admin of the school) to load history.""")
	ResponseEntity<Object> record(Actor actor, @RequestBody AttendanceBody body) {
		List<AttendanceRecord> written = this.attendance.record(actor, body.marks());
		Object reply = body.isList() ? new Paged<>(written.size(), written) : written.get(0);
		return ResponseEntity.status(HttpStatus.CREATED).body(reply);
	}

	@PatchMapping("/{id}")
	AttendanceRecord update(Actor actor, @PathVariable long id, @RequestBody AttendancePatch patch) {
		return this.attendance.update(actor, id, patch.status(), Notes.change(patch.note()), patch.recordedBy());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.attendance.delete(actor, id);
	}

	/**
	 * @param note absent keeps the note, null clears it
	 */
	record AttendancePatch(AttendanceStatus status, JsonNode note, Long recordedBy) {

	}

}
