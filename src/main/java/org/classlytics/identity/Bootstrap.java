package org.classlytics.identity;

import java.time.ZoneId;
import java.util.Locale;

import org.classlytics.roster.Registration;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.RosterSetup;
import org.classlytics.roster.School;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a first start with an empty database, creates the school and its admin from the
 * {@code classlytics.bootstrap.*} settings, so a new installation can be signed in to.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Bootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

	private final BootstrapProperties properties;

	private final Roster roster;

	private final RosterSetup setup;

	Bootstrap(BootstrapProperties properties, Roster roster, RosterSetup setup) {
		this.properties = properties;
		this.roster = roster;
		this.setup = setup;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.properties.configured() || !this.roster.isEmpty()) {
			return;
		}
		School school = this.setup.createSchool(this.properties.schoolName(), ZoneId.of(this.properties.timeZone()),
				Locale.forLanguageTag(this.properties.locale()));
		this.setup.register(school.id(), Registration.of(this.properties.adminEmail(), this.properties.adminPassword(),
				"School", "Admin", Role.ADMIN));
		log.info("First start: created school '{}' and admin {}", school.name(), this.properties.adminEmail());
	}

}
