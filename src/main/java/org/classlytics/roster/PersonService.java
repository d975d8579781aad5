package org.classlytics.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.classlytics.platform.ConflictException;
import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes people, keeping the rules of a student's links: the class is the
 * school's, the tutor is a TUTOR, the guardians are PARENTs.
 */
@Service
@Transactional
class PersonService {

	static final int MIN_PASSWORD_LENGTH = 8;

	private final PersonRepository people;

	private final ClassSectionRepository classes;

	private final AccessPolicy access;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonService(PersonRepository people, ClassSectionRepository classes, AccessPolicy access,
			PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.classes = classes;
		this.access = access;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	Person register(Actor actor, Registration registration) {
		this.access.requireRole(actor, Role.ADMIN);
		return register(actor.schoolId(), registration);
	}

	Person register(long schoolId, Registration registration) {
		List<FieldProblem> problems = new ArrayList<>();
		if (registration.password() != null && registration.password().length() < MIN_PASSWORD_LENGTH) {
			problems.add(new FieldProblem("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters"));
		}
		if (registration.role() != Role.STUDENT) {
			requireNoStudentLinks(registration, problems);
		}
		else {
			checkClass(schoolId, registration.classSectionId(), problems);
			checkTutor(schoolId, registration.tutorId(), problems);
			checkGuardians(schoolId, registration.guardianIds(), problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		requireFreeEmail(registration.email());
		PersonEntity person = PersonEntity.register(schoolId, registration.email(), registration.firstName(),
				registration.lastName(), registration.role(), registration.locale(), hash(registration.password()),
				this.clock.instant());
		person.placeIn(registration.classSectionId());
		person.assignTutor(registration.tutorId());
		person.replaceGuardians(registration.guardianIds());
		PersonEntity saved = this.people.save(person);
		this.events.publishEvent(new PersonSaved(saved.id(), schoolId, saved.role(), true, saved.classSectionId(), null,
				saved.tutorId(), true));
		if (!registration.guardianIds().isEmpty()) {
			this.events.publishEvent(new GuardiansReplaced(saved.id(), schoolId, saved.guardianIds(), Set.of()));
		}
		return saved.toPerson();
	}

	Person update(Actor actor, long userId, PersonChanges changes) {
		boolean self = actor.userId() == userId;
		if (!self && !actor.isAdmin()) {
			throw new ForbiddenException("Only an admin may change another person");
		}
		this.access.requirePerson(actor, userId);
		PersonChanges allowed = self ? changes.selfService() : changes;
		PersonEntity person = load(userId);
		return apply(person, allowed);
	}

	private Person apply(PersonEntity person, PersonChanges changes) {
		Long previousClass = person.classSectionId();
		Set<Long> previousGuardians = person.guardianIds();
		List<FieldProblem> problems = new ArrayList<>();
		if (changes.password() != null && changes.password().length() < MIN_PASSWORD_LENGTH) {
			problems.add(new FieldProblem("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters"));
		}
		Role role = (changes.role() != null) ? changes.role() : person.role();
		if (role != Role.STUDENT) {
			if (isPresent(changes.classSectionId()) || isPresent(changes.tutorId())
					|| changes.guardianIds() != null && !changes.guardianIds().isEmpty()) {
				problems.add(new FieldProblem("role", "only students have a class, a tutor or guardians"));
			}
		}
		else {
			if (changes.classSectionId() != null) {
				checkClass(person.schoolId(), changes.classSectionId().orElse(null), problems);
			}
			if (changes.tutorId() != null) {
				checkTutor(person.schoolId(), changes.tutorId().orElse(null), problems);
			}
			if (changes.guardianIds() != null) {
				checkGuardians(person.schoolId(), changes.guardianIds(), problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (changes.email() != null && !Emails.normalize(changes.email()).equals(person.email())) {
			requireFreeEmail(changes.email());
			person.changeEmail(changes.email());
		}
		if (changes.firstName() != null || changes.lastName() != null) {
			Person current = person.toPerson();
			person.rename(Objects.requireNonNullElse(changes.firstName(), current.firstName()),
					Objects.requireNonNullElse(changes.lastName(), current.lastName()));
		}
		if (changes.locale() != null) {
			person.speak(changes.locale().orElse(null));
		}
		if (changes.password() != null) {
			person.changePasswordHash(hash(changes.password()));
		}
		if (changes.role() != null) {
			person.changeRole(changes.role());
		}
		if (changes.active() != null) {
			person.activate(changes.active());
		}
		if (changes.classSectionId() != null) {
			person.placeIn(changes.classSectionId().orElse(null));
		}
		if (changes.tutorId() != null) {
			person.assignTutor(changes.tutorId().orElse(null));
		}
		if (changes.guardianIds() != null) {
			person.replaceGuardians(changes.guardianIds());
		}
		PersonEntity saved = this.people.save(person);
		this.events.publishEvent(new PersonSaved(saved.id(), saved.schoolId(), saved.role(), saved.active(),
				saved.classSectionId(), previousClass, saved.tutorId(), false));
		if (!saved.guardianIds().equals(previousGuardians)) {
			this.events.publishEvent(
					new GuardiansReplaced(saved.id(), saved.schoolId(), saved.guardianIds(), previousGuardians));
		}
		return saved.toPerson();
	}

	Person replaceGuardians(Actor actor, long studentId, Set<Long> guardianIds) {
		this.access.requireRole(actor, Role.ADMIN);
		this.access.requireStudent(actor, studentId);
		PersonEntity student = load(studentId);
		return apply(student, new PersonChanges(null, null, null, null, null, null, null, null, null, guardianIds));
	}

	/**
	 * People are deactivated rather than removed, so their history stays intact.
	 */
	void deactivate(Actor actor, long userId) {
		this.access.requireRole(actor, Role.ADMIN);
		this.access.requirePerson(actor, userId);
		if (actor.userId() == userId) {
			throw new ConflictException("An admin cannot deactivate their own account");
		}
		apply(load(userId), new PersonChanges(null, null, null, null, null, null, false, null, null, null));
	}

	@Transactional(readOnly = true)
	Person get(Actor actor, long userId) {
		this.access.requirePerson(actor, userId);
		return load(userId).toPerson();
	}

	private void requireNoStudentLinks(Registration registration, List<FieldProblem> problems) {
		if (registration.classSectionId() != null) {
			problems.add(new FieldProblem("class_id", "only students have a class"));
		}
		if (registration.tutorId() != null) {
			problems.add(new FieldProblem("tutor_id", "only students have a tutor"));
		}
		if (!registration.guardianIds().isEmpty()) {
			problems.add(new FieldProblem("guardian_ids", "only students have guardians"));
		}
	}

	private void checkClass(long schoolId, Long classId, List<FieldProblem> problems) {
		if (classId != null && this.classes.findById(classId).filter((c) -> c.schoolId() == schoolId).isEmpty()) {
			problems.add(new FieldProblem("class_id", "no class " + classId + " in this school"));
		}
	}

	private void checkTutor(long schoolId, Long tutorId, List<FieldProblem> problems) {
		if (tutorId != null && !isInRole(schoolId, tutorId, Role.TUTOR)) {
			problems.add(new FieldProblem("tutor_id", "user " + tutorId + " is not a tutor of this school"));
		}
	}

	private void checkGuardians(long schoolId, Set<Long> guardianIds, List<FieldProblem> problems) {
		for (Long guardianId : guardianIds) {
			if (!isInRole(schoolId, guardianId, Role.PARENT)) {
				problems
					.add(new FieldProblem("guardian_ids", "user " + guardianId + " is not a parent of this school"));
			}
		}
	}

	private boolean isInRole(long schoolId, long userId, Role role) {
		return this.people.findById(userId).filter((p) -> p.schoolId() == schoolId && p.role() == role).isPresent();
	}

	private void requireFreeEmail(String email) {
		if (this.people.existsByEmail(Emails.normalize(email))) {
			throw new ConflictException("A user with email " + Emails.normalize(email) + " already exists");
		}
	}

	private String hash(String password) {
		return (password != null) ? this.passwords.encode(password) : null;
	}

	private PersonEntity load(long userId) {
		return this.people.findById(userId).orElseThrow(() -> NotFoundException.of("User", userId));
	}

	private static boolean isPresent(Optional<Long> value) {
		return value != null && value.isPresent();
	}

}
