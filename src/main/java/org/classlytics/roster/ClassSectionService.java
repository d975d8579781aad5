package org.classlytics.roster;

import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ClassSectionService {

	private final ClassSectionRepository classes;

	private final AccessPolicy access;

	private final JdbcClient jdbc;

	ClassSectionService(ClassSectionRepository classes, AccessPolicy access, JdbcClient jdbc) {
		this.classes = classes;
		this.access = access;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Paged<ClassSection> list(Actor actor, PageQuery page) {
		long count = this.jdbc.sql("SELECT COUNT(*) FROM class_sections WHERE school_id = ?")
			.param(actor.schoolId())
			.query(Long.class)
			.single();
		var results = this.jdbc.sql("""
				SELECT id, school_id, name, grade_level FROM class_sections WHERE school_id = :school
				ORDER BY name, id LIMIT :limit OFFSET :offset""")
			.param("school", actor.schoolId())
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(RosterRows::classSection)
			.list();
		return new Paged<>(count, results);
	}

	@Transactional(readOnly = true)
	ClassSection get(Actor actor, long classId) {
		return load(actor, classId).toClassSection();
	}

	ClassSection create(Actor actor, String name, Integer gradeLevel) {
		this.access.requireRole(actor, Role.ADMIN);
		return create(actor.schoolId(), name, gradeLevel);
	}

	ClassSection create(long schoolId, String name, Integer gradeLevel) {
		return this.classes.save(ClassSectionEntity.create(schoolId, name, gradeLevel)).toClassSection();
	}

	ClassSection update(Actor actor, long classId, String name, Integer gradeLevel) {
		this.access.requireRole(actor, Role.ADMIN);
		ClassSectionEntity section = load(actor, classId);
		if (name != null) {
			section.rename(name);
		}
		if (gradeLevel != null) {
			section.regrade(gradeLevel);
		}
		return this.classes.save(section).toClassSection();
	}

	void delete(Actor actor, long classId) {
		this.access.requireRole(actor, Role.ADMIN);
		ClassSectionEntity section = load(actor, classId);
		this.classes.delete(section);
	}

	private ClassSectionEntity load(Actor actor, long classId) {
		return this.classes.findById(classId)
			.filter((section) -> section.schoolId() == actor.schoolId())
			.orElseThrow(() -> NotFoundException.of("Class", classId));
	}

}
