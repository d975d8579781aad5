package org.classlytics.delivery;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.classlytics.roster.Roster;
import org.classlytics.roster.School;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.classlytics.delivery.ScheduleStore.utc;

/**
 * The weekly teacher pipeline: at {@code weekly-generate-cron} (Friday 08:00) in each
 * school's zone the teacher weekly reports of the current week are stored; at
 * {@code weekly-send-cron} (Friday 18:00) the DRAFT ones are emailed to tutors. Each step
 * runs once per school and cron fire, recorded in {@code weekly_pipeline_runs}; a fire
 * missed by more than the catch-up grace is skipped.
 */
@Component
class WeeklyPipeline {

	private static final Logger log = LoggerFactory.getLogger(WeeklyPipeline.class);

	enum Step {

		GENERATE, SEND

	}

	private final ObjectProvider<ScheduledReports> reports;

	private final Roster roster;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DeliverySettings settings;

	private final CronExpression generate;

	private final CronExpression send;

	private final Clock clock;

	WeeklyPipeline(ObjectProvider<ScheduledReports> reports, Roster roster, JdbcClient jdbc,
			TransactionTemplate transactions, DeliverySettings settings, Clock clock) {
		this.reports = reports;
		this.roster = roster;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.generate = CronExpression.parse(settings.weeklyGenerateCron());
		this.send = CronExpression.parse(settings.weeklySendCron());
		this.clock = clock;
	}

	void runDue() {
		runDue(this.clock.instant());
	}

	/**
	 * Runs every step whose latest fire, in each school's zone, has come and is not yet
	 * done.
	 */
	void runDue(Instant now) {
		ScheduledReports renderer = this.reports.getIfAvailable();
		if (renderer == null) {
			return;
		}
		for (School school : this.roster.schools()) {
			runIfDue(school, Step.GENERATE, this.generate, now, renderer);
			runIfDue(school, Step.SEND, this.send, now, renderer);
		}
	}

	private void runIfDue(School school, Step step, CronExpression cron, Instant now, ScheduledReports renderer) {
		ZonedDateTime fired = latestFire(cron, now.atZone(school.timeZone()));
		if (fired == null || Duration.between(fired.toInstant(), now).compareTo(this.settings.catchUpGrace()) > 0) {
			return;
		}
		LocalDate weekStart = fired.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant firedAt = fired.toInstant();
		if (!claim(school, step, firedAt, weekStart, now)) {
			return;
		}
		// The step runs outside the claim's transaction: its emails cannot be rolled
		// back,
		// and the reports module's steps are idempotent (generate upserts, send takes
		// only
		// DRAFT reports), so a failed step is released and runs again at the next look.
		try {
			int items = (step == Step.GENERATE) ? renderer.generateTeacherWeeklyReports(weekStart, school.id())
					: renderer.sendTeacherWeeklyDrafts(weekStart, school.id());
			this.jdbc
				.sql("UPDATE weekly_pipeline_runs SET items = ?, done_at = ? WHERE school_id = ? AND step = ? "
						+ "AND fired_at = ?")
				.params(items, utc(this.clock.instant()), school.id(), step.name(), utc(firedAt))
				.update();
			log.info("School {}: weekly {} for the week of {} handled {} report(s)", school.id(), step, weekStart,
					items);
		}
		catch (RuntimeException ex) {
			log.warn("School {}: weekly {} for the week of {} failed; it runs again: {}", school.id(), step, weekStart,
					ex.toString());
			this.jdbc.sql("DELETE FROM weekly_pipeline_runs WHERE school_id = ? AND step = ? AND fired_at = ?")
				.params(school.id(), step.name(), utc(firedAt))
				.update();
		}
	}

	private boolean claim(School school, Step step, Instant firedAt, LocalDate weekStart, Instant now) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				boolean done = this.jdbc
					.sql("SELECT COUNT(*) FROM weekly_pipeline_runs WHERE school_id = ? AND step = ? AND fired_at = ?")
					.params(school.id(), step.name(), utc(firedAt))
					.query(Long.class)
					.single() > 0;
				if (done) {
					return false;
				}
				this.jdbc.sql("""
						INSERT INTO weekly_pipeline_runs (school_id, step, fired_at, week_start, done_at, items)
						VALUES (?, ?, ?, ?, ?, 0)""")
					.params(school.id(), step.name(), utc(firedAt), weekStart, utc(now))
					.update();
				return true;
			}));
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance claimed this fire first.
			return false;
		}
	}

	/**
	 * The last fire of the cron at or before now, looking back at most eight days.
	 */
	static ZonedDateTime latestFire(CronExpression cron, ZonedDateTime now) {
		ZonedDateTime candidate = cron.next(now.minusDays(8));
		ZonedDateTime latest = null;
		while (candidate != null && !candidate.isAfter(now)) {
			latest = candidate;
			candidate = cron.next(candidate);
		}
		return latest;
	}

}
