package org.classlytics.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.classlytics.delivery.ExecutionStore.DeliveryRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server down for a while, and refusing one recipient for a while and another
 * for good, under one application instance with its scheduler. The retry times are read
 * from the runner's own "retrying at" log lines, which carry the computed next attempt.
 * Tagged integration, so it runs again on PostgreSQL.
 */
@Tag("integration")
class SmtpFaultTests {

	private static final Duration RETRY_DELAY = Duration.ofMillis(500);

	private static final int MAX_RETRIES = 3;

	private static final SmtpServer smtp = new SmtpServer();

	private static final ListAppender<ILoggingEvent> retries = new ListAppender<>();

	private static ConfigurableApplicationContext instance;

	@BeforeAll
	static void start() {
		smtp.start();
		instance = Instances.start("smtp-faults", smtp.port(), "classlytics.delivery.send-concurrency=1",
				"classlytics.delivery.retry-delay=" + RETRY_DELAY.toMillis() + "ms",
				"classlytics.delivery.max-retries=" + MAX_RETRIES,
				"spring.mail.properties.mail.smtp.connectiontimeout=1000",
				"spring.mail.properties.mail.smtp.timeout=2000");
		retries.start();
		runnerLog().addAppender(retries);
	}

	@AfterAll
	static void stop() {
		runnerLog().detachAppender(retries);
		if (instance != null) {
			instance.close();
		}
		smtp.stop();
	}

	@BeforeEach
	void smtpUp() {
		smtp.start();
		smtp.clearRefusals();
	}

	@Test
	void smtpDownForAWhileLosesNothingAndRetriesWithDoublingGaps() {
		FaultRuns run = FaultRuns.schedule(instance, 3);
		smtp.stop();

		long execution = run.runNow(instance);
		// Down through three attempts of every recipient; back before the fourth.
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> FaultRuns.deliveries(instance, execution)
				.stream()
				.filter((delivery) -> delivery.state() == DeliveryState.RETRYING && delivery.attempts() == MAX_RETRIES)
				.count() == 3);
		smtp.start();
		Execution done = FaultRuns.awaitFinished(instance, execution, Duration.ofSeconds(20));

		assertThat(done.status()).isEqualTo(ExecutionStatus.COMPLETED);
		assertThat(done.successfulSends()).isEqualTo(3);
		List<DeliveryRow> deliveries = FaultRuns.deliveries(instance, execution);
		assertThat(deliveries).extracting(DeliveryRow::state).containsOnly(DeliveryState.SENT);
		assertThat(deliveries).extracting(DeliveryRow::attempts).containsOnly(MAX_RETRIES + 1);
		assertThat(FaultRuns.perAddress(smtp.receivedBy(run.addresses())))
			.isEqualTo(run.addresses().stream().collect(Collectors.toMap((address) -> address, (address) -> 1L)));

		Map<String, List<Instant>> retryTimes = retryTimes(execution);
		assertThat(retryTimes).hasSize(3);
		Instant started = instance.getBean(ExecutionStore.class).find(execution).orElseThrow().startedAt();
		for (DeliveryRow delivery : deliveries) {
			List<Instant> times = retryTimes.get(delivery.messageId());
			assertThat(times).hasSize(MAX_RETRIES);
			// Each next attempt is at least the configured delay after the one before,
			// and the delay doubles: 500 ms, 1 s, 2 s.
			Instant previous = started;
			for (int retry = 1; retry <= MAX_RETRIES; retry++) {
				Duration gap = Duration.between(previous, times.get(retry - 1));
				assertThat(gap).as("gap before retry %d of %s", retry, delivery.email())
					.isGreaterThanOrEqualTo(RETRY_DELAY.multipliedBy(1L << (retry - 1)));
				previous = times.get(retry - 1);
			}
			assertThat(delivery.sentAt()).isAfterOrEqualTo(previous);
		}
	}

	@Test
	void aMailboxFullForOneAndAnUnknownUserForAnotherIsRetriedThenSentAndPermanentAndTheRunIsPartial() {
		FaultRuns run = FaultRuns.schedule(instance, 3);
		String full = run.addresses().get(0);
		String unknown = run.addresses().get(1);
		String fine = run.addresses().get(2);
		smtp.refuse(full, "452 4.2.2 Mailbox full");
		smtp.refuse(unknown, "550 5.1.1 No such user here");

		long execution = run.runNow(instance);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> {
			Map<String, DeliveryRow> byEmail = FaultRuns.byEmail(FaultRuns.deliveries(instance, execution));
			return byEmail.size() == 3 && byEmail.get(full).state() == DeliveryState.RETRYING
					&& byEmail.get(unknown).state() == DeliveryState.FAILED;
		});
		// The mailbox has room again; the unknown user stays unknown.
		smtp.clearRefusals();
		smtp.refuse(unknown, "550 5.1.1 No such user here");
		Execution done = FaultRuns.awaitFinished(instance, execution, Duration.ofSeconds(20));

		assertThat(done.status()).isEqualTo(ExecutionStatus.PARTIAL);
		assertThat(done.totalRecipients()).isEqualTo(3);
		assertThat(done.successfulSends()).isEqualTo(2);
		assertThat(done.failedSends()).isEqualTo(1);
		assertThat(done.errorMessage()).isEqualTo("1 of 3 emails could not be sent");
		Map<String, DeliveryRow> byEmail = FaultRuns.byEmail(FaultRuns.deliveries(instance, execution));
		assertThat(byEmail.get(full).state()).isEqualTo(DeliveryState.SENT);
		assertThat(byEmail.get(full).attempts()).isEqualTo(2);
		assertThat(byEmail.get(unknown).state()).isEqualTo(DeliveryState.FAILED);
		assertThat(byEmail.get(unknown).attempts()).isEqualTo(1);
		assertThat(byEmail.get(unknown).errorMessage()).contains("550 5.1.1 No such user here");
		assertThat(byEmail.get(fine).state()).isEqualTo(DeliveryState.SENT);
		assertThat(byEmail.get(fine).attempts()).isEqualTo(1);
		assertThat(FaultRuns.perAddress(smtp.receivedBy(run.addresses()))).isEqualTo(Map.of(full, 1L, fine, 1L));
		assertThat(retryTimes(execution)).containsOnlyKeys(byEmail.get(full).messageId())
			.allSatisfy((messageId, times) -> assertThat(times).hasSize(1));
	}

	private static Logger runnerLog() {
		return (Logger) LoggerFactory.getLogger(ExecutionRunner.class);
	}

	/**
	 * The next attempt times the runner computed for each message of the execution, in
	 * the order of the failures.
	 */
	private static Map<String, List<Instant>> retryTimes(long execution) {
		return retries.list.stream()
			.filter((event) -> event.getMessage().contains("retrying at"))
			.map(ILoggingEvent::getArgumentArray)
			.filter((arguments) -> arguments[1].equals(execution))
			.collect(Collectors.groupingBy((arguments) -> (String) arguments[2],
					Collectors.mapping((arguments) -> (Instant) arguments[5], Collectors.toList())));
	}

}
