package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One submission (and possibly its grade) to write in a batch, already checked by the
 * caller: the student is assigned and the score lies between 0 and the maximum.
 *
 * @param externalId the id in the source system, or null
 * @param submittedAt null keeps a stored submission's instant (a new one takes the
 * grading instant, else now)
 * @param score null writes a submission without touching its grade
 * @param gradedAt null for now when a score is given
 */
public record SubmissionRecord(String externalId, AssignmentFacts assignment, long studentId, Instant submittedAt,
		BigDecimal score, Instant gradedAt, String feedback) {

}
