package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One graded item of a student: a graded submission (at graded_at) or a completed quiz
 * attempt with a score (at completed_at), with its unrounded percentage.
 */
record GradedItem(Instant at, long id, long subjectId, boolean quiz, BigDecimal percentage) {

}
