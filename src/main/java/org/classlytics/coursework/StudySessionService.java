package org.classlytics.coursework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * Study time. A student records their own; a teacher for their own students; an admin for
 * the school's. The teacher the time counts for is fixed when it is recorded.
 */
@Service
@Transactional
class StudySessionService {

	private final StudySessionRepository sessions;

	private final MaterialRepository materials;

	private final Participants participants;

	private final AccessPolicy access;

	private final Facts facts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StudySessionService(StudySessionRepository sessions, MaterialRepository materials, Participants participants,
			AccessPolicy access, Facts facts, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.materials = materials;
		this.participants = participants;
		this.access = access;
		this.facts = facts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The material, when named, must be the school's and of the same subject; the time
	 * then counts for its author, else for the student's teacher in the subject.
	 */
	StudySessionFacts record(Actor actor, long studentId, long subjectId, Long materialId, Instant startedAt,
			int durationSeconds) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER, Role.STUDENT);
		List<FieldProblem> problems = new ArrayList<>();
		this.participants.checkRecordable(actor, studentId, problems);
		this.participants.checkSubject(actor.schoolId(), subjectId, problems);
		MaterialEntity material = null;
		if (materialId != null) {
			material = this.materials.findById(materialId).filter((m) -> m.schoolId() == actor.schoolId()).orElse(null);
			if (material == null) {
				problems.add(new FieldProblem("material_id", "no material " + materialId + " in this school"));
			}
			else if (material.subjectId() != subjectId) {
				problems.add(new FieldProblem("material_id",
						"material " + materialId + " belongs to another subject than " + subjectId));
			}
		}
		if (durationSeconds <= 0) {
			problems.add(new FieldProblem("duration_seconds", "must be greater than 0"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Long teacherId = (material != null) ? Long.valueOf(material.teacherId())
				: this.participants.teacherOf(studentId, subjectId);
		StudySessionEntity session = StudySessionEntity.record(actor.schoolId(), studentId, subjectId, materialId,
				teacherId, Scores.instantOrNow(startedAt, this.clock), durationSeconds);
		long id = this.sessions.save(session).id();
		StudySessionFacts recorded = this.facts.studySession(id).orElseThrow();
		this.events.publishEvent(new StudySessionRecorded(recorded));
		return recorded;
	}

	/**
	 * A student deletes their own sessions, a teacher those of their students, an admin
	 * the school's.
	 */
	void delete(Actor actor, long sessionId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER, Role.STUDENT);
		StudySessionEntity session = this.sessions.findForUpdateById(sessionId)
			.filter((s) -> s.schoolId() == actor.schoolId())
			.filter((s) -> this.access.canSeeStudent(actor, s.studentId()))
			.orElseThrow(() -> NotFoundException.of("Study session", sessionId));
		StudySessionFacts deleted = this.facts.studySession(sessionId).orElseThrow();
		this.sessions.delete(session);
		this.events.publishEvent(new StudySessionDeleted(deleted));
	}

}
