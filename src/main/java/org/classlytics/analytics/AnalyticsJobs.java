package org.classlytics.analytics;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analytics jobs, as db-scheduler recurring tasks: db-scheduler picks each execution
 * with a row lock in {@code scheduled_tasks}, so with several instances each run happens
 * on exactly one of them.
 *
 * <ul>
 * <li>{@code analytics-nightly-ranks}: every class rank recomputed with one window
 * statement (ranks are already kept current on each grade change; this is the safety
 * net).</li>
 * <li>{@code analytics-teacher-weeks}: every quarter hour, the schools where it is now
 * Friday between 08:00 and 08:15 local time get the previous and current teacher weeks
 * rebuilt and stamped {@code finalised_at}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsSettings.class)
class AnalyticsJobs {

	static final LocalTime FINALISE_AT = LocalTime.of(8, 0);

	@Bean
	RecurringTask<Void> analyticsNightlyRanks(AnalyticsSettings settings, Jobs jobs) {
		return Tasks.recurring("analytics-nightly-ranks", Schedules.cron(settings.nightlyRanksCron()))
			.execute((instance, context) -> jobs.nightlyRanks());
	}

	@Bean
	RecurringTask<Void> analyticsTeacherWeeks(AnalyticsSettings settings, Jobs jobs, Clock clock) {
		return Tasks.recurring("analytics-teacher-weeks", Schedules.cron(settings.teacherWeekCheckCron()))
			.execute((instance, context) -> jobs.finaliseTeacherWeeks(clock.instant()));
	}

	@Bean
	Jobs analyticsJobRunner(JdbcClient jdbc, Rollups rollups, Roster roster,
			PlatformTransactionManager transactionManager) {
		return new Jobs(jdbc, rollups, roster, new TransactionTemplate(transactionManager));
	}

	/**
	 * What the tasks do, callable directly (tests, operators).
	 */
	static class Jobs {

		private final JdbcClient jdbc;

		private final Rollups rollups;

		private final Roster roster;

		private final TransactionTemplate transactions;

		Jobs(JdbcClient jdbc, Rollups rollups, Roster roster, TransactionTemplate transactions) {
			this.jdbc = jdbc;
			this.rollups = rollups;
			this.transactions = transactions;
			this.roster = roster;
		}

		/**
		 * Recomputes every rank; returns how many changed.
		 */
		int nightlyRanks() {
			Integer touched = this.transactions.execute((status) -> this.rollups.rankAll());
			return (touched != null) ? touched : 0;
		}

		/**
		 * Finalises the previous and current week of each school where {@code now} is
		 * Friday in the quarter hour from 08:00 local time; returns those schools.
		 */
		List<Long> finaliseTeacherWeeks(Instant now) {
			List<Long> finalised = new ArrayList<>();
			for (School school : this.roster.schools()) {
				ZonedDateTime local = now.atZone(school.timeZone());
				LocalTime time = local.toLocalTime();
				if (local.getDayOfWeek() == DayOfWeek.FRIDAY && !time.isBefore(FINALISE_AT)
						&& time.isBefore(FINALISE_AT.plusMinutes(15))) {
					finalise(school.id(), LocalWeek.of(local.toLocalDate()), now);
					finalised.add(school.id());
				}
			}
			return finalised;
		}

		/**
		 * Rebuilds a school's teacher weeks for the week and the one before, and stamps
		 * them finalised.
		 */
		void finalise(long schoolId, LocalWeek week, Instant now) {
			this.transactions.executeWithoutResult((status) -> {
				LocalDate from = week.previous().weekStart();
				Scope scope = new Scope(schoolId, null, null, null, from, week.weekStart());
				this.rollups.lockTeachersOfSchool(schoolId);
				Rollups.TEACHER_WEEKS.apply(this.jdbc, scope);
				this.jdbc
					.sql("UPDATE analytics_teacher_weeks SET finalised_at = ? "
							+ "WHERE school_id = ? AND week_start >= ? AND week_start <= ?")
					.params(Facts.utc(now), schoolId, from, week.weekStart())
					.update();
			});
		}

	}

}
