package org.classlytics.attendance;

import java.util.List;

/**
 * One request recorded days of several students. Published once, after their rows are
 * written and before each day's {@link AttendanceRecorded}, so that a listener keeping
 * derived rows can lock what all of the days need at once, in its own order: handled a
 * day at a time, two such requests over the same classes in opposite student orders would
 * each hold what the other waits for.
 */
public record AttendanceMarked(long schoolId, List<Long> studentIds) {

}
