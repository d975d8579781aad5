package org.classlytics.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.classlytics.attendance.Attendance;
import org.classlytics.coursework.Coursework;
import org.classlytics.messaging.Messaging;
import org.classlytics.platform.LocalPeriod;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Component;

/**
 * Reads a class's week through the owning modules' facades: one query per kind of record
 * for the whole class, never one per student.
 */
@Component
class ClassFactsReader {

	private final Roster roster;

	private final Coursework coursework;

	private final Attendance attendance;

	private final Messaging messaging;

	ClassFactsReader(Roster roster, Coursework coursework, Attendance attendance, Messaging messaging) {
		this.roster = roster;
		this.coursework = coursework;
		this.attendance = attendance;
		this.messaging = messaging;
	}

	ClassFacts read(long teacherId, Long subjectId, Collection<Long> studentIds, LocalWeek week, ZoneId zone) {
		LocalPeriod period = LocalPeriod.of(week);
		Instant from = period.startIn(zone);
		Instant to = period.endExclusiveIn(zone);
		if (studentIds.isEmpty()) {
			return new ClassFacts(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), from, to);
		}
		return new ClassFacts(this.roster.people(studentIds),
				this.coursework.assignmentsDue(studentIds, teacherId, subjectId, from, to),
				this.coursework.submissionsIn(studentIds, teacherId, subjectId, from, to),
				this.coursework.materials(studentIds, teacherId, subjectId),
				this.coursework.studyTime(studentIds, teacherId, subjectId, from, to),
				this.attendance.recordsOf(studentIds, period.from(), period.to()),
				this.messaging.chatActivity(studentIds, from, to), from, to);
	}

}
