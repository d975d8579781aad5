package org.classlytics.roster;

import org.classlytics.platform.ConflictException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SubjectService {

	private final SubjectRepository subjects;

	private final AccessPolicy access;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	SubjectService(SubjectRepository subjects, AccessPolicy access, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.subjects = subjects;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Paged<Subject> list(Actor actor, PageQuery page) {
		long count = this.jdbc.sql("SELECT COUNT(*) FROM subjects WHERE school_id = ?")
			.param(actor.schoolId())
			.query(Long.class)
			.single();
		var results = this.jdbc.sql("""
				SELECT id, school_id, name, code FROM subjects WHERE school_id = :school
				ORDER BY name, id LIMIT :limit OFFSET :offset""")
			.param("school", actor.schoolId())
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(RosterRows::subject)
			.list();
		return new Paged<>(count, results);
	}

	@Transactional(readOnly = true)
	Subject get(Actor actor, long subjectId) {
		return load(actor, subjectId).toSubject();
	}

	Subject create(Actor actor, String name, String code) {
		this.access.requireRole(actor, Role.ADMIN);
		return create(actor.schoolId(), name, code);
	}

	Subject create(long schoolId, String name, String code) {
		requireFreeCode(schoolId, code);
		Subject saved = this.subjects.save(SubjectEntity.create(schoolId, name, code)).toSubject();
		this.events.publishEvent(new SubjectSaved(saved.id(), schoolId));
		return saved;
	}

	Subject update(Actor actor, long subjectId, String name, String code) {
		this.access.requireRole(actor, Role.ADMIN);
		SubjectEntity subject = load(actor, subjectId);
		if (name != null) {
			subject.rename(name);
		}
		if (code != null && !code.equals(subject.code())) {
			requireFreeCode(subject.schoolId(), code);
			subject.recode(code);
		}
		Subject saved = this.subjects.save(subject).toSubject();
		this.events.publishEvent(new SubjectSaved(subjectId, saved.schoolId()));
		return saved;
	}

	void delete(Actor actor, long subjectId) {
		this.access.requireRole(actor, Role.ADMIN);
		SubjectEntity subject = load(actor, subjectId);
		this.subjects.delete(subject);
	}

	private void requireFreeCode(long schoolId, String code) {
		if (this.subjects.existsBySchoolIdAndCode(schoolId, code)) {
			throw new ConflictException("A subject with code " + code + " already exists");
		}
	}

	private SubjectEntity load(Actor actor, long subjectId) {
		return this.subjects.findById(subjectId)
			.filter((subject) -> subject.schoolId() == actor.schoolId())
			.orElseThrow(() -> NotFoundException.of("Subject", subjectId));
	}

}
