package org.classlytics.coursework;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the material totals of schools that have assigned materials but no totals yet: a
 * database upgraded from before the totals existed (the migration creates them empty,
 * because a completion's week depends on the school's zone, which SQL on both databases
 * cannot apply alike). Runs once the application is up; a school that already has totals
 * is left to the writers and the recompute.
 */
@Component
class MaterialTotalsBackfill {

	private static final Logger log = LoggerFactory.getLogger(MaterialTotalsBackfill.class);

	private final JdbcClient jdbc;

	private final MaterialTotals totals;

	private final TransactionTemplate transactions;

	MaterialTotalsBackfill(JdbcClient jdbc, MaterialTotals totals, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.totals = totals;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStartup() {
		fill();
	}

	/**
	 * Fills every school that needs it, each in its own transaction, and tells which.
	 */
	List<Long> fill() {
		List<Long> schools = this.jdbc.sql("""
				SELECT s.id FROM schools s
				WHERE EXISTS (SELECT 1 FROM materials m JOIN material_students x ON x.material_id = m.id
				              WHERE m.school_id = s.id)
				  AND NOT EXISTS (SELECT 1 FROM material_totals t WHERE t.school_id = s.id)
				ORDER BY s.id""").query(Long.class).list();
		for (long school : schools) {
			try {
				MaterialTotalsRepair filled = this.transactions.execute((status) -> this.totals.rebuild(school, null));
				log.info("Material totals of school {} filled: {} rows", school, filled.created());
			}
			catch (DataIntegrityViolationException filledElsewhere) {
				// Another instance starting at the same time filled this school first.
				log.info("Material totals of school {} were filled by another instance", school);
			}
		}
		return schools;
	}

}
