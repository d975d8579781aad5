package org.classlytics.web.admin;

import java.util.List;

import org.classlytics.delivery.ScheduleInput;
import org.classlytics.delivery.ScheduleJson;

/**
 * The schedule form as posted. Only the fields of the chosen frequency go on to delivery
 * (a day of the week for weekly, of the month for monthly, weekdays only for daily), so
 * the hidden fields of the other frequencies never change a schedule.
 */
record ScheduleForm(String name, String reportType, String frequency, Integer dayOfWeek, Integer dayOfMonth,
		Boolean weekdaysOnly, String time, String timeZone, String exportFormat, List<Long> studentIds, Long subjectId,
		Boolean active) {

	static ScheduleForm blank(String timeZone) {
		return new ScheduleForm("", "student_report", "weekly", 1, 1, false, "08:00", timeZone, "pdf", List.of(), null,
				true);
	}

	static ScheduleForm of(ScheduleJson schedule) {
		return new ScheduleForm(schedule.name(), schedule.reportType(), schedule.frequency(),
				(schedule.dayOfWeek() != null) ? schedule.dayOfWeek() : 1,
				(schedule.dayOfMonth() != null) ? schedule.dayOfMonth() : 1, schedule.weekdaysOnly(), schedule.time(),
				schedule.timeZone(), schedule.exportFormat(), schedule.scope().studentIds(),
				schedule.scope().subjectId(), schedule.isActive());
	}

	ScheduleInput toInput() {
		boolean weekly = "weekly".equals(this.frequency);
		boolean monthly = "monthly".equals(this.frequency);
		boolean daily = "daily".equals(this.frequency);
		return new ScheduleInput(blankToNull(this.name), this.reportType, this.frequency,
				weekly ? this.dayOfWeek : null, monthly ? this.dayOfMonth : null,
				daily && Boolean.TRUE.equals(this.weekdaysOnly), blankToNull(this.time), blankToNull(this.timeZone),
				this.exportFormat,
				new ScheduleInput.ScopeInput((this.studentIds != null) ? this.studentIds : List.of(), this.subjectId),
				Boolean.TRUE.equals(this.active));
	}

	/**
	 * Whether a student is in the scope (for the selected options of the form).
	 */
	public boolean includes(long studentId) {
		return this.studentIds != null && this.studentIds.contains(studentId);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
