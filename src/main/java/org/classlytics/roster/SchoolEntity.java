package org.classlytics.roster;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

@Table("schools")
class SchoolEntity {

	@Id
	private Long id;

	private String name;

	private String timeZone;

	private String locale;

	private final String externalId;

	private final Instant createdAt;

	@PersistenceCreator
	SchoolEntity(Long id, String name, String timeZone, String locale, String externalId, Instant createdAt) {
		this.id = id;
		this.name = name;
		this.timeZone = timeZone;
		this.locale = locale;
		this.externalId = externalId;
		this.createdAt = createdAt;
	}

	static SchoolEntity create(String name, ZoneId timeZone, Locale locale, Instant now) {
		return new SchoolEntity(null, name, timeZone.getId(), locale.toLanguageTag(), null, now);
	}

	void rename(String name) {
		this.name = name;
	}

	void moveTo(ZoneId timeZone) {
		this.timeZone = timeZone.getId();
	}

	void speak(Locale locale) {
		this.locale = locale.toLanguageTag();
	}

	Long id() {
		return this.id;
	}

	ZoneId timeZone() {
		return ZoneId.of(this.timeZone);
	}

	School toSchool() {
		return new School(this.id, this.name, timeZone(), Locale.forLanguageTag(this.locale));
	}

}
