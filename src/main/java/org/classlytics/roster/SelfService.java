package org.classlytics.roster;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a person makes to their own record from outside the API, such as the web UI's
 * language switcher. Same rules and events as {@code PATCH /api/users/{id}} on oneself.
 */
@Service
@Transactional
public class SelfService {

	private final PersonService people;

	SelfService(PersonService people) {
		this.people = people;
	}

	/**
	 * Remembers the caller's language; null returns them to their school's.
	 */
	public Person changeOwnLocale(Actor actor, Locale locale) {
		return this.people.update(actor, actor.userId(),
				new PersonChanges(null, null, null, null, Optional.ofNullable(locale), null, null, null, null, null));
	}

}
