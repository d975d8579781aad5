package org.classlytics.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.classlytics.roster.Person;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figure of issue 5: one run to 2,000 recipients through a local SMTP server
 * (GreenMail), the time until every delivery is sent, and the duplicates (must be 0). Not
 * part of the build (the name does not end in Tests):
 * {@code ./mvnw test -Dtest=DeliveryBenchmark}.
 */
class DeliveryBenchmark {

	private static final int RECIPIENTS = 2_000;

	@Test
	void twoThousandRecipients() {
		SmtpServer smtp = new SmtpServer();
		smtp.start();
		try (ConfigurableApplicationContext app = Instances.start("benchmark", smtp.port())) {
			Instances.Staff staff = Instances.staff(app, RECIPIENTS);
			long schedule = app.getBean(ScheduleService.class)
				.create(staff.admin(),
						new ScheduleInput("Benchmark", "student_report", "daily", null, null, null, "07:00", "UTC",
								"pdf", null, true))
				.id();
			RecipientService recipients = app.getBean(RecipientService.class);
			for (Person teacher : staff.teachers()) {
				recipients.add(staff.admin(), schedule, teacher.id());
			}
			JdbcClient jdbc = app.getBean(JdbcClient.class);

			Instant start = Instant.now();
			long execution = app.getBean(Runs.class).runNow(staff.admin(), schedule);
			await().atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> !"started".equals(jdbc.sql("SELECT status FROM report_executions WHERE id = ?")
					.param(execution)
					.query(String.class)
					.single()));
			Duration elapsed = Duration.between(start, Instant.now());

			Set<String> addresses = staff.teachers().stream().map(Person::email).collect(Collectors.toSet());
			var received = smtp.receivedBy(addresses);
			long distinct = received.stream().map(DeliveryBenchmark::messageId).distinct().count();
			System.out.printf("BENCHMARK delivery: %d recipients, %d received, %d duplicates, all sent in %.1f s%n",
					RECIPIENTS, received.size(), received.size() - distinct, elapsed.toMillis() / 1000.0);
			assertThat(received).hasSize(RECIPIENTS);
			assertThat(distinct).isEqualTo(RECIPIENTS);
			assertThat(jdbc.sql("SELECT status FROM report_executions WHERE id = ?")
				.param(execution)
				.query(String.class)
				.single()).isEqualTo("completed");
		}
		finally {
			smtp.stop();
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
