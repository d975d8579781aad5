package org.classlytics.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A behaviour entry as other modules see it. A day may have several entries; the one with
 * the latest {@code recordedAt} (then the highest id) is the day's behaviour score.
 *
 * @param date the school's local day the entry is about
 * @param score 1 to 5
 */
public record BehaviorFacts(long entryId, long schoolId, long studentId, LocalDate date, int score, String note,
		long recordedBy, Instant recordedAt) {

}
