package org.classlytics.attendance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.classlytics.attendance.AttendanceMark.DayKey;
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
 * Records and corrects daily attendance. Admins record for any student of their school,
 * teachers for the students they have an active enrollment with; a list is checked as a
 * whole before anything is written.
 */
@Service
@Transactional
class AttendanceService {

	private final AttendanceRepository records;

	private final AttendanceWrites writes;

	private final AccessPolicy access;

	private final OnBehalf onBehalf;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AttendanceService(AttendanceRepository records, AttendanceWrites writes, AccessPolicy access, OnBehalf onBehalf,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.writes = writes;
		this.access = access;
		this.onBehalf = onBehalf;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records every mark, replacing the days that already have a record, or nothing when
	 * any mark is refused.
	 */
	List<AttendanceRecord> record(Actor actor, List<AttendanceMark> marks) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		List<FieldProblem> problems = new ArrayList<>();
		Set<Long> inReach = this.access.visibleAmong(actor,
				marks.stream().map(AttendanceMark::studentId).distinct().toList());
		OnBehalf.Acting recorders = this.onBehalf.actingFor(actor,
				marks.stream().map(AttendanceMark::recordedBy).toList(), OnBehalf.TEACHER_OR_ADMIN);
		Map<DayKey, AttendanceMark> seen = new HashMap<>();
		List<AttendanceMark> resolved = new ArrayList<>();
		for (AttendanceMark mark : marks) {
			if (!inReach.contains(mark.studentId())) {
				problems.add(new FieldProblem(mark.field("student_id"),
						"no student " + mark.studentId() + " in your reach"));
			}
			AttendanceMark first = seen.putIfAbsent(mark.day(), mark);
			if (first != null) {
				problems.add(new FieldProblem(mark.field("date"), "repeats the student and date of " + first.name()));
			}
			Long recorder = recorders.resolve(mark.recordedBy(), mark.field("recorded_by"), problems);
			if (recorder != null) {
				resolved.add(mark.recordedBy(recorder));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.writes.record(actor.schoolId(), resolved).stream().map(AttendanceRegister.Written::record).toList();
	}

	@Transactional(readOnly = true)
	AttendanceRecord get(Actor actor, long attendanceId) {
		return visible(actor, this.records.findById(attendanceId), attendanceId).toRecord();
	}

	/**
	 * Corrects a day's record; the caller (or, for an admin, the recorder they name)
	 * becomes its recorder.
	 * @param note null keeps the note, empty clears it
	 */
	AttendanceRecord update(Actor actor, long attendanceId, AttendanceStatus status, Optional<String> note,
			Long recordedBy) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		AttendanceEntity entity = loadForUpdate(actor, attendanceId);
		List<FieldProblem> problems = new ArrayList<>();
		Long recorder = this.onBehalf.resolve(actor, recordedBy, "recorded_by", OnBehalf.TEACHER_OR_ADMIN, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		AttendanceStatus previous = entity.status();
		entity.correct(status, note, recorder, this.clock.instant());
		AttendanceRecord saved = this.records.save(entity).toRecord();
		this.events.publishEvent(new AttendanceRecorded(saved.id(), saved.schoolId(), saved.studentId(), saved.date(),
				saved.status(), previous, saved.recordedBy()));
		return saved;
	}

	void delete(Actor actor, long attendanceId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		AttendanceEntity entity = loadForUpdate(actor, attendanceId);
		this.records.delete(entity);
		AttendanceRecord record = entity.toRecord();
		this.events.publishEvent(new AttendanceDeleted(record.id(), record.schoolId(), record.studentId(),
				record.date(), record.status(), record.recordedBy()));
	}

	/**
	 * A record to change, locked until the transaction ends (see
	 * {@link AttendanceRepository#findForUpdateById}).
	 */
	private AttendanceEntity loadForUpdate(Actor actor, long attendanceId) {
		return visible(actor, this.records.findForUpdateById(attendanceId), attendanceId);
	}

	/**
	 * A record is visible to whoever may see its student.
	 */
	private AttendanceEntity visible(Actor actor, Optional<AttendanceEntity> found, long attendanceId) {
		return found.filter((record) -> record.schoolId() == actor.schoolId())
			.filter((record) -> this.access.canSeeStudent(actor, record.studentId()))
			.orElseThrow(() -> NotFoundException.of("Attendance", attendanceId));
	}

}
