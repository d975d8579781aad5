package org.classlytics.roster;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person of a school. Students also carry their class, tutor and guardians.
 */
@Table("users")
class PersonEntity {

	@Id
	private Long id;

	private final long schoolId;

	private String email;

	private String firstName;

	private String lastName;

	private Role role;

	private boolean active;

	private String locale;

	private String passwordHash;

	private Long classSectionId;

	private Long tutorId;

	private String externalId;

	private final Instant createdAt;

	@MappedCollection(idColumn = "student_id")
	private Set<GuardianLink> guardians;

	@PersistenceCreator
	PersonEntity(Long id, long schoolId, String email, String firstName, String lastName, Role role, boolean active,
			String locale, String passwordHash, Long classSectionId, Long tutorId, String externalId, Instant createdAt,
			Set<GuardianLink> guardians) {
		this.id = id;
		this.schoolId = schoolId;
		this.email = email;
		this.firstName = firstName;
		this.lastName = lastName;
		this.role = role;
		this.active = active;
		this.locale = locale;
		this.passwordHash = passwordHash;
		this.classSectionId = classSectionId;
		this.tutorId = tutorId;
		this.externalId = externalId;
		this.createdAt = createdAt;
		this.guardians = (guardians != null) ? new LinkedHashSet<>(guardians) : new LinkedHashSet<>();
	}

	static PersonEntity register(long schoolId, String email, String firstName, String lastName, Role role,
			Locale locale, String passwordHash, Instant now) {
		return new PersonEntity(null, schoolId, Emails.normalize(email), firstName, lastName, role, true,
				(locale != null) ? locale.toLanguageTag() : null, passwordHash, null, null, null, now, Set.of());
	}

	void rename(String firstName, String lastName) {
		this.firstName = firstName;
		this.lastName = lastName;
	}

	void changeEmail(String email) {
		this.email = Emails.normalize(email);
	}

	void speak(Locale locale) {
		this.locale = (locale != null) ? locale.toLanguageTag() : null;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void changeRole(Role role) {
		this.role = role;
		if (role != Role.STUDENT) {
			this.classSectionId = null;
			this.tutorId = null;
			this.guardians.clear();
		}
	}

	void activate(boolean active) {
		this.active = active;
	}

	void placeIn(Long classSectionId) {
		this.classSectionId = classSectionId;
	}

	void assignTutor(Long tutorId) {
		this.tutorId = tutorId;
	}

	void replaceGuardians(Set<Long> guardianIds) {
		this.guardians.clear();
		guardianIds.forEach((guardianId) -> this.guardians.add(new GuardianLink(guardianId)));
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	String email() {
		return this.email;
	}

	Role role() {
		return this.role;
	}

	boolean active() {
		return this.active;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Long classSectionId() {
		return this.classSectionId;
	}

	Long tutorId() {
		return this.tutorId;
	}

	Set<Long> guardianIds() {
		return this.guardians.stream()
			.map(GuardianLink::guardianId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	Actor toActor() {
		return new Actor(this.id, this.schoolId, this.role);
	}

	Person toPerson() {
		return new Person(this.id, this.schoolId, this.email, this.firstName, this.lastName, this.role, this.active,
				(this.locale != null) ? Locale.forLanguageTag(this.locale) : null, this.classSectionId, this.tutorId);
	}

}
