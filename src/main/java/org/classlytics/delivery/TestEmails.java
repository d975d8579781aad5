package org.classlytics.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.classlytics.delivery.ExecutionTasks.TestEmail;
import org.classlytics.mail.Attachment;
import org.classlytics.mail.Mailer;
import org.classlytics.mail.OutgoingMail;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponse;

/**
 * Test emails: a schedule's email with sample data, never real students, to any address
 * the caller names. At most {@code test-emails-per-hour} per user (5 by default).
 */
@Service
class TestEmails {

	private final ScheduleService schedules;

	private final ScheduleStore store;

	private final ExecutionTasks tasks;

	private final ObjectProvider<ScheduledReports> reports;

	private final ReportMail reportMail;

	private final Mailer mailer;

	private final Roster roster;

	private final DeliverySettings settings;

	private final Clock clock;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TestEmails.class);

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	TestEmails(ScheduleService schedules, ScheduleStore store, ExecutionTasks tasks,
			ObjectProvider<ScheduledReports> reports, ReportMail reportMail, Mailer mailer, Roster roster,
			DeliverySettings settings, Clock clock) {
		this.schedules = schedules;
		this.store = store;
		this.tasks = tasks;
		this.reports = reports;
		this.reportMail = reportMail;
		this.mailer = mailer;
		this.roster = roster;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return the task id
	 * @throws RateLimited beyond the hourly allowance
	 */
	String request(Actor actor, long scheduleId, String recipientEmail) {
		Schedule schedule = this.schedules.load(actor, scheduleId);
		if (recipientEmail == null || recipientEmail.isBlank()) {
			throw InvalidInputException.field("recipient_email", "is required");
		}
		if (!recipientEmail.strip().matches("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+")) {
			throw InvalidInputException.field("recipient_email", "must be an email address");
		}
		ConsumptionProbe probe = bucketOf(actor.userId()).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw new RateLimited(this.settings.testEmailsPerHour(), seconds);
		}
		String taskId = UUID.randomUUID().toString();
		this.tasks.sendTestEmail(new TestEmail(taskId, schedule.id(), actor.userId(), recipientEmail.strip()),
				this.clock.instant());
		return taskId;
	}

	/**
	 * Sends a test email (the task's work).
	 */
	void send(TestEmail email) {
		Schedule schedule = this.store.find(email.scheduleId()).orElse(null);
		ScheduledReports renderer = this.reports.getIfAvailable();
		if (schedule == null || renderer == null) {
			log.warn("Test email {} dropped: {}", email.taskId(),
					(schedule == null) ? "its schedule is gone" : "no report renderer is installed");
			return;
		}
		School school = this.roster.school(schedule.schoolId());
		Person requester = this.roster.person(email.requestedBy()).orElse(null);
		Locale locale = (requester != null && requester.locale() != null) ? requester.locale() : school.locale();
		Attachment sample = renderer.renderSample(schedule.reportType(), schedule.format(), locale);
		Instant now = this.clock.instant();
		var period = schedule.recurrence().periodBefore(schedule.recurrence().latestAtOrBefore(now));
		OutgoingMail mail = this.reportMail.build(schedule.schoolId(), school.name(), email.recipientEmail(), null,
				schedule.name(), period.from(), period.to(), sample, null, "/api/reports/schedules/" + schedule.id(),
				"<test." + email.taskId() + "@" + this.settings.messageIdDomain() + ">", locale, true);
		this.mailer.send(mail);
	}

	private Bucket bucketOf(long userId) {
		return this.buckets.computeIfAbsent(userId,
				(id) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.settings.testEmailsPerHour())
						.refillIntervally(this.settings.testEmailsPerHour(), Duration.ofHours(1))
						.build())
					.build());
	}

	/**
	 * Too many test emails: answered with 429 and Retry-After (the API), or the friendly
	 * 429 page (the web UI, which reads the status from {@link ErrorResponse}).
	 */
	static class RateLimited extends RuntimeException implements ErrorResponse {

		private final long retryAfterSeconds;

		RateLimited(int perHour, long retryAfterSeconds) {
			super("At most " + perHour + " test emails per hour; try again in " + retryAfterSeconds + " s");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.TOO_MANY_REQUESTS;
		}

		@Override
		public ProblemDetail getBody() {
			return ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, getMessage());
		}

	}

}
