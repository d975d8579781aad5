package org.classlytics.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due occurrences into executions, and takes over runs that stopped.
 *
 * <p>
 * Catch-up rule: after downtime, only the most recent missed occurrence runs, and only if
 * it is at most {@code catch-up-grace} old; every older one is skipped and logged, so a
 * restart never sends a burst of stale reports.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final int BATCH = 500;

	private final ScheduleStore schedules;

	private final ExecutionStore executions;

	private final ExecutionTasks tasks;

	private final DeliverySettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Dispatcher(ScheduleStore schedules, ExecutionStore executions, ExecutionTasks tasks, DeliverySettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.schedules = schedules;
		this.executions = executions;
		this.tasks = tasks;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @return how many executions were started
	 */
	int dispatchDue() {
		Instant now = this.clock.instant();
		int started = 0;
		List<Schedule> due = this.schedules.due(now, BATCH);
		for (Schedule schedule : due) {
			Long executionId = claimQuietly(schedule, now);
			if (executionId != null) {
				this.tasks.start(executionId, now);
				started++;
			}
		}
		recoverStuck(now);
		return started;
	}

	private Long claimQuietly(Schedule schedule, Instant now) {
		try {
			return this.transactions.execute((status) -> claim(schedule, now));
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance started this occurrence first: the unique key said no.
			log.debug("Schedule {}: occurrence already started elsewhere", schedule.id());
			return null;
		}
	}

	private Long claim(Schedule schedule, Instant now) {
		Recurrence recurrence = schedule.recurrence();
		Instant from = schedule.nextRunAt();
		Instant latest = recurrence.latestAtOrBefore(now);
		if (!this.schedules.advance(schedule.id(), from, recurrence.nextAfter(now))) {
			return null;
		}
		if (latest.isBefore(from)) {
			return null;
		}
		int older = 0;
		for (Instant at = recurrence.nextAfter(from.minusNanos(1)); at.isBefore(latest)
				&& older < 100_000; at = recurrence.nextAfter(at)) {
			older++;
		}
		Duration late = Duration.between(latest, now);
		if (late.compareTo(this.settings.catchUpGrace()) > 0) {
			log.warn("Schedule {}: skipped {} missed occurrence(s) from {} to {}, the latest is {} old (grace {})",
					schedule.id(), older + 1, from, latest, late, this.settings.catchUpGrace());
			return null;
		}
		if (older > 0) {
			log.warn("Schedule {}: skipped {} missed occurrence(s) from {}, running only the latest, {}", schedule.id(),
					older, from, latest);
		}
		String key = latest.toString();
		if (this.executions.exists(schedule.id(), key)) {
			return null;
		}
		return this.executions.start(schedule.id(), key, latest, now);
	}

	/**
	 * Runs still open whose heartbeat stopped and that have no task waiting: the instance
	 * died between starting the run and handing it to the scheduler. They get a task
	 * again; a task that still exists is left alone.
	 */
	private void recoverStuck(Instant now) {
		for (Long executionId : this.executions.stuck(now.minus(this.settings.stuckAfter()))) {
			if (this.tasks.start(executionId, now)) {
				log.warn("Execution {} was stuck; it runs again", executionId);
			}
		}
	}

}
