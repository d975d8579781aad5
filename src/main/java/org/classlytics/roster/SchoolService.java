package org.classlytics.roster;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SchoolService {

	private final SchoolRepository schools;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SchoolService(SchoolRepository schools, ApplicationEventPublisher events, Clock clock) {
		this.schools = schools;
		this.events = events;
		this.clock = clock;
	}

	School create(String name, ZoneId timeZone, Locale locale) {
		return this.schools.save(SchoolEntity.create(name, timeZone, locale, this.clock.instant())).toSchool();
	}

	@Transactional(readOnly = true)
	School get(Actor actor, long schoolId) {
		if (actor.schoolId() != schoolId) {
			throw NotFoundException.of("School", schoolId);
		}
		return load(schoolId).toSchool();
	}

	School update(Actor actor, long schoolId, SchoolChanges changes) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("Only an admin may change the school");
		}
		get(actor, schoolId);
		SchoolEntity school = load(schoolId);
		ZoneId previousZone = school.timeZone();
		if (changes.name() != null) {
			school.rename(changes.name());
		}
		if (changes.timeZone() != null) {
			school.moveTo(changes.timeZone());
		}
		if (changes.locale() != null) {
			school.speak(changes.locale());
		}
		School saved = this.schools.save(school).toSchool();
		this.events.publishEvent(new SchoolUpdated(schoolId, saved.timeZone(), previousZone));
		return saved;
	}

	private SchoolEntity load(long schoolId) {
		return this.schools.findById(schoolId).orElseThrow(() -> NotFoundException.of("School", schoolId));
	}

	record SchoolChanges(String name, ZoneId timeZone, Locale locale) {

	}

}
