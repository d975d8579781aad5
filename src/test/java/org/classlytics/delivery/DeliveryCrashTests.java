package org.classlytics.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import org.classlytics.delivery.ExecutionStore.DeliveryRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance killed between the SMTP server's acceptance of a message and the commit
 * that marks its delivery sent. Three instances share the database; the one running the
 * execution dies right after the SMTP server took its second message, and then the next
 * one does the same: two crashes. A dead instance writes nothing more (its connection
 * pool is closed before its context, as a killed process's connections are gone) and
 * stops its scheduler's heartbeat, so db-scheduler on a survivor revives the task. Tagged
 * integration, so it runs again on PostgreSQL.
 */
@Tag("integration")
class DeliveryCrashTests {

	private static final int RECIPIENTS = 5;

	/**
	 * The SMTP server's accepted messages (counted over the cluster) after which the
	 * sending instance dies.
	 */
	private static final Set<Integer> DIE_AFTER = Set.of(2, 4);

	private static final SmtpServer smtp = new SmtpServer();

	private static final Map<String, ConfigurableApplicationContext> instances = new LinkedHashMap<>();

	@BeforeAll
	static void start() {
		smtp.start();
		for (String name : List.of("crash-a", "crash-b", "crash-c")) {
			instances.put(name,
					Instances.start(List.of(DiesAfterSmtp.class), name, smtp.port(),
							"classlytics.delivery.send-concurrency=1", "db-scheduler.heartbeat-interval=300ms",
							"db-scheduler.missed-heartbeats-limit=6", "db-scheduler.shutdown-max-wait=200ms"));
		}
	}

	@AfterAll
	static void stop() {
		Kill.end.countDown();
		instances.values().forEach(ConfigurableApplicationContext::close);
		smtp.stop();
	}

	@Test
	void aRunWhoseInstancesDieAfterTheSmtpSendCompletesElsewhereWithOneDuplicatePerCrash() throws Exception {
		ConfigurableApplicationContext any = instances.get("crash-a");
		FaultRuns run = FaultRuns.schedule(any, RECIPIENTS);
		long execution = run.runNow(any);

		List<String> killed = new ArrayList<>();
		for (int crash = 0; crash < DIE_AFTER.size(); crash++) {
			String dying = Kill.dying.poll(30, TimeUnit.SECONDS);
			assertThat(dying).as("crash %d happened", crash + 1).isNotNull();
			kill(instances.get(dying));
			killed.add(dying);
		}
		ConfigurableApplicationContext survivor = instances.entrySet()
			.stream()
			.filter((entry) -> !killed.contains(entry.getKey()))
			.findFirst()
			.orElseThrow()
			.getValue();
		Execution done = FaultRuns.awaitFinished(survivor, execution, Duration.ofSeconds(30));

		assertThat(killed).hasSize(2).doesNotHaveDuplicates();
		assertThat(done.status()).isEqualTo(ExecutionStatus.COMPLETED);
		assertThat(done.successfulSends()).isEqualTo(RECIPIENTS);
		List<DeliveryRow> deliveries = FaultRuns.deliveries(survivor, execution);
		assertThat(deliveries).extracting(DeliveryRow::state).containsOnly(DeliveryState.SENT);
		// The database never learnt of the sends that died before their commit.
		assertThat(deliveries).extracting(DeliveryRow::attempts).containsOnly(1);

		List<MimeMessage> received = smtp.receivedBy(run.addresses());
		assertThat(received).hasSize(RECIPIENTS + 2);
		// Sent one at a time in the order of the rows: the 2nd and 3rd recipients got the
		// message that was accepted just before a crash, twice, under one Message-ID.
		Map<String, Long> expected = new LinkedHashMap<>();
		for (int i = 0; i < RECIPIENTS; i++) {
			expected.put(deliveries.get(i).email(), (i == 1 || i == 2) ? 2L : 1L);
		}
		assertThat(FaultRuns.perAddress(received)).isEqualTo(expected);
		assertThat(FaultRuns.perMessageId(received)).hasSize(RECIPIENTS)
			.containsEntry(deliveries.get(1).messageId(), 2L)
			.containsEntry(deliveries.get(2).messageId(), 2L);
	}

	/**
	 * What a kill leaves: no connection to the database and no scheduler heartbeat. The
	 * sending thread stays parked in the SMTP client until the class ends.
	 */
	private static void kill(ConfigurableApplicationContext instance) {
		instance.getBean(HikariDataSource.class).close();
		instance.close();
	}

	/**
	 * Where the instances die, shared by the three of them.
	 */
	private static final class Kill {

		static final AtomicInteger accepted = new AtomicInteger();

		static final BlockingQueue<String> dying = new LinkedBlockingQueue<>();

		static final CountDownLatch end = new CountDownLatch(1);

		static void afterAccepted(String instance) {
			if (!DIE_AFTER.contains(accepted.incrementAndGet())) {
				return;
			}
			dying.add(instance);
			boolean interrupted = false;
			while (end.getCount() > 0) {
				try {
					end.await();
				}
				catch (InterruptedException ex) {
					// A dead process does not shut down cleanly: ignore the context's
					// stop.
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException(instance + " is dead");
		}

	}

	/**
	 * A mail sender that hands the message to the SMTP server and then, at the chosen
	 * messages, never returns.
	 */
	@Configuration(proxyBeanMethods = false)
	static class DiesAfterSmtp {

		@Bean
		JavaMailSender mailSender(Environment environment) {
			String instance = environment.getRequiredProperty("db-scheduler.scheduler-name");
			JavaMailSenderImpl sender = new JavaMailSenderImpl() {

				@Override
				protected void doSend(jakarta.mail.internet.MimeMessage[] messages, Object[] originals) {
					super.doSend(messages, originals);
					Kill.afterAccepted(instance);
				}

			};
			sender.setHost(environment.getRequiredProperty("spring.mail.host"));
			sender.setPort(environment.getRequiredProperty("spring.mail.port", Integer.class));
			return sender;
		}

	}

}
