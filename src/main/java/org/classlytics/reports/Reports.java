package org.classlytics.reports;

import java.time.LocalDate;

import org.classlytics.roster.Actor;

import org.springframework.stereotype.Service;

/**
 * What other modules (scheduled delivery, bulk generation) may ask of reports. Each call
 * checks the caller's reach exactly as the endpoints do and records the access in the
 * audit trail.
 */
@Service
public class Reports {

	private final TeacherWeeklyService weekly;

	private final StudentPerformanceService performance;

	Reports(TeacherWeeklyService weekly, StudentPerformanceService performance) {
		this.weekly = weekly;
		this.performance = performance;
	}

	/**
	 * The live class report of a teacher (their own; an admin names the teacher).
	 */
	public TeacherWeeklyReport teacherWeekly(Actor actor, Long teacherId, LocalDate weekStart, Long subjectId,
			Long studentId) {
		return this.weekly.live(actor, teacherId, weekStart, subjectId, studentId);
	}

	/**
	 * A student's performance from {@code from} to {@code to} inclusive, or over a named
	 * period (week, month or term).
	 */
	public StudentPerformanceReport studentPerformance(Actor actor, long studentId, LocalDate from, LocalDate to,
			String period) {
		return this.performance.view(actor, studentId, from, to, period);
	}

}
