package org.classlytics.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of attendance, lessons and behaviour. Reads answer without
 * a caller; the asking module applies the access policy.
 */
@Service
@Transactional(readOnly = true)
public class Attendance {

	private final AttendanceRepository records;

	private final LessonRepository lessons;

	private final BehaviorRepository behavior;

	private final JdbcClient jdbc;

	Attendance(AttendanceRepository records, LessonRepository lessons, BehaviorRepository behavior, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.records = records;
		this.lessons = lessons;
		this.behavior = behavior;
	}

	/**
	 * The students' days recorded with each status on the local days from {@code from} to
	 * {@code to} inclusive, counted in one query, by student; students without a record
	 * are absent from the list.
	 */
	public List<AttendanceTally> talliesOf(Collection<Long> studentIds, LocalDate from, LocalDate to) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT student_id, SUM(CASE WHEN status = 'PRESENT' THEN 1 ELSE 0 END) AS present,
				  SUM(CASE WHEN status = 'LATE' THEN 1 ELSE 0 END) AS late,
				  SUM(CASE WHEN status = 'ABSENT' THEN 1 ELSE 0 END) AS absent,
				  SUM(CASE WHEN status = 'EXCUSED' THEN 1 ELSE 0 END) AS excused
				FROM attendance_records WHERE student_id IN (:students) AND on_date >= :from AND on_date <= :to
				GROUP BY student_id ORDER BY student_id""")
			.param("students", List.copyOf(studentIds))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new AttendanceTally(rs.getLong("student_id"), rs.getInt("present"), rs.getInt("late"),
					rs.getInt("absent"), rs.getInt("excused")))
			.list();
	}

	public Optional<AttendanceRecord> record(long attendanceId) {
		return this.records.findById(attendanceId).map(AttendanceEntity::toRecord);
	}

	/**
	 * Every attendance record of a school, for rebuilding derived figures (analytics'
	 * recompute).
	 */
	public List<AttendanceRecord> recordsOfSchool(long schoolId) {
		return this.records.findBySchoolIdOrderById(schoolId).stream().map(AttendanceEntity::toRecord).toList();
	}

	/**
	 * Every lesson of a school, for analytics' recompute.
	 */
	public List<LessonFacts> lessonsOfSchool(long schoolId) {
		return this.lessons.findBySchoolIdOrderById(schoolId).stream().map(LessonEntity::toFacts).toList();
	}

	/**
	 * Every behaviour entry of a school, for analytics' recompute.
	 */
	public List<BehaviorFacts> behaviorOfSchool(long schoolId) {
		return this.behavior.findBySchoolIdOrderById(schoolId).stream().map(BehaviorEntity::toFacts).toList();
	}

	public Optional<LessonFacts> lesson(long lessonId) {
		return this.lessons.findById(lessonId).map(LessonEntity::toFacts);
	}

	public Optional<BehaviorFacts> behaviorEntry(long entryId) {
		return this.behavior.findById(entryId).map(BehaviorEntity::toFacts);
	}

}
