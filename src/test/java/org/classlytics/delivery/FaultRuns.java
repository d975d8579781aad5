package org.classlytics.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.classlytics.delivery.ExecutionStore.DeliveryRow;
import org.classlytics.roster.Person;

import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * A run of one schedule mailed to every teacher of a school, started on an application
 * instance of {@link Instances}, for the tests that break something under it.
 */
record FaultRuns(Instances.Staff staff, long scheduleId) {

	static FaultRuns schedule(ConfigurableApplicationContext instance, int teachers) {
		Instances.Staff staff = Instances.staff(instance, teachers);
		long scheduleId = instance.getBean(ScheduleService.class)
			.create(staff.admin(),
					new ScheduleInput("Faults", "student_report", "daily", null, null, null, "07:00", "UTC", "csv",
							null, true))
			.id();
		RecipientService recipients = instance.getBean(RecipientService.class);
		for (Person teacher : staff.teachers()) {
			recipients.add(staff.admin(), scheduleId, teacher.id());
		}
		return new FaultRuns(staff, scheduleId);
	}

	long runNow(ConfigurableApplicationContext instance) {
		return instance.getBean(Runs.class).runNow(this.staff.admin(), this.scheduleId);
	}

	List<String> addresses() {
		return this.staff.teachers().stream().map(Person::email).toList();
	}

	static Execution awaitFinished(ConfigurableApplicationContext instance, long executionId, Duration atMost) {
		ExecutionStore executions = instance.getBean(ExecutionStore.class);
		// A query may fail while a test cuts the database's connections: poll on.
		await().atMost(atMost)
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> executions.find(executionId).orElseThrow().status() != ExecutionStatus.STARTED);
		return executions.find(executionId).orElseThrow();
	}

	static List<DeliveryRow> deliveries(ConfigurableApplicationContext instance, long executionId) {
		return instance.getBean(ExecutionStore.class).deliveries(executionId);
	}

	/**
	 * How many messages each address received.
	 */
	static Map<String, Long> perAddress(List<MimeMessage> received) {
		return received.stream().collect(Collectors.groupingBy(SmtpServer::to, Collectors.counting()));
	}

	static Map<String, Long> perMessageId(List<MimeMessage> received) {
		return received.stream().collect(Collectors.groupingBy(FaultRuns::messageId, Collectors.counting()));
	}

	static Map<String, DeliveryRow> byEmail(List<DeliveryRow> deliveries) {
		return deliveries.stream().collect(Collectors.toMap(DeliveryRow::email, Function.identity()));
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
