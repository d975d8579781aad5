package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A graded item of a student: a graded submission (at its graded_at) or a completed quiz
 * attempt with a score (at its completed_at), with what a report needs of it and no more.
 *
 * @param id the submission's or the attempt's id
 * @param quiz whether it is a quiz attempt
 * @param percentage score (the teacher's override for an attempt) / max_score × 100,
 * unrounded
 */
public record GradedWork(long studentId, long id, long subjectId, boolean quiz, Instant at, BigDecimal percentage) {

}
