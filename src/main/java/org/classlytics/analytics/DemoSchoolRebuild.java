package org.classlytics.analytics;

import org.classlytics.demo.DemoSchoolGenerated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the analytics of a freshly generated demo school. The generator writes the
 * source tables in bulk without the per-record events, so the facts are rebuilt from the
 * sources in one go, inside the generator's transaction: the school and its analytics
 * appear together or not at all.
 */
@Component
class DemoSchoolRebuild {

	private static final Logger log = LoggerFactory.getLogger(DemoSchoolRebuild.class);

	private final Recompute recompute;

	DemoSchoolRebuild(Recompute recompute) {
		this.recompute = recompute;
	}

	@EventListener
	void on(DemoSchoolGenerated event) {
		Recompute.Result result = this.recompute.build(event.schoolId());
		log.info("Analytics of demo school {} built: {} student weeks, {} records", event.schoolId(),
				result.weeksExamined(), result.recordsCreated());
	}

}
