package org.classlytics.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Beans every integration test shares: a clean schema, the HTTP client and fixtures.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

	private static final AtomicBoolean cleaned = new AtomicBoolean();

	/**
	 * The PostgreSQL test database outlives a run, so the first context of a JVM starts
	 * it afresh. Later contexts (a test with other settings) only migrate: cleaning again
	 * would pull the rows from under contexts that are still cached.
	 */
	@Bean
	FlywayMigrationStrategy cleanOncePerRun() {
		return (flyway) -> {
			if (cleaned.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

	@Bean
	Api api(org.springframework.core.env.Environment environment) {
		return new Api(environment);
	}

	@Bean
	Fixtures fixtures(org.classlytics.roster.RosterSetup setup, org.classlytics.identity.Tokens tokens) {
		return new Fixtures(setup, tokens);
	}

}
