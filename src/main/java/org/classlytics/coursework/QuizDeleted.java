package org.classlytics.coursework;

import java.util.List;

/**
 * A quiz was deleted together with every attempt at it, listed here; no
 * QuizAttemptDeleted is published for them.
 */
public record QuizDeleted(QuizFacts quiz, List<QuizAttemptFacts> attempts) {

	public QuizDeleted {
		attempts = List.copyOf(attempts);
	}

}
