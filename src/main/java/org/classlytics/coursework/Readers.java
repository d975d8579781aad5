package org.classlytics.coursework;

import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Component;

/**
 * Works out a caller's {@link Reach} from the access policy.
 */
@Component
class Readers {

	private final AccessPolicy access;

	Readers(AccessPolicy access) {
		this.access = access;
	}

	Reach reachOf(Actor actor) {
		return new Reach(actor, this.access.scopeOf(actor));
	}

}
