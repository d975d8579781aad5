package org.classlytics.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.classlytics.ClasslyticsApplication;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Registration;
import org.classlytics.roster.Role;
import org.classlytics.roster.RosterSetup;
import org.classlytics.roster.School;
import org.classlytics.support.OwnH2Database;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Whole application instances started by a test itself, as separate JVMs would be: each
 * with its own scheduler, on the database of the test run (H2 in memory, shared by name
 * by the instances of one test class, or the PostgreSQL of the postgres profile), mailing
 * to one SMTP server.
 */
final class Instances {

	private Instances() {
	}

	static ConfigurableApplicationContext start(String name, int smtpPort, String... more) {
		return start(List.of(), name, smtpPort, more);
	}

	/**
	 * An instance with more test configuration, such as a mail sender that fails in a
	 * chosen way.
	 */
	static ConfigurableApplicationContext start(List<Class<?>> configuration, String name, int smtpPort,
			String... more) {
		List<Class<?>> sources = new ArrayList<>(List.of(ClasslyticsApplication.class, TestReports.class));
		sources.addAll(configuration);
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("db-scheduler.enabled", "true");
		properties.put("db-scheduler.polling-interval", "100ms");
		properties.put("db-scheduler.scheduler-name", name);
		properties.put("classlytics.delivery.dispatch-interval", "100ms");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(smtpPort));
		properties.put("spring.main.banner-mode", "off");
		if (OwnH2Database.onH2()) {
			properties.put("spring.datasource.url", ownH2Database());
		}
		// A test's own settings replace the defaults above (a name given twice on the
		// command line would become a list of both values).
		for (String property : more) {
			put(properties, property);
		}
		// Command-line arguments: they outrank the test profile's settings.
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).profiles("test")
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("testClassesExcludeFilter", new TestClassesExcludeFilter()))
			.run(properties.entrySet()
				.stream()
				.map((property) -> "--" + property.getKey() + "=" + property.getValue())
				.toArray(String[]::new));
	}

	private static void put(Map<String, String> properties, String property) {
		int equals = property.indexOf('=');
		if (equals < 1) {
			throw new IllegalArgumentException("Not a name=value setting: " + property);
		}
		properties.put(property.substring(0, equals), property.substring(equals + 1));
	}

	/**
	 * On H2, the instances of one test class share an in-memory database of their own
	 * (see {@link OwnH2Database}), named after the class.
	 */
	private static String ownH2Database() {
		String testClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
			.walk((frames) -> frames.map(StackWalker.StackFrame::getDeclaringClass)
				.filter((type) -> type != Instances.class)
				.findFirst()
				.orElseThrow())
			.getSimpleName();
		return OwnH2Database.url("instances-" + testClass);
	}

	/**
	 * A school in UTC with its admin and the given number of teachers.
	 */
	static Staff staff(ConfigurableApplicationContext context, int teachers) {
		RosterSetup setup = context.getBean(RosterSetup.class);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		School school = setup.createSchool("Load " + tag, java.time.ZoneId.of("UTC"), Locale.ENGLISH);
		Person admin = setup.register(school.id(), new Registration("admin." + tag + "@load.example", "secret-pass-1",
				"Ada", "Admin", Role.ADMIN, null, null, null, Set.of()));
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < teachers; i++) {
			people.add(setup.register(school.id(), new Registration("teacher" + i + "." + tag + "@load.example",
					"secret-pass-1", "Teacher", "No" + i, Role.TEACHER, null, null, null, Set.of())));
		}
		return new Staff(school, new Actor(admin.id(), school.id(), Role.ADMIN), people);
	}

	record Staff(School school, Actor admin, List<Person> teachers) {

	}

	/**
	 * Keeps the test tree out of component scanning, as Spring Boot's test support does
	 * for its own contexts: only the configuration a test names is used.
	 */
	static final class TestClassesExcludeFilter extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcludeFilter;
		}

		@Override
		public int hashCode() {
			return TestClassesExcludeFilter.class.hashCode();
		}

	}

}
