package org.classlytics.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A school the generator wrote: its id, its well-known logins, the rows written per table
 * (in the order written) and how long it took.
 *
 * @param took the wall-clock time
 * @param cpu the generating thread's CPU time (generation and the database's work, which
 * runs in that thread on H2 but in the server on PostgreSQL)
 * @param insertTimes the time spent in each table's batch inserts
 */
public record GeneratedSchool(long schoolId, String schoolName, String emailDomain, List<DemoLogin> logins,
		Map<String, Long> rowCounts, Duration took, Duration cpu, Map<String, Duration> insertTimes) {

	public long totalRows() {
		return this.rowCounts.values().stream().mapToLong(Long::longValue).sum();
	}

}
