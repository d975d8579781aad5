package org.classlytics.demo;

import java.util.List;
import java.util.Optional;

import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With {@code classlytics.demo=true}, makes the demo school on the first start and prints
 * its logins on every start. Commands run with the demo switched off, so this never runs
 * for them.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

	private final DemoSettings settings;

	private final DemoSchool demo;

	private final Roster roster;

	private final Environment environment;

	DemoStartup(DemoSettings settings, DemoSchool demo, Roster roster, Environment environment) {
		this.settings = settings;
		this.demo = demo;
		this.roster = roster;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.settings.demo()) {
			String banner = ensureDemoSchool();
			log.info("\n{}", banner);
			System.out.println(banner);
		}
	}

	/**
	 * Makes the well-known demo school unless it exists, and returns the login banner.
	 */
	String ensureDemoSchool() {
		Optional<Person> admin = this.demo.wellKnownAdmin();
		if (admin.isPresent()) {
			long schoolId = admin.get().schoolId();
			List<DemoLogin> logins = List.of("admin", "teacher", "tutor", "parent", "student")
				.stream()
				.flatMap((who) -> this.roster.personByEmail(who + "@" + DemoSchool.DOMAIN).stream())
				.map((person) -> new DemoLogin(person.role().name(), person.email(), person.fullName()))
				.toList();
			return banner(this.roster.school(schoolId).name(), this.roster.countActive(schoolId, Role.STUDENT), logins,
					"already there");
		}
		GeneratedSchool school = this.demo.generate(this.demo.planFor(this.settings.demoStudents(),
				this.settings.demoSeed(), DemoSchool.SCHOOL_NAME, DemoSchool.DOMAIN));
		return banner(school.schoolName(), this.settings.demoStudents(), school.logins(),
				"made in " + school.took().toMillis() + " ms, " + school.totalRows() + " rows");
	}

	private String banner(String schoolName, long students, List<DemoLogin> logins, String note) {
		String port = this.environment.getProperty("local.server.port", "8080");
		StringBuilder text = new StringBuilder();
		String rule = "=".repeat(72);
		text.append(rule).append('\n');
		text.append(" Classlytics demo school: ")
			.append(schoolName)
			.append(" (Europe/Athens), ")
			.append(students)
			.append(" students, ")
			.append(note)
			.append('\n');
		text.append(" Sign in at http://localhost:").append(port).append("/login or POST /api/auth/token\n");
		text.append(" Password for every account: ").append(this.demo.password()).append('\n');
		for (DemoLogin login : logins) {
			text.append(String.format("   %-8s %-32s %s%n", login.role(), login.email(), login.name()));
		}
		text.append(rule);
		return text.toString();
	}

}
