package org.classlytics.attendance;

import java.time.Instant;

/**
 * A lesson as other modules see it: a teacher's class of a subject with a class section.
 */
public record LessonFacts(long lessonId, long schoolId, long teacherId, long subjectId, long classSectionId,
		Instant startsAt, LessonStatus status) {

	public boolean held() {
		return this.status == LessonStatus.HELD;
	}

}
