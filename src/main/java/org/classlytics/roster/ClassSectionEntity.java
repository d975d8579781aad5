package org.classlytics.roster;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

@Table("class_sections")
class ClassSectionEntity {

	@Id
	private Long id;

	private final long schoolId;

	private String name;

	private Integer gradeLevel;

	private String externalId;

	@PersistenceCreator
	ClassSectionEntity(Long id, long schoolId, String name, Integer gradeLevel, String externalId) {
		this.id = id;
		this.schoolId = schoolId;
		this.name = name;
		this.gradeLevel = gradeLevel;
		this.externalId = externalId;
	}

	static ClassSectionEntity create(long schoolId, String name, Integer gradeLevel) {
		return new ClassSectionEntity(null, schoolId, name, gradeLevel, null);
	}

	void rename(String name) {
		this.name = name;
	}

	void regrade(Integer gradeLevel) {
		this.gradeLevel = gradeLevel;
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	ClassSection toClassSection() {
		return new ClassSection(this.id, this.schoolId, this.name, this.gradeLevel);
	}

}
