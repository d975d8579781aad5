package org.classlytics.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes demo schools: the one with the well-known logins that
 * {@code classlytics.demo=true} makes on start, and further schools of any size for
 * benchmarks.
 */
@Service
public class DemoSchool {

	/**
	 * The email domain of the well-known logins.
	 */
	public static final String DOMAIN = "demo.classlytics.org";

	public static final String SCHOOL_NAME = "Classlytics Demo School";

	private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

	private static final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Roster roster;

	private final Clock clock;

	DemoSchool(JdbcTemplate jdbc, PlatformTransactionManager transactions, PasswordEncoder passwords,
			ApplicationEventPublisher events, Roster roster, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.passwords = passwords;
		this.events = events;
		this.roster = roster;
		this.clock = clock;
	}

	/**
	 * The well-known demo school, if it was made.
	 */
	public Optional<Person> wellKnownAdmin() {
		return this.roster.personByEmail("admin@" + DOMAIN);
	}

	/**
	 * A plan for a school of this size whose history ends now (to the hour, so that the
	 * same day gives the same school).
	 */
	public DemoPlan planFor(int students, long seed, String schoolName, String emailDomain) {
		return new DemoPlan(students, seed, schoolName, emailDomain,
				this.clock.instant().truncatedTo(ChronoUnit.HOURS));
	}

	/**
	 * Writes a school in one transaction and then announces it with
	 * {@link DemoSchoolGenerated}, inside that transaction like every other write. The
	 * password ({@code demo1234}) is hashed once for every account.
	 */
	public GeneratedSchool generate(DemoPlan plan) {
		long started = System.nanoTime();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		String hash = this.passwords.encode(DemoGenerator.PASSWORD);
		DemoGenerator generator = new DemoGenerator(this.jdbc, plan, hash);
		long schoolId = this.transaction.execute((status) -> {
			long id = generator.generate();
			SchoolCalendar calendar = generator.calendar();
			this.events.publishEvent(new DemoSchoolGenerated(id, calendar.zone, plan.students(), calendar.activityFrom,
					calendar.activityTo, plan.asOf()));
			return id;
		});
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStarted);
		Map<String, Duration> insertTimes = new LinkedHashMap<>();
		generator.nanos().forEach((table, nanos) -> insertTimes.put(table, Duration.ofNanos(nanos)));
		GeneratedSchool school = new GeneratedSchool(schoolId, plan.schoolName(), generator.domain(),
				generator.logins(), Collections.unmodifiableMap(new LinkedHashMap<>(generator.counts())), took, cpu,
				Collections.unmodifiableMap(insertTimes));
		log.info("Generated demo school '{}' (id {}): {} students, {} rows in {} ms ({} ms CPU)", plan.schoolName(),
				schoolId, plan.students(), school.totalRows(), took.toMillis(), cpu.toMillis());
		return school;
	}

	/**
	 * The password of every generated account.
	 */
	public String password() {
		return DemoGenerator.PASSWORD;
	}

}
