package org.classlytics.coursework;

import java.time.Instant;
import java.util.Set;

/**
 * A learning material, its author (teacher) and the students it is assigned to.
 */
public record MaterialFacts(long materialId, long schoolId, long teacherId, long subjectId, String title,
		Instant createdAt, Set<Long> studentIds) {

	public MaterialFacts {
		studentIds = Set.copyOf(studentIds);
	}

}
