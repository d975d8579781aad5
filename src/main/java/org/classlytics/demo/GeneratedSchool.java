package org.classlytics.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A school the generator wrote: its id, its well-known logins, the rows written per table
 * (in the order written) and how long it took.
 */
public record GeneratedSchool(long schoolId, String schoolName, String emailDomain, List<DemoLogin> logins,
		Map<String, Long> rowCounts, Duration took) {

	public long totalRows() {
		return this.rowCounts.values().stream().mapToLong(Long::longValue).sum();
	}

}
