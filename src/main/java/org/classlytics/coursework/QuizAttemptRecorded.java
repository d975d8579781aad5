package org.classlytics.coursework;

/**
 * A quiz attempt was recorded or changed (completed, scored, overridden);
 * {@code previous} is null for a new attempt.
 */
public record QuizAttemptRecorded(QuizAttemptFacts attempt, QuizAttemptFacts previous) {

}
