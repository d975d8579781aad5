package org.classlytics.delivery;

import java.time.Instant;

import org.classlytics.roster.Person;

/**
 * A recipient of a schedule as the API and the admin pages show it.
 */
public record RecipientJson(long id, long recipientId, String email, String firstName, String lastName, String role,
		boolean subscribed, Instant createdAt, Instant unsubscribedAt) {

	static RecipientJson of(Recipient recipient, Person person) {
		return new RecipientJson(recipient.id(), recipient.recipientId(), (person != null) ? person.email() : null,
				(person != null) ? person.firstName() : null, (person != null) ? person.lastName() : null,
				(person != null) ? person.role().name() : null, recipient.subscribed(), recipient.createdAt(),
				recipient.unsubscribedAt());
	}

}
