package org.classlytics.identity;

import org.classlytics.ClasslyticsApplication;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start on an empty database creates the configured school and admin; a second
 * start leaves them alone. Runs its own application on its own empty database.
 */
class BootstrapTests {

	@Test
	void createsTheSchoolAndAdminOnAnEmptyDatabaseOnly() {
		String database = "jdbc:h2:mem:bootstrap-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		String[] settings = { "--spring.datasource.url=" + database, "--server.port=0", "--classlytics.demo=false",
				"--spring.profiles.active=test", "--classlytics.bootstrap.admin-email=Head@First.School",
				"--classlytics.bootstrap.admin-password=first-start-1",
				"--classlytics.bootstrap.school-name=First School", "--classlytics.bootstrap.time-zone=Europe/Athens",
				"--db-scheduler.enabled=false" };
		try (ConfigurableApplicationContext first = start(settings)) {
			Roster roster = first.getBean(Roster.class);
			Person admin = roster.personByEmail("head@first.school").orElseThrow();
			assertThat(admin.role()).isEqualTo(Role.ADMIN);
			assertThat(roster.school(admin.schoolId()).name()).isEqualTo("First School");
			assertThat(roster.school(admin.schoolId()).timeZone().getId()).isEqualTo("Europe/Athens");
		}
		try (ConfigurableApplicationContext second = start(settings)) {
			assertThat(second.getBean(Roster.class).schools()).hasSize(1);
		}
	}

	private static ConfigurableApplicationContext start(String[] settings) {
		return new SpringApplicationBuilder(ClasslyticsApplication.class).run(settings);
	}

}
