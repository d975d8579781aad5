package org.classlytics.attendance;

import java.util.List;
import java.util.Optional;

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

	Attendance(AttendanceRepository records, LessonRepository lessons, BehaviorRepository behavior) {
		this.records = records;
		this.lessons = lessons;
		this.behavior = behavior;
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
