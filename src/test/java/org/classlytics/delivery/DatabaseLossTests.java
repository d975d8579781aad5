package org.classlytics.delivery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.classlytics.delivery.ExecutionStore.DeliveryRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL drops every connection of the application in the middle of a run, as a
 * database restart or failover does: the scheduler and the run recover on their own. Only
 * on PostgreSQL (the postgres profile); tagged integration so that CI runs it there.
 */
@Tag("integration")
class DatabaseLossTests {

	private static final String URL = System.getProperty("spring.datasource.url", "");

	private static final int RECIPIENTS = 4;

	private static final SmtpServer smtp = new SmtpServer();

	private static ConfigurableApplicationContext instance;

	@BeforeAll
	static void start() {
		assumeTrue(URL.startsWith("jdbc:postgresql:"),
				"Needs PostgreSQL: the in-memory H2 of the default build has no server connections to terminate");
		smtp.start();
		instance = Instances.start("db-loss", smtp.port(), "classlytics.delivery.send-concurrency=1");
	}

	@AfterAll
	static void stop() {
		if (instance != null) {
			instance.close();
		}
		smtp.stop();
	}

	@Test
	void everyConnectionTerminatedMidRunAndTheRunStillCompletesWithoutDuplicates() {
		FaultRuns run = FaultRuns.schedule(instance, RECIPIENTS);
		AtomicInteger renders = new AtomicInteger();
		AtomicInteger terminated = new AtomicInteger();
		// After the first recipient's email is sent and marked, before the second's.
		instance.getBean(TestReports.class).beforeRender = (request) -> {
			if (request.scheduleId() == run.scheduleId() && renders.incrementAndGet() == 2) {
				terminated.set(terminateBackends());
			}
		};

		long execution = run.runNow(instance);
		Execution done = FaultRuns.awaitFinished(instance, execution, Duration.ofSeconds(30));

		assertThat(terminated.get()).isPositive();
		assertThat(done.status()).isEqualTo(ExecutionStatus.COMPLETED);
		assertThat(done.successfulSends()).isEqualTo(RECIPIENTS);
		List<DeliveryRow> deliveries = FaultRuns.deliveries(instance, execution);
		assertThat(deliveries).extracting(DeliveryRow::state).containsOnly(DeliveryState.SENT);
		assertThat(deliveries).extracting(DeliveryRow::attempts).containsOnly(1);
		assertThat(FaultRuns.perAddress(smtp.receivedBy(run.addresses())))
			.isEqualTo(run.addresses().stream().collect(Collectors.toMap((address) -> address, (address) -> 1L)));
	}

	/**
	 * Cuts every other connection to this database from a plain connection of the test.
	 * @return how many backends were terminated
	 */
	static int terminateBackends() {
		try (Connection connection = DriverManager.getConnection(URL,
				System.getProperty("spring.datasource.username", "postgres"),
				System.getProperty("spring.datasource.password", ""));
				Statement statement = connection.createStatement();
				ResultSet terminated = statement.executeQuery("""
						SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
						WHERE datname = current_database() AND pid <> pg_backend_pid()) AS cut""")) {
			terminated.next();
			return terminated.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
