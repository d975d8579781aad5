package org.classlytics.coursework;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the material totals of schools where an assigned material has no totals row for
 * its (student, teacher, subject): a database upgraded from before the totals existed
 * (the migration creates them empty, because a completion's week depends on the school's
 * zone, which SQL on both databases cannot apply alike). Such a school is rebuilt whole,
 * so keys that another instance's writes filled meanwhile do not hide the rest. Runs when
 * every bean is ready, before the web server takes requests; complete schools are left to
 * the writers and the recompute.
 */
@Component
class MaterialTotalsBackfill implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(MaterialTotalsBackfill.class);

	private final JdbcClient jdbc;

	private final MaterialTotals totals;

	private final TransactionTemplate transactions;

	MaterialTotalsBackfill(JdbcClient jdbc, MaterialTotals totals, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.totals = totals;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		fill();
	}

	/**
	 * Fills every school that needs it, each in its own transaction, and tells which.
	 */
	List<Long> fill() {
		List<Long> schools = this.jdbc.sql("""
				SELECT DISTINCT m.school_id FROM materials m JOIN material_students x ON x.material_id = m.id
				WHERE NOT EXISTS (SELECT 1 FROM material_totals t
				                  WHERE t.student_id = x.student_id AND t.teacher_id = m.teacher_id
				                    AND t.subject_id = m.subject_id)
				ORDER BY m.school_id""").query(Long.class).list();
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
