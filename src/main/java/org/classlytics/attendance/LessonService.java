package org.classlytics.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons are a teacher's own items: a teacher sees and changes theirs only, an admin
 * every lesson of the school and records lessons on behalf of a teacher.
 */
@Service
@Transactional
class LessonService {

	private final LessonRepository lessons;

	private final Roster roster;

	private final AccessPolicy access;

	private final OnBehalf onBehalf;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LessonService(LessonRepository lessons, Roster roster, AccessPolicy access, OnBehalf onBehalf,
			ApplicationEventPublisher events, Clock clock) {
		this.lessons = lessons;
		this.roster = roster;
		this.access = access;
		this.onBehalf = onBehalf;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a lesson; it starts now unless the draft says when.
	 */
	LessonFacts create(Actor actor, LessonDraft draft) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		List<FieldProblem> problems = new ArrayList<>();
		Long teacherId = this.onBehalf.resolve(actor, draft.teacherId(), "teacher_id", OnBehalf.TEACHER, problems);
		requireInSchool(actor, draft.subjectId(), draft.classId(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant startsAt = (draft.startsAt() != null) ? draft.startsAt().truncatedTo(ChronoUnit.MILLIS)
				: this.clock.instant();
		LessonFacts saved = this.lessons
			.save(LessonEntity.schedule(actor.schoolId(), teacherId, draft.subjectId(), draft.classId(), startsAt,
					draft.status()))
			.toFacts();
		this.events.publishEvent(new LessonSaved(saved, null));
		return saved;
	}

	/**
	 * Changes the fields the draft holds; a teacher cannot hand a lesson to someone else.
	 */
	LessonFacts update(Actor actor, long lessonId, LessonDraft changes) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		LessonEntity lesson = load(actor, lessonId);
		List<FieldProblem> problems = new ArrayList<>();
		Long teacherId = (changes.teacherId() != null)
				? this.onBehalf.resolve(actor, changes.teacherId(), "teacher_id", OnBehalf.TEACHER, problems) : null;
		requireInSchool(actor, changes.subjectId(), changes.classId(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LessonFacts previous = lesson.toFacts();
		Instant startsAt = (changes.startsAt() != null) ? changes.startsAt().truncatedTo(ChronoUnit.MILLIS) : null;
		lesson.change(teacherId, changes.subjectId(), changes.classId(), startsAt, changes.status());
		LessonFacts saved = this.lessons.save(lesson).toFacts();
		this.events.publishEvent(new LessonSaved(saved, previous));
		return saved;
	}

	void delete(Actor actor, long lessonId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		LessonEntity lesson = load(actor, lessonId);
		this.lessons.delete(lesson);
		this.events.publishEvent(new LessonDeleted(lesson.toFacts()));
	}

	@Transactional(readOnly = true)
	LessonFacts get(Actor actor, long lessonId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		return load(actor, lessonId).toFacts();
	}

	private void requireInSchool(Actor actor, Long subjectId, Long classId, List<FieldProblem> problems) {
		if (subjectId != null
				&& this.roster.subject(subjectId).filter((s) -> s.schoolId() == actor.schoolId()).isEmpty()) {
			problems.add(new FieldProblem("subject_id", "no subject " + subjectId + " in this school"));
		}
		if (classId != null
				&& this.roster.classSection(classId).filter((c) -> c.schoolId() == actor.schoolId()).isEmpty()) {
			problems.add(new FieldProblem("class_id", "no class " + classId + " in this school"));
		}
	}

	private LessonEntity load(Actor actor, long lessonId) {
		return this.lessons.findById(lessonId)
			.filter((lesson) -> lesson.schoolId() == actor.schoolId())
			.filter((lesson) -> actor.isAdmin() || lesson.teacherId() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Lesson", lessonId));
	}

	/**
	 * A lesson as a client describes it; for a change, null fields stay as they are.
	 */
	record LessonDraft(Long teacherId, Long subjectId, Long classId, Instant startsAt, LessonStatus status) {

	}

}
