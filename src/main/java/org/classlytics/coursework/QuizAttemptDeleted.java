package org.classlytics.coursework;

/**
 * A quiz attempt was deleted on its own.
 */
public record QuizAttemptDeleted(QuizAttemptFacts attempt) {

}
