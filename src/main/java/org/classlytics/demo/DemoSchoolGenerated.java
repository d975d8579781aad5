package org.classlytics.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A demo school was written straight into the other modules' tables, bypassing their
 * events: modules that keep derived data rebuild that school from the sources.
 *
 * @param schoolId the new school
 * @param timeZone its zone
 * @param students how many students it has
 * @param activityFrom the first day with activity (the current term's start)
 * @param activityTo the last day with activity
 * @param asOf the instant the generated history ends
 */
public record DemoSchoolGenerated(long schoolId, ZoneId timeZone, int students, LocalDate activityFrom,
		LocalDate activityTo, Instant asOf) {

}
