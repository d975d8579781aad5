package org.classlytics.roster;

import java.time.LocalDate;

/**
 * One enrollment to create or update by its external id in a batch (an import), already
 * checked by the caller: student, teacher and subject of the school, dates in order, at
 * most one active enrollment per student and subject.
 */
public record EnrollmentRecord(String externalId, long studentId, long teacherId, long subjectId, LocalDate startDate,
		LocalDate endDate, boolean active) {

}
