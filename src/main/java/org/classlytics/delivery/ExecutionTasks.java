package org.classlytics.delivery;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands executions and test emails to db-scheduler, which runs each task instance on
 * exactly one instance of the cluster and revives it when that instance dies.
 */
@Component
class ExecutionTasks {

	static final String EXECUTION = "report-execution";

	static final String TEST_EMAIL = "report-test-email";

	private static final Logger log = LoggerFactory.getLogger(ExecutionTasks.class);

	// Lazy: the scheduler is built from the tasks, whose handlers lead back here.
	private final ObjectProvider<SchedulerClient> scheduler;

	ExecutionTasks(ObjectProvider<SchedulerClient> scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * @return whether a task was scheduled (false when one exists already, or when
	 * background jobs are off)
	 */
	boolean start(long executionId, Instant at) {
		SchedulerClient client = this.scheduler.getIfAvailable();
		if (client == null) {
			log.info("Execution {} waits: background jobs are off (db-scheduler.enabled=false)", executionId);
			return false;
		}
		return client.scheduleIfNotExists(new TaskInstance<>(EXECUTION, Long.toString(executionId), executionId), at);
	}

	boolean sendTestEmail(TestEmail email, Instant at) {
		SchedulerClient client = this.scheduler.getIfAvailable();
		if (client == null) {
			log.info("Test email {} waits: background jobs are off (db-scheduler.enabled=false)", email.taskId());
			return false;
		}
		return client.scheduleIfNotExists(new TaskInstance<>(TEST_EMAIL, email.taskId(), email.encode()), at);
	}

	/**
	 * A test email to send: sample data only. Stored as task data in a plain line-based
	 * form, which needs no serializer setup (an address holds no line break).
	 */
	record TestEmail(String taskId, long scheduleId, long requestedBy, String recipientEmail) {

		String encode() {
			return String.join("\n", this.taskId, Long.toString(this.scheduleId), Long.toString(this.requestedBy),
					this.recipientEmail);
		}

		static TestEmail decode(String data) {
			String[] parts = data.split("\n", 4);
			return new TestEmail(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]);
		}

	}

}
