package org.classlytics.coursework;

/**
 * A quiz's title or maximum score changed (the maximum only while no attempt is scored).
 */
public record QuizChanged(QuizFacts quiz, QuizFacts previous) {

}
