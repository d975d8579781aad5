package org.classlytics.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.classlytics.export.ExportFormat;
import org.classlytics.platform.LocalPeriod;
import org.classlytics.roster.Actor;

/**
 * One report to render for one recipient of a schedule.
 *
 * @param scheduleId the schedule
 * @param reportType which report
 * @param scope the students and subject of the report
 * @param period the local days the report covers, in {@code zone}: the day, week or month
 * before the occurrence
 * @param occurrence the instant the run is for
 * @param zone the schedule's time zone
 * @param viewer the recipient, whose permissions decide what the report may show
 * @param format the file format of the attachment
 * @param locale the recipient's locale (their own, else the school's)
 */
public record ReportRequest(long scheduleId, ReportType reportType, ReportScope scope, LocalPeriod period,
		Instant occurrence, ZoneId zone, Actor viewer, ExportFormat format, Locale locale) {

}
