package org.classlytics.coursework;

/**
 * A quiz was created.
 */
public record QuizCreated(QuizFacts quiz) {

}
