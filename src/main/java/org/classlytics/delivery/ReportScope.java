package org.classlytics.delivery;

import java.util.Set;

/**
 * What a scheduled report covers.
 *
 * @param studentIds the students of the report; empty for every student the viewer may
 * see
 * @param subjectId one subject, or null for all subjects
 */
public record ReportScope(Set<Long> studentIds, Long subjectId) {

	public ReportScope {
		studentIds = (studentIds != null) ? Set.copyOf(studentIds) : Set.of();
	}

}
