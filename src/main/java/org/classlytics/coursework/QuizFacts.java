package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;

public record QuizFacts(long quizId, long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
		BigDecimal maxScore) {

}
