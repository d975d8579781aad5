package org.classlytics.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Behaviour entries: a teacher records them for their own students and changes only their
 * own entries; an admin does both for the whole school, on behalf of a recorder. Whoever
 * may see a student reads the student's entries.
 */
@Service
@Transactional
class BehaviorService {

	private final BehaviorRepository entries;

	private final AccessPolicy access;

	private final OnBehalf onBehalf;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BehaviorService(BehaviorRepository entries, AccessPolicy access, OnBehalf onBehalf,
			ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.access = access;
		this.onBehalf = onBehalf;
		this.events = events;
		this.clock = clock;
	}

	BehaviorFacts record(Actor actor, NewEntry entry) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		List<FieldProblem> problems = new ArrayList<>();
		if (!this.access.canSeeStudent(actor, entry.studentId())) {
			problems.add(new FieldProblem("student_id", "no student " + entry.studentId() + " in your reach"));
		}
		Long recorder = this.onBehalf.resolve(actor, entry.recordedBy(), "recorded_by", OnBehalf.TEACHER_OR_ADMIN,
				problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant recordedAt = (entry.recordedAt() != null) ? entry.recordedAt().truncatedTo(ChronoUnit.MILLIS)
				: this.clock.instant();
		BehaviorFacts saved = this.entries
			.save(BehaviorEntity.record(actor.schoolId(), entry.studentId(), entry.date(), entry.score(),
					Notes.clean(entry.note()), recorder, recordedAt))
			.toFacts();
		this.events.publishEvent(new BehaviorRecorded(saved));
		return saved;
	}

	/**
	 * @param note null keeps the note, empty clears it
	 */
	BehaviorFacts update(Actor actor, long entryId, LocalDate date, BigDecimal score, Optional<String> note) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		BehaviorEntity entry = loadOwn(actor, entryId);
		BehaviorFacts previous = entry.toFacts();
		entry.correct(date, score, note);
		BehaviorFacts saved = this.entries.save(entry).toFacts();
		this.events.publishEvent(new BehaviorChanged(saved, previous));
		return saved;
	}

	void delete(Actor actor, long entryId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		BehaviorEntity entry = loadOwn(actor, entryId);
		this.entries.delete(entry);
		this.events.publishEvent(new BehaviorDeleted(entry.toFacts()));
	}

	@Transactional(readOnly = true)
	BehaviorFacts get(Actor actor, long entryId) {
		return this.entries.findById(entryId)
			.filter((entry) -> entry.schoolId() == actor.schoolId())
			.filter((entry) -> this.access.canSeeStudent(actor, entry.studentId()))
			.map(BehaviorEntity::toFacts)
			.orElseThrow(() -> NotFoundException.of("Behavior entry", entryId));
	}

	/**
	 * An entry the caller may change: any of the school's for an admin; for a teacher,
	 * one they recorded about a student they still teach.
	 */
	private BehaviorEntity loadOwn(Actor actor, long entryId) {
		return this.entries.findById(entryId)
			.filter((entry) -> entry.schoolId() == actor.schoolId())
			.filter((entry) -> actor.isAdmin()
					|| entry.recordedBy() == actor.userId() && this.access.canSeeStudent(actor, entry.studentId()))
			.orElseThrow(() -> NotFoundException.of("Behavior entry", entryId));
	}

	/**
	 * @param recordedBy the recorder an admin names, or null for the caller
	 * @param recordedAt when the entry was made, or null for now; it orders the entries
	 * of a day
	 */
	record NewEntry(long studentId, LocalDate date, BigDecimal score, String note, Long recordedBy,
			Instant recordedAt) {

	}

}
