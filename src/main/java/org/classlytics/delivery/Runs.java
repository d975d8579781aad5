package org.classlytics.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.mail.Attachment;
import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Runs on demand, the history of runs, and the in-app download of a delivered report.
 */
@Service
class Runs {

	private final ScheduleService schedules;

	private final ScheduleStore store;

	private final ExecutionStore executions;

	private final ExecutionTasks tasks;

	private final ObjectProvider<ScheduledReports> reports;

	private final Roster roster;

	private final Clock clock;

	private final AuditTrail audit;

	Runs(ScheduleService schedules, ScheduleStore store, ExecutionStore executions, ExecutionTasks tasks,
			ObjectProvider<ScheduledReports> reports, Roster roster, Clock clock, AuditTrail audit) {
		this.schedules = schedules;
		this.store = store;
		this.executions = executions;
		this.tasks = tasks;
		this.reports = reports;
		this.roster = roster;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Starts an execution now, outside the occurrences; it is committed before its task
	 * is scheduled, so the task always finds it.
	 */
	long runNow(Actor actor, long scheduleId) {
		Schedule schedule = this.schedules.load(actor, scheduleId);
		Instant now = this.clock.instant();
		long executionId = this.executions.start(schedule.id(), Execution.MANUAL + UUID.randomUUID(), now, now);
		this.tasks.start(executionId, now);
		return executionId;
	}

	Paged<Execution> executions(Actor actor, long scheduleId, int limit) {
		this.schedules.load(actor, scheduleId);
		return new Paged<>(this.executions.count(scheduleId), this.executions.latest(scheduleId, limit));
	}

	/**
	 * The report of an execution, built again for a recipient of that execution with the
	 * recipient's own permissions; anyone else gets 404.
	 */
	Attachment report(Actor actor, long scheduleId, long executionId) {
		Schedule schedule = this.store.find(scheduleId)
			.filter((found) -> found.schoolId() == actor.schoolId())
			.orElseThrow(() -> NotFoundException.of("Schedule", scheduleId));
		Execution execution = this.executions.find(executionId)
			.filter((found) -> found.scheduleId() == scheduleId)
			.filter((found) -> this.executions.delivery(executionId, actor.userId()).isPresent())
			.orElseThrow(() -> NotFoundException.of("Execution", executionId));
		ScheduledReports renderer = this.reports.getIfAvailable();
		if (renderer == null) {
			throw NotFoundException.of("Report renderer", "none");
		}
		Person person = this.roster.person(actor.userId()).orElseThrow();
		Locale locale = (person.locale() != null) ? person.locale() : this.roster.school(actor.schoolId()).locale();
		RenderedReport report = renderer.render(new ReportRequest(schedule.id(), schedule.reportType(),
				schedule.scope(), schedule.recurrence().periodBefore(execution.scheduledFor()),
				execution.scheduledFor(), schedule.zone(), actor, schedule.format(), locale));
		this.audit.record(actor, AuditAction.EXPORT, schedule.reportType().apiName(), report.studentIds());
		return report.file();
	}

}
