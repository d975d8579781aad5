package org.classlytics.delivery;

import java.time.Duration;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks of delivery. db-scheduler stores every task instance in
 * {@code scheduled_tasks} and lets exactly one instance of the cluster run it; an
 * instance that dies mid-run stops its heartbeat and another one revives the task.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliverySettings.class)
class DeliveryConfiguration {

	/**
	 * One execution: sends what is due, then either comes back at the earliest retry or
	 * ends. A run that fails (the database went away mid-run, say) resumes after 1 s,
	 * then 2 s, 4 s...: what was sent stays sent, so resuming early costs nothing.
	 */
	@Bean
	Task<Long> reportExecutionTask(ExecutionRunner runner) {
		return Tasks.custom(ExecutionTasks.EXECUTION, Long.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(1), 2))
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				Optional<java.time.Instant> retryAt = runner.run(instance.getData());
				if (retryAt.isPresent()) {
					return (complete, operations) -> operations.reschedule(complete, retryAt.get());
				}
				return new CompletionHandler.OnCompleteRemove<>();
			});
	}

	@Bean
	Task<String> reportTestEmailTask(TestEmails testEmails) {
		return Tasks.oneTime(ExecutionTasks.TEST_EMAIL, String.class)
			.onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
					new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1))))
			.execute((instance, context) -> testEmails.send(ExecutionTasks.TestEmail.decode(instance.getData())));
	}

	@Bean
	Task<Void> deliveryDispatchTask(Dispatcher dispatcher, DeliverySettings settings) {
		return Tasks.recurring("report-dispatch", Schedules.fixedDelay(settings.dispatchInterval()))
			.execute((instance, context) -> dispatcher.dispatchDue());
	}

	@Bean
	Task<Void> weeklyPipelineTask(WeeklyPipeline pipeline, DeliverySettings settings) {
		return Tasks.recurring("teacher-weekly-pipeline", Schedules.fixedDelay(settings.dispatchInterval()))
			.execute((instance, context) -> pipeline.runDue());
	}

}
