package org.classlytics.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;
import tools.jackson.databind.JsonNode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/behavior")
class BehaviorController {

	private final BehaviorService behavior;

	private final BehaviorQueries queries;

	BehaviorController(BehaviorService behavior, BehaviorQueries queries) {
		this.behavior = behavior;
		this.queries = queries;
	}

	@GetMapping
	Paged<BehaviorJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.queries.list(actor, new BehaviorQueries.BehaviorFilter(studentId, new DayRange(from, to)), page)
			.map(BehaviorJson::of);
	}

	@GetMapping("/{id}")
	BehaviorJson get(Actor actor, @PathVariable long id) {
		return BehaviorJson.of(this.behavior.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	BehaviorJson record(Actor actor, @Valid @RequestBody NewBehaviorEntry entry) {
		return BehaviorJson.of(this.behavior.record(actor, new BehaviorService.NewEntry(entry.studentId(), entry.date(),
				entry.score(), entry.note(), entry.recordedBy(), entry.recordedAt())));
	}

	@PatchMapping("/{id}")
	BehaviorJson update(Actor actor, @PathVariable long id, @RequestBody BehaviorPatch patch) {
		return BehaviorJson
			.of(this.behavior.update(actor, id, patch.date(), patch.score(), Notes.change(patch.note())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.behavior.delete(actor, id);
	}

	/**
	 * The score is read as a decimal so that 3.5 is refused rather than truncated.
	 */
	record NewBehaviorEntry(@NotNull Long studentId, @NotNull LocalDate date, @NotNull BigDecimal score,
			@Size(max = Notes.MAX_LENGTH) String note, Long recordedBy, Instant recordedAt) {

	}

	/**
	 * @param note absent keeps the note, null clears it
	 */
	record BehaviorPatch(LocalDate date, BigDecimal score, JsonNode note) {

	}

	record BehaviorJson(long id, long schoolId, long studentId, LocalDate date, int score, String note, long recordedBy,
			Instant recordedAt) {

		static BehaviorJson of(BehaviorFacts entry) {
			return new BehaviorJson(entry.entryId(), entry.schoolId(), entry.studentId(), entry.date(), entry.score(),
					entry.note(), entry.recordedBy(), entry.recordedAt());
		}

	}

}
