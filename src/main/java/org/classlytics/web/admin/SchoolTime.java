package org.classlytics.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.classlytics.roster.Actor;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Component;

/**
 * The admin's school's clock: pages show instants and "today" in the school's zone.
 */
@Component
class SchoolTime {

	private final Roster roster;

	private final Clock clock;

	SchoolTime(Roster roster, Clock clock) {
		this.roster = roster;
		this.clock = clock;
	}

	ZoneId zoneOf(Actor actor) {
		return this.roster.zoneOf(actor.schoolId());
	}

	LocalDate today(Actor actor) {
		return LocalDate.now(this.clock.withZone(zoneOf(actor)));
	}

}
