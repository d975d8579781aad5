package org.classlytics.delivery;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.classlytics.export.ExportFormat;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules: teachers, tutors and admins create them; only the owner or an admin of the
 * school sees, changes or deletes one (anyone else gets 404); parents and students never
 * (403).
 */
@Service
@Transactional
class ScheduleService {

	static final Role[] OWNERS = { Role.ADMIN, Role.TEACHER, Role.TUTOR };

	private final ScheduleStore schedules;

	private final AccessPolicy access;

	private final Roster roster;

	private final Clock clock;

	ScheduleService(ScheduleStore schedules, AccessPolicy access, Roster roster, Clock clock) {
		this.schedules = schedules;
		this.access = access;
		this.roster = roster;
		this.clock = clock;
	}

	Schedule create(Actor actor, ScheduleInput input) {
		this.access.requireRole(actor, OWNERS);
		input.requireForCreate();
		ZoneId zone = (input.timeZone() != null) ? zone(input.timeZone()) : this.roster.zoneOf(actor.schoolId());
		ReportScope scope = scope(actor, input.studentIds(), input.subjectId());
		Instant now = this.clock.instant();
		Schedule schedule = new Schedule(null, actor.schoolId(), actor.userId(), input.name(),
				reportType(input.reportType()), frequency(input.frequency()), input.dayOfWeek(), input.dayOfMonth(),
				Boolean.TRUE.equals(input.weekdaysOnly()), Times.parse("time", input.time()), zone,
				format(input.exportFormat()), scope, (input.isActive() == null) || input.isActive(), now, null, null,
				null);
		return this.schedules.insert(schedule.withNextRunAt(schedule.nextScheduled(now)));
	}

	/**
	 * Applies the given fields (null leaves a field alone) and checks the result as a
	 * whole, so a weekly schedule without a stored day_of_week stays invalid.
	 */
	Schedule update(Actor actor, long id, ScheduleInput input) {
		Schedule stored = load(actor, id);
		ReportScope scope = stored.scope();
		if (input.scopeGiven()) {
			scope = scope(actor, input.studentIds(), input.subjectId());
		}
		Frequency frequency = (input.frequency() != null) ? frequency(input.frequency()) : stored.frequency();
		LocalTime time = (input.time() != null) ? Times.parse("time", input.time()) : stored.time();
		ZoneId zone = (input.timeZone() != null) ? zone(input.timeZone()) : stored.zone();
		Schedule changed = new Schedule(stored.id(), stored.schoolId(), stored.createdBy(),
				(input.name() != null) ? input.name() : stored.name(),
				(input.reportType() != null) ? reportType(input.reportType()) : stored.reportType(), frequency,
				(input.dayOfWeek() != null) ? input.dayOfWeek() : stored.dayOfWeek(),
				(input.dayOfMonth() != null) ? input.dayOfMonth() : stored.dayOfMonth(),
				(input.weekdaysOnly() != null) ? input.weekdaysOnly() : stored.weekdaysOnly(), time, zone,
				(input.exportFormat() != null) ? format(input.exportFormat()) : stored.format(), scope,
				(input.isActive() != null) ? input.isActive() : stored.active(), stored.createdAt(),
				stored.lastGenerated(), stored.lastSent(), null);
		Schedule saved = changed.withNextRunAt(changed.nextScheduled(this.clock.instant()));
		this.schedules.update(saved);
		return saved;
	}

	void delete(Actor actor, long id) {
		load(actor, id);
		this.schedules.delete(id);
	}

	@Transactional(readOnly = true)
	Schedule get(Actor actor, long id) {
		return load(actor, id);
	}

	@Transactional(readOnly = true)
	Paged<Schedule> list(Actor actor, PageQuery page) {
		this.access.requireRole(actor, OWNERS);
		Long owner = actor.isAdmin() ? null : actor.userId();
		return new Paged<>(this.schedules.count(actor.schoolId(), owner),
				this.schedules.list(actor.schoolId(), owner, page.limit(), page.offset()));
	}

	/**
	 * The schedule, when the caller may manage it: its owner, or an admin of its school.
	 */
	Schedule load(Actor actor, long id) {
		this.access.requireRole(actor, OWNERS);
		return this.schedules.find(id)
			.filter((schedule) -> schedule.schoolId() == actor.schoolId())
			.filter((schedule) -> actor.isAdmin() || schedule.createdBy() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Schedule", id));
	}

	private ReportScope scope(Actor actor, List<Long> studentIds, Long subjectId) {
		List<Long> given = (studentIds != null) ? studentIds : List.of();
		if (given.stream().anyMatch(java.util.Objects::isNull)) {
			throw InvalidInputException.field("scope.student_ids", "must not contain null");
		}
		Set<Long> students = new TreeSet<>(given);
		Set<Long> visible = this.access.visibleAmong(actor, students);
		for (Long student : students) {
			if (!visible.contains(student)) {
				throw InvalidInputException.field("scope.student_ids", "student " + student + " is not in your reach");
			}
		}
		if (subjectId != null) {
			Long wanted = subjectId;
			this.roster.subject(wanted)
				.filter((found) -> found.schoolId() == actor.schoolId())
				.orElseThrow(() -> InvalidInputException.field("scope.subject_id", "no subject " + wanted));
		}
		return new ReportScope(students, subjectId);
	}

	static ZoneId zone(String value) {
		try {
			if (!ZoneId.getAvailableZoneIds().contains(value) && !"UTC".equals(value)) {
				throw new DateTimeException(value);
			}
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.field("time_zone", "must be an IANA time zone such as Europe/Athens");
		}
	}

	private static ReportType reportType(String value) {
		return ReportType.of(value)
			.orElseThrow(() -> InvalidInputException.field("report_type",
					"must be student_report, teacher_weekly_report or tutor_weekly_report"));
	}

	private static Frequency frequency(String value) {
		return Frequency.of(value)
			.orElseThrow(() -> InvalidInputException.field("frequency", "must be daily, weekly or monthly"));
	}

	private static ExportFormat format(String value) {
		return ExportFormat.of(value)
			.filter((format) -> format.extension().equals(value))
			.orElseThrow(() -> InvalidInputException.field("export_format", "must be csv, xlsx or pdf"));
	}

}
