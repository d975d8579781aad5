package org.classlytics.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Service;

/**
 * The report subscriptions of the signed-in person, for other modules (the web UI): what
 * they receive, and unsubscribing from one of them without the mailed token.
 */
@Service
public class Subscriptions {

	private final RecipientService recipients;

	private final Clock clock;

	Subscriptions(RecipientService recipients, Clock clock) {
		this.recipients = recipients;
		this.clock = clock;
	}

	/**
	 * The schedules the person receives, by name.
	 */
	public List<Subscription> of(Actor actor) {
		Instant now = this.clock.instant();
		return this.recipients.mySubscriptions(actor)
			.stream()
			.map((found) -> new Subscription(found.schedule().id(), found.schedule().name(),
					found.schedule().reportType(), found.schedule().frequency().apiName(),
					found.schedule().format().name().toLowerCase(java.util.Locale.ROOT),
					found.schedule().nextScheduled(now)))
			.sorted(java.util.Comparator.comparing(Subscription::name).thenComparingLong(Subscription::scheduleId))
			.toList();
	}

	/**
	 * Unsubscribes the person from a schedule they receive.
	 * @throws NotFoundException when they do not receive the schedule
	 */
	public void unsubscribe(Actor actor, long scheduleId) {
		RecipientService.Subscription subscription = this.recipients.mySubscriptions(actor)
			.stream()
			.filter((found) -> found.schedule().id() == scheduleId)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Subscription", scheduleId));
		this.recipients.unsubscribe(subscription.recipient().unsubscribeToken());
	}

	/**
	 * A schedule the person receives.
	 *
	 * @param frequency daily, weekly or monthly
	 * @param format pdf, csv or xlsx
	 * @param nextRun the next run, or null while the schedule is paused
	 */
	public record Subscription(long scheduleId, String name, ReportType reportType, String frequency, String format,
			Instant nextRun) {

	}

}
