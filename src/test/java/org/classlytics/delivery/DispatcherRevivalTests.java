package org.classlytics.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.classlytics.roster.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recurring dispatcher left picked by an instance that is gone. Two things leave it
 * so: the instance died while dispatching, or the database dropped the connection just as
 * the dispatch completed (db-scheduler then logs that the execution "will likely remain
 * scheduled and locked/picked"). db-scheduler revives such an execution once its
 * heartbeat is older than the heartbeat interval times the missed-heartbeats limit. With
 * the library's defaults that is 30 minutes without a single scheduled report; the
 * application's heartbeat settings (application.yml, left as they are here) make it 5
 * minutes, so a pick 10 minutes old is revived as soon as an instance starts. Tagged
 * integration, so it runs again on PostgreSQL.
 */
@Tag("integration")
class DispatcherRevivalTests {

	private static final SmtpServer smtp = new SmtpServer();

	/**
	 * Writes the data; its scheduler is off, so it never touches the dispatcher's row.
	 */
	private static ConfigurableApplicationContext writer;

	private static ConfigurableApplicationContext survivor;

	@BeforeAll
	static void start() {
		smtp.start();
		writer = Instances.start("revival-writer", smtp.port(), "db-scheduler.enabled=false");
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { survivor, writer }) {
			if (instance != null) {
				instance.close();
			}
		}
		smtp.stop();
	}

	@Test
	void aDispatcherPickedTenMinutesAgoByAGoneInstanceIsRevivedAndTheDueScheduleRunsOnce() {
		Instances.Staff staff = Instances.staff(writer, 1);
		Person teacher = staff.teachers().get(0);
		// Daily at the minute just past, which it has missed: due now.
		Instant occurrence = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
		long schedule = writer.getBean(ScheduleService.class)
			.create(staff.admin(),
					new ScheduleInput("Revival", "student_report", "daily", null, null, null,
							LocalTime.ofInstant(occurrence, ZoneOffset.UTC).toString(), "UTC", "csv", null, true))
			.id();
		writer.getBean(RecipientService.class).add(staff.admin(), schedule, teacher.id());
		JdbcClient jdbc = writer.getBean(JdbcClient.class);
		jdbc.sql("UPDATE report_schedules SET next_run_at = ? WHERE id = ?")
			.params(occurrence.atOffset(ZoneOffset.UTC), schedule)
			.update();
		Instant tenMinutesAgo = Instant.now().minus(10, ChronoUnit.MINUTES);
		jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'report-dispatch'").update();
		jdbc.sql("""
				INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
				    last_heartbeat, version)
				VALUES ('report-dispatch', 'recurring', ?, TRUE, 'gone', ?, 7)""")
			.params(tenMinutesAgo.atOffset(ZoneOffset.UTC), tenMinutesAgo.atOffset(ZoneOffset.UTC))
			.update();

		survivor = Instances.start("revival-survivor", smtp.port());

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> finishedRuns(jdbc, schedule) == 1);
		assertThat(jdbc.sql("SELECT status, scheduled_for FROM report_executions WHERE schedule_id = ?")
			.param(schedule)
			.query((rs, row) -> rs.getString(1) + " " + rs.getObject(2, OffsetDateTime.class).toInstant())
			.list()).containsExactly("completed " + occurrence);
		assertThat(smtp.receivedBy(Set.of(teacher.email()))).hasSize(1);
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'report-dispatch' AND picked_by = 'gone'")
			.query(Long.class)
			.single()).isZero();
	}

	private static long finishedRuns(JdbcClient jdbc, long scheduleId) {
		return jdbc.sql("SELECT COUNT(*) FROM report_executions WHERE schedule_id = ? AND status <> 'started'")
			.param(scheduleId)
			.query(Long.class)
			.single();
	}

}
