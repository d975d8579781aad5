package org.classlytics.roster;

import java.time.LocalDate;

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
class TermService {

	private final TermRepository terms;

	private final AccessPolicy access;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	TermService(TermRepository terms, AccessPolicy access, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.terms = terms;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Paged<Term> list(Actor actor, PageQuery page) {
		long count = this.jdbc.sql("SELECT COUNT(*) FROM academic_terms WHERE school_id = ?")
			.param(actor.schoolId())
			.query(Long.class)
			.single();
		var results = this.jdbc.sql("""
				SELECT id, school_id, name, start_date, end_date FROM academic_terms WHERE school_id = :school
				ORDER BY start_date, id LIMIT :limit OFFSET :offset""")
			.param("school", actor.schoolId())
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(RosterRows::term)
			.list();
		return new Paged<>(count, results);
	}

	@Transactional(readOnly = true)
	Term get(Actor actor, long termId) {
		return load(actor, termId).toTerm();
	}

	Term create(Actor actor, String name, LocalDate startDate, LocalDate endDate) {
		this.access.requireRole(actor, Role.ADMIN);
		return create(actor.schoolId(), name, startDate, endDate);
	}

	Term create(long schoolId, String name, LocalDate startDate, LocalDate endDate) {
		TermEntity term = TermEntity.create(schoolId, name, startDate, endDate);
		requireNoOverlap(schoolId, null, startDate, endDate);
		Term saved = this.terms.save(term).toTerm();
		this.events.publishEvent(new TermSaved(saved.id(), schoolId, startDate, endDate, null, null));
		return saved;
	}

	Term update(Actor actor, long termId, String name, LocalDate startDate, LocalDate endDate) {
		this.access.requireRole(actor, Role.ADMIN);
		TermEntity term = load(actor, termId);
		LocalDate previousStart = term.startDate();
		LocalDate previousEnd = term.endDate();
		if (name != null) {
			term.rename(name);
		}
		if (startDate != null || endDate != null) {
			LocalDate start = (startDate != null) ? startDate : previousStart;
			LocalDate end = (endDate != null) ? endDate : previousEnd;
			term.reschedule(start, end);
			requireNoOverlap(term.schoolId(), termId, start, end);
		}
		Term saved = this.terms.save(term).toTerm();
		this.events.publishEvent(new TermSaved(termId, saved.schoolId(), saved.startDate(), saved.endDate(),
				previousStart, previousEnd));
		return saved;
	}

	void delete(Actor actor, long termId) {
		this.access.requireRole(actor, Role.ADMIN);
		TermEntity term = load(actor, termId);
		this.terms.delete(term);
		this.events.publishEvent(new TermDeleted(termId, term.schoolId(), term.startDate(), term.endDate()));
	}

	private void requireNoOverlap(long schoolId, Long termId, LocalDate start, LocalDate end) {
		boolean overlaps = this.terms.findBySchoolIdOrderByStartDate(schoolId)
			.stream()
			.anyMatch((other) -> !other.id().equals(termId) && other.overlaps(start, end));
		if (overlaps) {
			throw new ConflictException("The term overlaps another term of the school");
		}
	}

	private TermEntity load(Actor actor, long termId) {
		return this.terms.findById(termId)
			.filter((term) -> term.schoolId() == actor.schoolId())
			.orElseThrow(() -> NotFoundException.of("Term", termId));
	}

}
