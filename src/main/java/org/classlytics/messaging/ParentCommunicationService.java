package org.classlytics.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records teachers' communications with parents. A teacher records their own, about
 * students they teach (an active enrollment); an admin records one for a teacher of the
 * student, to load history. The parent is always a guardian of the student.
 */
@Service
@Transactional
class ParentCommunicationService {

	private final ParentCommunicationRepository communications;

	private final ParentCommunicationQueries queries;

	private final AccessPolicy access;

	private final Roster roster;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ParentCommunicationService(ParentCommunicationRepository communications, ParentCommunicationQueries queries,
			AccessPolicy access, Roster roster, ApplicationEventPublisher events, Clock clock) {
		this.communications = communications;
		this.queries = queries;
		this.access = access;
		this.roster = roster;
		this.events = events;
		this.clock = clock;
	}

	ParentCommunication record(Actor actor, NewCommunication communication) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		List<FieldProblem> problems = new ArrayList<>();
		boolean studentInReach = this.access.canSeeStudent(actor, communication.studentId());
		if (!studentInReach) {
			problems.add(new FieldProblem("student_id", "no student " + communication.studentId()
					+ (actor.isAdmin() ? " in this school" : " among your students")));
		}
		long teacherId = teacher(actor, communication, studentInReach, problems);
		if (studentInReach) {
			requireGuardian(communication.parentId(), communication.studentId(), problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant sentAt = (communication.sentAt() != null) ? communication.sentAt() : this.clock.instant();
		ParentCommunicationEntity saved = this.communications
			.save(ParentCommunicationEntity.record(actor.schoolId(), teacherId, communication.parentId(),
					communication.studentId(), sentAt, communication.channel(), communication.summary()));
		ParentCommunication recorded = saved.toCommunication();
		this.events.publishEvent(new ParentCommunicationRecorded(recorded.facts(), null));
		return recorded;
	}

	ParentCommunication update(Actor actor, long communicationId, CommunicationChanges changes) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		ParentCommunicationEntity communication = visible(actor, communicationId);
		ParentCommunication previous = communication.toCommunication();
		if (changes.parentId() != null && changes.parentId() != communication.parentId()) {
			List<FieldProblem> problems = new ArrayList<>();
			requireGuardian(changes.parentId(), communication.studentId(), problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			communication.readdress(changes.parentId());
		}
		if (changes.sentAt() != null) {
			communication.redate(changes.sentAt());
		}
		if (changes.channel() != null) {
			communication.switchChannel(changes.channel());
		}
		if (changes.summary() != null) {
			communication.summarize(changes.summary());
		}
		ParentCommunication saved = this.communications.save(communication).toCommunication();
		this.events.publishEvent(new ParentCommunicationRecorded(saved.facts(), previous.facts()));
		return saved;
	}

	void delete(Actor actor, long communicationId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		ParentCommunicationEntity communication = visible(actor, communicationId);
		this.communications.delete(communication);
		this.events.publishEvent(new ParentCommunicationDeleted(communication.toCommunication().facts()));
	}

	@Transactional(readOnly = true)
	ParentCommunication get(Actor actor, long communicationId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER, Role.PARENT);
		return visible(actor, communicationId).toCommunication();
	}

	@Transactional(readOnly = true)
	Paged<ParentCommunication> list(Actor actor, ParentCommunicationQueries.CommunicationFilter filter,
			PageQuery page) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER, Role.PARENT);
		return this.queries.list(actor, filter, page);
	}

	/**
	 * A teacher always records as themself; an admin names a teacher of the student. An
	 * ended enrollment is enough for an admin, whose records may be history.
	 */
	private long teacher(Actor actor, NewCommunication communication, boolean studentInReach,
			List<FieldProblem> problems) {
		Long teacherId = communication.teacherId();
		if (!actor.isAdmin()) {
			if (teacherId != null && teacherId != actor.userId()) {
				problems.add(new FieldProblem("teacher_id", "a teacher records communications as themself"));
			}
			return actor.userId();
		}
		if (teacherId == null) {
			problems.add(new FieldProblem("teacher_id", "is required when an admin records a communication"));
			return 0;
		}
		Optional<Person> teacher = this.roster.person(teacherId)
			.filter((person) -> person.schoolId() == actor.schoolId() && person.role() == Role.TEACHER);
		if (teacher.isEmpty()) {
			problems.add(new FieldProblem("teacher_id", "no teacher " + teacherId + " in this school"));
		}
		else if (studentInReach && this.roster.enrollmentsOf(List.of(communication.studentId()))
			.stream()
			.noneMatch((enrollment) -> enrollment.teacherId() == teacherId)) {
			problems.add(new FieldProblem("teacher_id",
					"teacher " + teacherId + " does not teach student " + communication.studentId()));
		}
		return teacherId;
	}

	private void requireGuardian(long parentId, long studentId, List<FieldProblem> problems) {
		if (!this.roster.guardiansOf(List.of(studentId)).getOrDefault(studentId, List.of()).contains(parentId)) {
			problems
				.add(new FieldProblem("parent_id", "user " + parentId + " is not a guardian of student " + studentId));
		}
	}

	/**
	 * Visible to the teacher who wrote it, the parent it was addressed to and the
	 * school's admins.
	 */
	private ParentCommunicationEntity visible(Actor actor, long communicationId) {
		return this.communications.findById(communicationId)
			.filter((c) -> c.schoolId() == actor.schoolId())
			.filter((c) -> actor.isAdmin() || actor.role() == Role.TEACHER && c.teacherId() == actor.userId()
					|| actor.role() == Role.PARENT && c.parentId() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Parent communication", communicationId));
	}

	record NewCommunication(long parentId, long studentId, Instant sentAt, CommunicationChannel channel, String summary,
			Long teacherId) {

	}

	/**
	 * A partial change: null leaves a field as it is.
	 */
	record CommunicationChanges(Long parentId, Instant sentAt, CommunicationChannel channel, String summary) {

	}

}
