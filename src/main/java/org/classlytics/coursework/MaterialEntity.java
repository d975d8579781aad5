package org.classlytics.coursework;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A learning material by a teacher, assigned to students.
 */
@Table("materials")
class MaterialEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long teacherId;

	private final long subjectId;

	private String title;

	private final Instant createdAt;

	@MappedCollection(idColumn = "material_id")
	private Set<MaterialStudent> students;

	@PersistenceCreator
	MaterialEntity(Long id, long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			Set<MaterialStudent> students) {
		this.id = id;
		this.schoolId = schoolId;
		this.teacherId = teacherId;
		this.subjectId = subjectId;
		this.title = title;
		this.createdAt = createdAt;
		this.students = (students != null) ? new LinkedHashSet<>(students) : new LinkedHashSet<>();
	}

	static MaterialEntity create(long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			Set<Long> studentIds) {
		MaterialEntity material = new MaterialEntity(null, schoolId, teacherId, subjectId, Titles.require(title),
				Scores.truncate(createdAt), Set.of());
		material.assign(studentIds);
		return material;
	}

	void retitle(String title) {
		this.title = Titles.require(title);
	}

	void assign(Set<Long> studentIds) {
		this.students.clear();
		new TreeSet<>(studentIds)
			.forEach((studentId) -> this.students.add(new MaterialStudent(studentId, this.schoolId)));
	}

	boolean isAssigned(long studentId) {
		return studentIds().contains(studentId);
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	long teacherId() {
		return this.teacherId;
	}

	long subjectId() {
		return this.subjectId;
	}

	Set<Long> studentIds() {
		return this.students.stream().map(MaterialStudent::studentId).collect(Collectors.toSet());
	}

}
