package org.classlytics.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/schedules")
class ScheduleController {

	private final ScheduleService schedules;

	private final RecipientService recipients;

	private final Runs runs;

	private final TestEmails testEmails;

	private final Clock clock;

	ScheduleController(ScheduleService schedules, RecipientService recipients, Runs runs, TestEmails testEmails,
			Clock clock) {
		this.schedules = schedules;
		this.recipients = recipients;
		this.runs = runs;
		this.testEmails = testEmails;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "List schedules", description = "Teachers and tutors see their own schedules, admins "
			+ "every schedule of the school; parents and students get 403. Newest first.")
	Paged<ScheduleJson> list(Actor actor, PageQuery page) {
		Instant now = this.clock.instant();
		return this.schedules.list(actor, page).map((schedule) -> ScheduleJson.of(schedule, now));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a schedule", description = "Teachers, tutors and admins. weekly needs "
			+ "day_of_week (1 = Monday), monthly day_of_month (1 to 31, clamped to the month's last day); "
			+ "weekdays_only is for daily schedules. time_zone defaults to the school's. scope.student_ids must "
			+ "all be students the caller may see. next_scheduled is null while is_active is false.")
	ScheduleJson create(Actor actor, @RequestBody ScheduleInput input) {
		return ScheduleJson.of(this.schedules.create(actor, input), this.clock.instant());
	}

	@GetMapping("/my_subscriptions")
	@Operation(summary = "The schedules the caller receives",
			description = "With the caller's own unsubscribe_token for each.")
	Paged<SubscriptionJson> mySubscriptions(Actor actor) {
		Instant now = this.clock.instant();
		List<SubscriptionJson> results = this.recipients.mySubscriptions(actor)
			.stream()
			.map((subscription) -> new SubscriptionJson(ScheduleJson.of(subscription.schedule(), now),
					subscription.recipient().unsubscribeToken(), subscription.recipient().createdAt()))
			.toList();
		return new Paged<>(results.size(), results);
	}

	@PostMapping("/unsubscribe")
	@Operation(summary = "Unsubscribe with a token",
			description = "No login needed. Idempotent; an unknown " + "token is 404.")
	UnsubscribedJson unsubscribe(@RequestBody TokenInput input) {
		if (input.unsubscribeToken() == null || input.unsubscribeToken().isBlank()) {
			throw InvalidInputException.field("unsubscribe_token", "is required");
		}
		return UnsubscribedJson.of(this.recipients.unsubscribe(input.unsubscribeToken()));
	}

	@GetMapping("/{id}")
	ScheduleJson get(Actor actor, @PathVariable long id) {
		return ScheduleJson.of(this.schedules.get(actor, id), this.clock.instant());
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a schedule", description = "Only the given fields change; the rules are checked "
			+ "against the result, so a weekly schedule without a stored day_of_week is refused.")
	ScheduleJson update(Actor actor, @PathVariable long id, @RequestBody ScheduleInput input) {
		return ScheduleJson.of(this.schedules.update(actor, id, input), this.clock.instant());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.schedules.delete(actor, id);
	}

	@PostMapping("/{id}/recipients")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a recipient", description = "Any active user of the school who may see every "
			+ "student of the schedule's scope, else 400. A current recipient again is 409; one who unsubscribed "
			+ "is subscribed again with a new token.")
	RecipientJson addRecipient(Actor actor, @PathVariable long id, @RequestBody RecipientInput input) {
		Recipient recipient = this.recipients.add(actor, id, input.recipientId());
		return RecipientJson.of(recipient, this.recipients.people(List.of(recipient)).get(recipient.recipientId()));
	}

	@DeleteMapping("/{id}/remove_recipient")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeRecipient(Actor actor, @PathVariable long id,
			@RequestParam(name = "recipient_id", required = false) Long recipientId) {
		this.recipients.remove(actor, id, recipientId);
	}

	@GetMapping("/{id}/recipients")
	Paged<RecipientJson> recipients(Actor actor, @PathVariable long id) {
		List<Recipient> list = this.recipients.list(actor, id);
		Map<Long, Person> people = this.recipients.people(list);
		List<RecipientJson> results = list.stream()
			.map((recipient) -> RecipientJson.of(recipient, people.get(recipient.recipientId())))
			.toList();
		return new Paged<>(results.size(), results);
	}

	@PostMapping("/{id}/run_now")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Run a schedule now", description = "Starts an execution outside the schedule's "
			+ "occurrences and returns its id at once; the emails go out in the background.")
	Map<String, Long> runNow(Actor actor, @PathVariable long id) {
		return Map.of("execution_id", this.runs.runNow(actor, id));
	}

	@PostMapping("/{id}/test_email")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a test email", description = "The schedule's email with sample data only, to "
			+ "recipient_email. At most 5 per hour per user; beyond that 429 with Retry-After (seconds).")
	Map<String, String> testEmail(Actor actor, @PathVariable long id, @RequestBody TestEmailInput input) {
		return Map.of("task_id", this.testEmails.request(actor, id, input.recipientEmail()), "status", "accepted");
	}

	@GetMapping("/{id}/executions")
	@Operation(summary = "Recent executions", description = "Newest first by scheduled_for; limit 1 to 100, "
			+ "default 10. count is the number of executions the schedule has.")
	Paged<ExecutionJson> executions(Actor actor, @PathVariable long id,
			@RequestParam(required = false, defaultValue = "10") String limit) {
		int max;
		try {
			max = Integer.parseInt(limit);
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.field("limit", "must be a whole number from 1 to 100");
		}
		if (max < 1 || max > 100) {
			throw InvalidInputException.field("limit", "must be from 1 to 100");
		}
		return this.runs.executions(actor, id, max).map(ExecutionJson::of);
	}

	@GetMapping("/{id}/executions/{executionId}/report")
	@Operation(summary = "Download a delivered report", description = "For a recipient of that execution: the "
			+ "report built again with the caller's permissions. The link in an email whose report was too large "
			+ "to attach.")
	ResponseEntity<byte[]> report(Actor actor, @PathVariable long id, @PathVariable long executionId) {
		org.classlytics.mail.Attachment file = this.runs.report(actor, id, executionId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					org.classlytics.export.Attachment.contentDisposition(file.filename()))
			.body(file.content());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rateLimited(TestEmails.RateLimited ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem);
	}

	record TokenInput(String unsubscribeToken) {

	}

	record RecipientInput(Long recipientId) {

	}

	record TestEmailInput(String recipientEmail) {

	}

	record SubscriptionJson(ScheduleJson schedule, String unsubscribeToken, Instant subscribedAt) {

	}

	record UnsubscribedJson(long scheduleId, long recipientId, boolean subscribed, Instant unsubscribedAt) {

		static UnsubscribedJson of(Recipient recipient) {
			return new UnsubscribedJson(recipient.scheduleId(), recipient.recipientId(), recipient.subscribed(),
					recipient.unsubscribedAt());
		}

	}

}
