package org.classlytics.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;

import org.springframework.stereotype.Service;

/**
 * Managing schedules from another module (the admin pages of the web UI): the same
 * services, rules and permissions as {@code /api/reports/schedules}, answered with the
 * same records the API writes.
 */
@Service
public class ReportSchedules {

	private final ScheduleService schedules;

	private final RecipientService recipients;

	private final Runs runs;

	private final TestEmails testEmails;

	private final ExecutionStore executions;

	private final Clock clock;

	ReportSchedules(ScheduleService schedules, RecipientService recipients, Runs runs, TestEmails testEmails,
			ExecutionStore executions, Clock clock) {
		this.schedules = schedules;
		this.recipients = recipients;
		this.runs = runs;
		this.testEmails = testEmails;
		this.executions = executions;
		this.clock = clock;
	}

	public Paged<ScheduleJson> list(Actor actor, PageQuery page) {
		Instant now = this.clock.instant();
		return this.schedules.list(actor, page).map((schedule) -> ScheduleJson.of(schedule, now));
	}

	public ScheduleJson get(Actor actor, long id) {
		return ScheduleJson.of(this.schedules.get(actor, id), this.clock.instant());
	}

	public ScheduleJson create(Actor actor, ScheduleInput input) {
		return ScheduleJson.of(this.schedules.create(actor, input), this.clock.instant());
	}

	public ScheduleJson update(Actor actor, long id, ScheduleInput input) {
		return ScheduleJson.of(this.schedules.update(actor, id, input), this.clock.instant());
	}

	public List<RecipientJson> recipients(Actor actor, long id) {
		List<Recipient> list = this.recipients.list(actor, id);
		Map<Long, Person> people = this.recipients.people(list);
		return list.stream()
			.map((recipient) -> RecipientJson.of(recipient, people.get(recipient.recipientId())))
			.toList();
	}

	public void addRecipient(Actor actor, long id, Long recipientId) {
		this.recipients.add(actor, id, recipientId);
	}

	public void removeRecipient(Actor actor, long id, Long recipientId) {
		this.recipients.remove(actor, id, recipientId);
	}

	/**
	 * @return the id of the started execution
	 */
	public long runNow(Actor actor, long id) {
		return this.runs.runNow(actor, id);
	}

	/**
	 * @return the task id
	 */
	public String sendTestEmail(Actor actor, long id, String recipientEmail) {
		return this.testEmails.request(actor, id, recipientEmail);
	}

	/**
	 * The latest executions, newest first, each with its per-recipient outcomes.
	 */
	public List<ExecutionHistory> history(Actor actor, long id, int limit) {
		List<Execution> latest = this.runs.executions(actor, id, limit).results();
		Map<Long, List<ExecutionStore.DeliveryRow>> deliveries = this.executions
			.deliveriesOf(latest.stream().map(Execution::id).toList());
		return latest.stream()
			.map((execution) -> new ExecutionHistory(ExecutionJson.of(execution),
					deliveries.getOrDefault(execution.id(), List.of()).stream().map(DeliveryOutcome::of).toList()))
			.toList();
	}

	/**
	 * An execution with what became of each recipient's email.
	 */
	public record ExecutionHistory(ExecutionJson execution, List<DeliveryOutcome> deliveries) {

	}

}
