package org.classlytics.coursework;

import org.classlytics.demo.DemoSchoolGenerated;
import org.classlytics.roster.SchoolUpdated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a school's material totals when its sources change in bulk, inside the
 * writer's transaction: a generated demo school (written without the per-record paths)
 * and a new time zone (which moves completions to other weeks).
 */
@Component
class MaterialTotalsRebuilds {

	private final MaterialTotals totals;

	MaterialTotalsRebuilds(MaterialTotals totals) {
		this.totals = totals;
	}

	@EventListener
	void on(DemoSchoolGenerated event) {
		this.totals.rebuild(event.schoolId(), null);
	}

	@EventListener
	void on(SchoolUpdated event) {
		if (event.timeZoneChanged()) {
			this.totals.rebuild(event.schoolId(), null);
		}
	}

}
