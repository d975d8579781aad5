package org.classlytics.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

import org.classlytics.attendance.Attendance;
import org.classlytics.coursework.ClassWeekActivity;
import org.classlytics.coursework.Coursework;
import org.classlytics.messaging.Messaging;
import org.classlytics.platform.LocalPeriod;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Person;

import org.springframework.stereotype.Component;

/**
 * Reads a class's week through the owning modules' facades: one query per kind of record
 * for the whole class, never one per student.
 */
@Component
class ClassFactsReader {

	private final Coursework coursework;

	private final Attendance attendance;

	private final Messaging messaging;

	ClassFactsReader(Coursework coursework, Attendance attendance, Messaging messaging) {
		this.coursework = coursework;
		this.attendance = attendance;
		this.messaging = messaging;
	}

	/**
	 * @param people the class's students as the roster read them (at least those of
	 * {@code studentIds})
	 */
	ClassFacts read(long teacherId, Long subjectId, Map<Long, Person> people, Collection<Long> studentIds,
			LocalWeek week, ZoneId zone) {
		LocalPeriod period = LocalPeriod.of(week);
		Instant from = period.startIn(zone);
		Instant to = period.endExclusiveIn(zone);
		if (studentIds.isEmpty()) {
			return ClassFacts.empty(from, to);
		}
		Map<Long, Person> students = new java.util.HashMap<>();
		studentIds.forEach((id) -> students.put(id, people.get(id)));
		ClassWeekActivity activity = this.coursework.classWeek(studentIds, teacherId, subjectId, from, to,
				week.weekStart());
		return ClassFacts.of(students, activity.due(), activity.submissions(), activity.materials(),
				activity.studyTime(), this.attendance.talliesOf(studentIds, period.from(), period.to()),
				this.messaging.chatActivity(studentIds, from, to), from, to);
	}

}
