package org.classlytics.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.classlytics.delivery.ExecutionStore.DeliveryRow;
import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.mail.MailDeliveryFailed;
import org.classlytics.mail.Mailer;
import org.classlytics.mail.OutgoingMail;
import org.classlytics.platform.LocalPeriod;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Works through one execution: one delivery row per subscribed recipient, each built with
 * that recipient's permissions and locale, sent once with a deterministic Message-ID.
 *
 * <p>
 * A delivery is marked sent only after the SMTP server took it. Should an instance die in
 * between, the run is taken over and that one message goes again with the same
 * Message-ID, which lets mail systems drop the duplicate. A lost database connection at
 * that moment is ridden out ({@link ConnectionLoss}), so it does not cause a duplicate.
 * Transient failures (4xx, connection errors) are retried with exponential backoff;
 * permanent ones (5xx) are not.
 */
@Component
class ExecutionRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExecutionRunner.class);

	static final String GENERATION_FAILED = "Report generation failed: ";

	private final ExecutionStore executions;

	private final ScheduleStore schedules;

	private final RecipientStore recipients;

	private final ObjectProvider<ScheduledReports> reports;

	private final ReportMail reportMail;

	private final Mailer mailer;

	private final Roster roster;

	private final DeliverySettings settings;

	private final Clock clock;

	private final AuditTrail audit;

	private final ExecutorService senders;

	ExecutionRunner(ExecutionStore executions, ScheduleStore schedules, RecipientStore recipients,
			ObjectProvider<ScheduledReports> reports, ReportMail reportMail, Mailer mailer, Roster roster,
			DeliverySettings settings, Clock clock, AuditTrail audit) {
		this.executions = executions;
		this.schedules = schedules;
		this.recipients = recipients;
		this.reports = reports;
		this.reportMail = reportMail;
		this.mailer = mailer;
		this.roster = roster;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
		AtomicInteger threads = new AtomicInteger();
		this.senders = Executors.newFixedThreadPool(settings.sendConcurrency(), (task) -> {
			Thread thread = new Thread(task, "report-sender-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Sends every delivery that is due.
	 * @return when to come back for deliveries waiting to be retried, or empty when the
	 * execution is finished (or gone)
	 */
	Optional<Instant> run(long executionId) {
		Execution execution = this.executions.find(executionId).orElse(null);
		if (execution == null || execution.status() != ExecutionStatus.STARTED) {
			return Optional.empty();
		}
		Schedule schedule = this.schedules.find(execution.scheduleId()).orElse(null);
		if (schedule == null) {
			return Optional.empty();
		}
		this.executions.heartbeat(executionId, this.clock.instant());
		if (!this.executions.hasDeliveries(executionId)) {
			createDeliveries(execution, schedule);
		}
		ScheduledReports renderer = this.reports.getIfAvailable();
		School school = this.roster.school(schedule.schoolId());
		List<DeliveryRow> deliveries = this.executions.deliveries(executionId);
		Map<Long, Person> people = this.roster.people(deliveries.stream().map(DeliveryRow::recipientId).toList());
		Instant now = this.clock.instant();
		List<DeliveryRow> due = deliveries.stream()
			.filter((delivery) -> delivery.open() && !delivery.nextAttemptAt().isAfter(now))
			.toList();
		Heartbeat heartbeat = new Heartbeat(executionId);
		AtomicBoolean generated = new AtomicBoolean();
		SharedRenders.Planned<DeliveryRow> planned = SharedRenders.plan(renderer, due, (delivery) -> {
			Person person = people.get(delivery.recipientId());
			return (person != null && person.active()) ? request(execution, schedule, school, person) : null;
		});
		// Deliveries are independent rows, so a run sends several at once: SMTP waits on
		// the network, not on the CPU.
		List<Future<?>> sends = new ArrayList<>(due.size());
		for (DeliveryRow delivery : planned.order()) {
			sends.add(this.senders.submit(() -> {
				deliver(execution, schedule, school, delivery, people.get(delivery.recipientId()), renderer,
						planned.renders(), generated);
				heartbeat.beat();
			}));
		}
		for (Future<?> send : sends) {
			waitFor(send);
		}
		return settle(execution, schedule);
	}

	private static void waitFor(Future<?> send) {
		try {
			send.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A delivery failed unexpectedly", ex.getCause());
		}
	}

	@Override
	public void destroy() {
		this.senders.shutdownNow();
	}

	/**
	 * Tells the database the run is alive, at most once a second.
	 */
	private final class Heartbeat {

		private final long executionId;

		private final AtomicReference<Instant> last;

		Heartbeat(long executionId) {
			this.executionId = executionId;
			this.last = new AtomicReference<>(ExecutionRunner.this.clock.instant());
		}

		void beat() {
			Instant now = ExecutionRunner.this.clock.instant();
			Instant previous = this.last.get();
			if (Duration.between(previous, now).toMillis() >= 1000 && this.last.compareAndSet(previous, now)) {
				ExecutionRunner.this.executions.heartbeat(this.executionId, now);
			}
		}

	}

	private void createDeliveries(Execution execution, Schedule schedule) {
		List<Recipient> subscribed = this.recipients.subscribedOf(schedule.id());
		Map<Long, Person> people = this.roster.people(subscribed.stream().map(Recipient::recipientId).toList());
		Instant now = this.clock.instant();
		for (Recipient recipient : subscribed) {
			Person person = people.get(recipient.recipientId());
			if (person == null || !person.active()) {
				continue;
			}
			this.executions.addDelivery(execution.id(), person.id(), person.email(),
					messageId(schedule.id(), execution.id(), person.id()), now);
		}
	}

	/**
	 * The report a recipient gets: the schedule's, with their permissions and their
	 * locale (else the school's).
	 */
	private ReportRequest request(Execution execution, Schedule schedule, School school, Person person) {
		Locale locale = (person.locale() != null) ? person.locale() : school.locale();
		LocalPeriod period = schedule.recurrence().periodBefore(execution.scheduledFor());
		Actor viewer = new Actor(person.id(), person.schoolId(), person.role());
		return new ReportRequest(schedule.id(), schedule.reportType(), schedule.scope(), period,
				execution.scheduledFor(), schedule.zone(), viewer, schedule.format(), locale);
	}

	private void deliver(Execution execution, Schedule schedule, School school, DeliveryRow delivery, Person person,
			ScheduledReports renderer, SharedRenders<DeliveryRow> renders, AtomicBoolean generated) {
		Instant now = this.clock.instant();
		Recipient recipient = this.recipients.find(schedule.id(), delivery.recipientId()).orElse(null);
		if (recipient == null || !recipient.subscribed() || person == null || !person.active()) {
			renders.skip(delivery);
			this.executions.transition(delivery, DeliveryState.SUPPRESSED, delivery.attempts(), now, null,
					"unsubscribed before sending");
			return;
		}
		ReportRequest request = request(execution, schedule, school, person);
		Locale locale = request.locale();
		LocalPeriod period = request.period();
		Actor viewer = request.viewer();
		RenderedReport report;
		try {
			if (renderer == null) {
				throw new ReportGenerationFailed("No report renderer is installed");
			}
			report = renders.render(delivery, request);
			if (generated.compareAndSet(false, true)) {
				this.schedules.markGenerated(schedule.id(), this.clock.instant());
			}
		}
		catch (RuntimeException ex) {
			String error = GENERATION_FAILED + ex.getMessage();
			log.warn("Schedule {} execution {}: no report for user {}: {}", schedule.id(), execution.id(), person.id(),
					ex.toString());
			this.executions.transition(delivery, DeliveryState.FAILED, delivery.attempts(), now, null, error);
			return;
		}
		OutgoingMail mail = this.reportMail
			.build(schedule.schoolId(), school.name(), delivery.email(), person.fullName(), schedule.name(),
					period.from(), period.to(), report.file(), recipient.unsubscribeToken(),
					"/api/reports/schedules/" + schedule.id() + "/executions/" + execution.id() + "/report",
					delivery.messageId(), locale, false)
			.withStudents(report.studentIds());
		int attempts = delivery.attempts() + 1;
		try {
			this.mailer.send(mail);
			// The server has the message: losing this write would send it again.
			Instant sentAt = this.clock.instant();
			ConnectionLoss.retry("marking " + delivery.messageId() + " sent",
					() -> this.executions.transition(delivery, DeliveryState.SENT, attempts, now, sentAt, null));
			this.audit.record(viewer, AuditAction.EMAIL, schedule.reportType().apiName(), report.studentIds());
		}
		catch (MailDeliveryFailed ex) {
			Instant failedAt = this.clock.instant();
			if (ex.isTransient() && attempts <= this.settings.maxRetries()) {
				Instant retryAt = failedAt.plus(this.settings.retryDelay(attempts));
				log.info("Schedule {} execution {}: {} to {} failed (attempt {}), retrying at {}: {}", schedule.id(),
						execution.id(), delivery.messageId(), delivery.email(), attempts, retryAt, ex.getMessage());
				this.executions.transition(delivery, DeliveryState.RETRYING, attempts, retryAt, null, ex.getMessage());
			}
			else {
				log.warn("Schedule {} execution {}: {} to {} failed for good after {} attempt(s): {}", schedule.id(),
						execution.id(), delivery.messageId(), delivery.email(), attempts, ex.getMessage());
				this.executions.transition(delivery, DeliveryState.FAILED, attempts, failedAt, null, ex.getMessage());
			}
		}
	}

	private Optional<Instant> settle(Execution execution, Schedule schedule) {
		List<DeliveryRow> deliveries = this.executions.deliveries(execution.id());
		String generationError = deliveries.stream()
			.map(DeliveryRow::errorMessage)
			.filter((error) -> error != null && error.startsWith(GENERATION_FAILED))
			.findFirst()
			.orElse(null);
		int total = 0;
		int sent = 0;
		int failed = 0;
		for (DeliveryRow delivery : deliveries) {
			switch (delivery.state()) {
				case SENT -> sent++;
				case FAILED -> failed++;
				default -> {
				}
			}
			if (delivery.state() != DeliveryState.SUPPRESSED) {
				total++;
			}
		}
		Optional<Instant> retryAt = deliveries.stream()
			.filter(DeliveryRow::open)
			.map(DeliveryRow::nextAttemptAt)
			.min(Comparator.naturalOrder());
		if (retryAt.isPresent()) {
			this.executions.counts(execution.id(), total, sent, failed);
			return retryAt;
		}
		Instant now = this.clock.instant();
		ExecutionStatus status = ExecutionStatus.of(total, sent);
		String error = null;
		if (status != ExecutionStatus.COMPLETED) {
			error = (generationError != null) ? generationError
					: (total == 0) ? "No subscribed recipients" : failed + " of " + total + " emails could not be sent";
		}
		this.executions.finish(execution.id(), status, total, sent, failed, error, now);
		if (sent > 0) {
			this.schedules.markSent(schedule.id(), now);
		}
		log.info("Schedule {} execution {} for {}: {}, {} of {} sent", schedule.id(), execution.id(),
				execution.scheduledFor(), status.apiName(), sent, total);
		return Optional.empty();
	}

	String messageId(long scheduleId, long executionId, long recipientId) {
		return "<report." + scheduleId + "." + executionId + "." + recipientId + "@" + this.settings.messageIdDomain()
				+ ">";
	}

	/**
	 * The period of an occurrence's report, for the in-app download of a report too large
	 * to attach.
	 */
	LocalPeriod periodOf(Schedule schedule, Execution execution) {
		return schedule.recurrence().periodBefore(execution.scheduledFor());
	}

}
