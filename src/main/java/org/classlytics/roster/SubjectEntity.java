package org.classlytics.roster;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

@Table("subjects")
class SubjectEntity {

	@Id
	private Long id;

	private final long schoolId;

	private String name;

	private String code;

	private String externalId;

	@PersistenceCreator
	SubjectEntity(Long id, long schoolId, String name, String code, String externalId) {
		this.id = id;
		this.schoolId = schoolId;
		this.name = name;
		this.code = code;
		this.externalId = externalId;
	}

	static SubjectEntity create(long schoolId, String name, String code) {
		return new SubjectEntity(null, schoolId, name, code, null);
	}

	void rename(String name) {
		this.name = name;
	}

	void recode(String code) {
		this.code = code;
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	String code() {
		return this.code;
	}

	Subject toSubject() {
		return new Subject(this.id, this.schoolId, this.name, this.code);
	}

}
