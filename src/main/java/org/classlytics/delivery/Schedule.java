package org.classlytics.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.classlytics.export.ExportFormat;
import org.classlytics.platform.InvalidInputException;

/**
 * A report schedule as stored. Its constructor holds the rules that involve more than one
 * field, so a create and a PATCH (checked against the stored values) obey the same ones.
 */
record Schedule(Long id, long schoolId, long createdBy, String name, ReportType reportType, Frequency frequency,
		Integer dayOfWeek, Integer dayOfMonth, boolean weekdaysOnly, LocalTime time, ZoneId zone, ExportFormat format,
		ReportScope scope, boolean active, Instant createdAt, Instant lastGenerated, Instant lastSent,
		Instant nextRunAt) {

	Schedule {
		if (frequency == Frequency.WEEKLY && dayOfWeek == null) {
			throw InvalidInputException.field("day_of_week", "is required for a weekly schedule");
		}
		if (frequency == Frequency.MONTHLY && dayOfMonth == null) {
			throw InvalidInputException.field("day_of_month", "is required for a monthly schedule");
		}
		if (weekdaysOnly && frequency != Frequency.DAILY) {
			throw InvalidInputException.field("weekdays_only", "applies to daily schedules only");
		}
		if (dayOfWeek != null && (dayOfWeek < 1 || dayOfWeek > 7)) {
			throw InvalidInputException.field("day_of_week", "must be between 1 (Monday) and 7 (Sunday)");
		}
		if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
			throw InvalidInputException.field("day_of_month", "must be between 1 and 31");
		}
		if (name == null || name.isBlank()) {
			throw InvalidInputException.field("name", "must not be blank");
		}
		if (name.strip().length() > 200) {
			throw InvalidInputException.field("name", "must be at most 200 characters");
		}
		name = name.strip();
	}

	Recurrence recurrence() {
		return new Recurrence(this.frequency, this.dayOfWeek, this.dayOfMonth, this.weekdaysOnly, this.time, this.zone);
	}

	/**
	 * The next occurrence strictly after now, or null when the schedule is paused.
	 */
	Instant nextScheduled(Instant now) {
		return this.active ? recurrence().nextAfter(now) : null;
	}

	Schedule withId(long id) {
		return new Schedule(id, this.schoolId, this.createdBy, this.name, this.reportType, this.frequency,
				this.dayOfWeek, this.dayOfMonth, this.weekdaysOnly, this.time, this.zone, this.format, this.scope,
				this.active, this.createdAt, this.lastGenerated, this.lastSent, this.nextRunAt);
	}

	Schedule withNextRunAt(Instant nextRunAt) {
		return new Schedule(this.id, this.schoolId, this.createdBy, this.name, this.reportType, this.frequency,
				this.dayOfWeek, this.dayOfMonth, this.weekdaysOnly, this.time, this.zone, this.format, this.scope,
				this.active, this.createdAt, this.lastGenerated, this.lastSent, nextRunAt);
	}

}
