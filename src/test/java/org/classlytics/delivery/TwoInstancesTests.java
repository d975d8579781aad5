package org.classlytics.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
 * Two application instances (two Spring contexts, each with its own db-scheduler) on one
 * database: 50 schedules due at the same instant give exactly one execution each and one
 * email per recipient. Tagged integration, so it runs again on PostgreSQL.
 */
@Tag("integration")
class TwoInstancesTests {

	private static final int SCHEDULES = 50;

	private static final SmtpServer smtp = new SmtpServer();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void start() {
		smtp.start();
		first = Instances.start("instance-a", smtp.port());
		second = Instances.start("instance-b", smtp.port());
	}

	@AfterAll
	static void stop() {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
		smtp.stop();
	}

	@Test
	void fiftySchedulesDueAtOnceRunOnceEachAndMailEachRecipientOnce() throws Exception {
		Instances.Staff staff = Instances.staff(first, 2);
		ScheduleService schedules = first.getBean(ScheduleService.class);
		RecipientService recipients = first.getBean(RecipientService.class);
		Instant occurrence = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
		String time = LocalTime.ofInstant(occurrence, ZoneOffset.UTC).toString();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < SCHEDULES; i++) {
			long id = schedules
				.create(staff.admin(),
						new ScheduleInput("Load " + i, "student_report", "daily", null, null, null, time, "UTC", "csv",
								null, true))
				.id();
			for (Person teacher : staff.teachers()) {
				recipients.add(staff.admin(), id, teacher.id());
			}
			ids.add(id);
		}
		JdbcClient jdbc = first.getBean(JdbcClient.class);

		// All due at the same instant; both background dispatchers see them, and both
		// instances also dispatch by hand at the same moment.
		jdbc.sql("UPDATE report_schedules SET next_run_at = :at WHERE id IN (:ids)")
			.param("at", occurrence.atOffset(ZoneOffset.UTC))
			.param("ids", ids)
			.update();
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> dispatch(first, go));
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> dispatch(second, go));
		go.countDown();
		a.join();
		b.join();

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.sql("""
					SELECT COUNT(*) FROM report_executions WHERE schedule_id IN (:ids) AND status <> 'started'""")
				.param("ids", ids)
				.query(Long.class)
				.single() == SCHEDULES);

		Map<Long, Long> perSchedule = jdbc
			.sql("SELECT schedule_id, COUNT(*) AS runs FROM report_executions WHERE schedule_id IN (:ids) "
					+ "GROUP BY schedule_id")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(perSchedule).hasSize(SCHEDULES).allSatisfy((schedule, runs) -> assertThat(runs).isEqualTo(1));
		assertThat(jdbc.sql("SELECT DISTINCT status FROM report_executions WHERE schedule_id IN (:ids)")
			.param("ids", ids)
			.query(String.class)
			.list()).containsExactly("completed");
		assertThat(jdbc.sql("SELECT DISTINCT scheduled_for FROM report_executions WHERE schedule_id IN (:ids)")
			.param("ids", ids)
			.query(java.time.OffsetDateTime.class)
			.list()).extracting(java.time.OffsetDateTime::toInstant).containsExactly(occurrence);

		Set<String> addresses = staff.teachers().stream().map(Person::email).collect(Collectors.toSet());
		List<MimeMessage> received = smtp.receivedBy(addresses);
		assertThat(received).hasSize(SCHEDULES * 2);
		assertThat(received.stream().map(TwoInstancesTests::messageId).collect(Collectors.toSet()))
			.hasSize(SCHEDULES * 2);
		for (Person teacher : staff.teachers()) {
			assertThat(received.stream()
				.filter((message) -> SmtpServer.to(message).equals(teacher.email()))
				.map(TwoInstancesTests::subject)
				.collect(Collectors.toSet())).hasSize(SCHEDULES);
		}
	}

	private static int dispatch(ConfigurableApplicationContext instance, CountDownLatch go) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return instance.getBean(Delivery.class).dispatchDue();
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
