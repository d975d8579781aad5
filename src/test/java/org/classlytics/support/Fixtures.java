package org.classlytics.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.classlytics.identity.Tokens;
import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Enrollment;
import org.classlytics.roster.Person;
import org.classlytics.roster.Registration;
import org.classlytics.roster.Role;
import org.classlytics.roster.RosterSetup;
import org.classlytics.roster.School;
import org.classlytics.roster.Subject;
import org.classlytics.roster.Term;

/**
 * Builds isolated schools for tests. Each test makes its own school with unique emails,
 * so tests never see each other's rows, on H2 or on a shared PostgreSQL database.
 */
public class Fixtures {

	public static final String PASSWORD = "correct-horse-1";

	private static final AtomicInteger sequence = new AtomicInteger();

	private final RosterSetup setup;

	private final Tokens tokens;

	Fixtures(RosterSetup setup, Tokens tokens) {
		this.setup = setup;
		this.tokens = tokens;
	}

	public TestSchool school() {
		return school("UTC");
	}

	public TestSchool school(String timeZone) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		School school = this.setup.createSchool("School " + tag, ZoneId.of(timeZone), Locale.ENGLISH);
		return new TestSchool(school, tag);
	}

	public final class TestSchool {

		private final School school;

		private final String tag;

		private final Person admin;

		private TestSchool(School school, String tag) {
			this.school = school;
			this.tag = tag;
			this.admin = person(Role.ADMIN, "Ada", "Admin", null, null, Set.of());
		}

		public long id() {
			return this.school.id();
		}

		public School school() {
			return this.school;
		}

		public Person admin() {
			return this.admin;
		}

		public Person teacher(String firstName, String lastName) {
			return person(Role.TEACHER, firstName, lastName, null, null, Set.of());
		}

		public Person tutor(String firstName, String lastName) {
			return person(Role.TUTOR, firstName, lastName, null, null, Set.of());
		}

		public Person parent(String firstName, String lastName) {
			return person(Role.PARENT, firstName, lastName, null, null, Set.of());
		}

		public Person student(String firstName, String lastName) {
			return person(Role.STUDENT, firstName, lastName, null, null, Set.of());
		}

		/**
		 * A student with a class, a tutor and guardians (any may be null or empty).
		 */
		public Person student(String firstName, String lastName, ClassSection classSection, Person tutor,
				Person... guardians) {
			Set<Long> guardianIds = java.util.Arrays.stream(guardians)
				.map(Person::id)
				.collect(java.util.stream.Collectors.toSet());
			return person(Role.STUDENT, firstName, lastName, (classSection != null) ? classSection.id() : null,
					(tutor != null) ? tutor.id() : null, guardianIds);
		}

		public Person person(Role role, String firstName, String lastName, Long classId, Long tutorId,
				Set<Long> guardianIds) {
			String email = (firstName + "." + lastName + "." + sequence.incrementAndGet() + "." + this.tag
					+ "@test.classlytics.org")
				.toLowerCase(Locale.ROOT);
			return Fixtures.this.setup.register(this.school.id(),
					new Registration(email, PASSWORD, firstName, lastName, role, null, classId, tutorId, guardianIds));
		}

		public Subject subject(String name, String code) {
			return Fixtures.this.setup.createSubject(this.school.id(), name, code);
		}

		public ClassSection classSection(String name) {
			return Fixtures.this.setup.createClass(this.school.id(), name, 9);
		}

		public Term term(String name, LocalDate start, LocalDate end) {
			return Fixtures.this.setup.createTerm(this.school.id(), name, start, end);
		}

		public Enrollment enroll(Person student, Person teacher, Subject subject) {
			return Fixtures.this.setup.enroll(this.school.id(), student.id(), teacher.id(), subject.id(),
					LocalDate.of(2024, 9, 1), null);
		}

		/**
		 * A fresh access token for a person, without a password round trip.
		 */
		public String tokenOf(Person person) {
			return Fixtures.this.tokens.issue(person.id()).token();
		}

	}

}
