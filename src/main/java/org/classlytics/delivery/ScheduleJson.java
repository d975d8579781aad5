package org.classlytics.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A schedule as the API shows it.
 */
public record ScheduleJson(long id, String name, String reportType, String frequency, Integer dayOfWeek,
		Integer dayOfMonth, boolean weekdaysOnly, String time, String timeZone, String exportFormat, ScopeJson scope,
		boolean isActive, long createdBy, Instant createdAt, Instant lastGenerated, Instant lastSent,
		Instant nextScheduled) {

	public record ScopeJson(List<Long> studentIds, Long subjectId) {

	}

	static ScheduleJson of(Schedule schedule, Instant now) {
		return new ScheduleJson(schedule.id(), schedule.name(), schedule.reportType().apiName(),
				schedule.frequency().apiName(), schedule.dayOfWeek(), schedule.dayOfMonth(), schedule.weekdaysOnly(),
				Times.format(schedule.time()), schedule.zone().getId(), schedule.format().extension(),
				new ScopeJson(schedule.scope().studentIds().stream().sorted().toList(), schedule.scope().subjectId()),
				schedule.active(), schedule.createdBy(), schedule.createdAt(), schedule.lastGenerated(),
				schedule.lastSent(), schedule.nextScheduled(now));
	}

}
