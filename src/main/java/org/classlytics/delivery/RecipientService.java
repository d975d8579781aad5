package org.classlytics.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classlytics.platform.ConflictException;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives a schedule, and unsubscribing. A recipient must be allowed to see every
 * student of the schedule's scope, because their report is built with their own
 * permissions.
 */
@Service
@Transactional
class RecipientService {

	private final ScheduleService schedules;

	private final RecipientStore recipients;

	private final ScheduleStore store;

	private final AccessPolicy access;

	private final Roster roster;

	private final Clock clock;

	RecipientService(ScheduleService schedules, RecipientStore recipients, ScheduleStore store, AccessPolicy access,
			Roster roster, Clock clock) {
		this.schedules = schedules;
		this.recipients = recipients;
		this.store = store;
		this.access = access;
		this.roster = roster;
		this.clock = clock;
	}

	Recipient add(Actor actor, long scheduleId, Long recipientId) {
		Schedule schedule = this.schedules.load(actor, scheduleId);
		if (recipientId == null) {
			throw InvalidInputException.field("recipient_id", "is required");
		}
		Person person = this.roster.person(recipientId)
			.filter((found) -> found.schoolId() == schedule.schoolId() && found.active())
			.orElseThrow(() -> InvalidInputException.field("recipient_id", "no active user " + recipientId));
		Actor viewer = new Actor(person.id(), person.schoolId(), person.role());
		Set<Long> students = schedule.scope().studentIds();
		Set<Long> visible = this.access.visibleAmong(viewer, students);
		for (Long student : students) {
			if (!visible.contains(student)) {
				throw InvalidInputException.field("recipient_id",
						"user " + recipientId + " may not see student " + student + " of the schedule's scope");
			}
		}
		if (this.recipients.isSubscribed(scheduleId, recipientId)) {
			throw new ConflictException("User " + recipientId + " already receives schedule " + scheduleId);
		}
		this.recipients.subscribe(scheduleId, recipientId, this.clock.instant());
		return this.recipients.find(scheduleId, recipientId).orElseThrow();
	}

	void remove(Actor actor, long scheduleId, Long recipientId) {
		this.schedules.load(actor, scheduleId);
		if (recipientId == null) {
			throw InvalidInputException.field("recipient_id", "is required");
		}
		if (!this.recipients.remove(scheduleId, recipientId)) {
			throw NotFoundException.of("Recipient", recipientId);
		}
	}

	@Transactional(readOnly = true)
	List<Recipient> list(Actor actor, long scheduleId) {
		this.schedules.load(actor, scheduleId);
		return this.recipients.ofSchedule(scheduleId);
	}

	Map<Long, Person> people(List<Recipient> recipients) {
		return this.roster.people(recipients.stream().map(Recipient::recipientId).toList());
	}

	/**
	 * The schedules the caller receives, with the caller's own unsubscribe tokens.
	 */
	@Transactional(readOnly = true)
	List<Subscription> mySubscriptions(Actor actor) {
		return this.recipients.ofPerson(actor.userId())
			.stream()
			.map((recipient) -> this.store.find(recipient.scheduleId())
				.map((schedule) -> new Subscription(schedule, recipient))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/**
	 * Unsubscribes the token's recipient, idempotently.
	 * @throws NotFoundException for an unknown token
	 */
	Recipient unsubscribe(String token) {
		Recipient recipient = (token != null) ? this.recipients.byToken(token).orElse(null) : null;
		if (recipient == null) {
			throw new NotFoundException("No subscription has this unsubscribe token");
		}
		this.recipients.unsubscribe(recipient.id(), this.clock.instant());
		return this.recipients.byToken(token).orElseThrow();
	}

	@Transactional(readOnly = true)
	java.util.Optional<Subscription> byToken(String token) {
		return this.recipients.byToken(token)
			.flatMap((recipient) -> this.store.find(recipient.scheduleId())
				.map((schedule) -> new Subscription(schedule, recipient)));
	}

	record Subscription(Schedule schedule, Recipient recipient) {

	}

}
