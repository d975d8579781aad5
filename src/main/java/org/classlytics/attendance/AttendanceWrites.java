package org.classlytics.attendance;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a set of days and publishes their events, the same for the API and the import:
 * the rows first, then one {@link AttendanceMarked} when the days are of several
 * students, then one {@link AttendanceRecorded} per day in the order of the marks.
 */
@Component
class AttendanceWrites {

	private final AttendanceRegister register;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AttendanceWrites(AttendanceRegister register, ApplicationEventPublisher events, Clock clock) {
		this.register = register;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes the marks (distinct days, each with its recorder) and returns the rows in
	 * the order of the marks, each with the status its day had before.
	 */
	List<AttendanceRegister.Written> record(long schoolId, List<AttendanceMark> marks) {
		List<AttendanceRegister.Written> rows = this.register.record(schoolId, marks, this.clock.instant());
		List<Long> students = marks.stream().map(AttendanceMark::studentId).distinct().sorted().toList();
		if (students.size() > 1) {
			this.events.publishEvent(new AttendanceMarked(schoolId, students));
		}
		for (AttendanceRegister.Written row : rows) {
			AttendanceRecord record = row.record();
			this.events.publishEvent(new AttendanceRecorded(record.id(), record.schoolId(), record.studentId(),
					record.date(), record.status(), row.previous(), record.recordedBy()));
		}
		return rows;
	}

}
