package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.classlytics.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The domain rules of coursework, without Spring.
 */
class CourseworkRulesTests {

	private static final Instant DUE = Instant.parse("2025-03-10T12:00:00Z");

	private static final Instant NOW = Instant.parse("2025-03-12T08:00:00Z");

	@Test
	void aSubmissionsPercentageIsScoreOverMaxScoreUnrounded() {
		assertThat(submission(new BigDecimal("45.00"), new BigDecimal("50.00")).percentage())
			.isEqualByComparingTo("90");
		assertThat(submission(new BigDecimal("1.00"), new BigDecimal("3.00")).percentage())
			.isEqualTo(new BigDecimal("33.33333333333333333333333333333333"));
		assertThat(Percentages.rounded(submission(new BigDecimal("2.00"), new BigDecimal("3.00")).percentage()))
			.isEqualTo(new BigDecimal("66.67"));
	}

	@Test
	void anUngradedSubmissionHasNoPercentage() {
		SubmissionFacts submitted = new SubmissionFacts(1, 2, 3, 4, 5, 6, DUE, DUE, false, SubmissionStatus.SUBMITTED,
				null, new BigDecimal("50.00"), null, null);

		assertThat(submitted.graded()).isFalse();
		assertThat(submitted.percentage()).isNull();
	}

	@Test
	void anAttemptCountsOnceCompletedWithAScore() {
		assertThat(attempt(null, new BigDecimal("10"), null).counts()).isFalse();
		assertThat(attempt(NOW, null, null).counts()).isFalse();
		assertThat(attempt(NOW, null, null).percentage()).isNull();
		assertThat(attempt(NOW, null, new BigDecimal("8")).counts()).isTrue();
		assertThat(attempt(NOW, new BigDecimal("10"), null).percentage()).isEqualByComparingTo("50");
	}

	@Test
	void theTeachersScoreWinsOverTheAttemptsOwn() {
		QuizAttemptFacts attempt = attempt(NOW, new BigDecimal("10"), new BigDecimal("17"));

		assertThat(attempt.finalScore()).isEqualByComparingTo("17");
		assertThat(attempt.percentage()).isEqualByComparingTo("85");
	}

	@Test
	void scoresLieBetweenZeroAndTheMaximumInclusive() {
		BigDecimal max = new BigDecimal("50.00");

		assertThat(Scores.requireWithin("score", BigDecimal.ZERO, max)).isEqualTo(new BigDecimal("0.00"));
		assertThat(Scores.requireWithin("score", new BigDecimal("50"), max)).isEqualTo(new BigDecimal("50.00"));
		assertThat(Scores.requireWithin("score", new BigDecimal("12.50000"), max)).isEqualTo(new BigDecimal("12.50"));
		assertRefused(() -> Scores.requireWithin("score", new BigDecimal("50.01"), max), "score");
		assertRefused(() -> Scores.requireWithin("teacher_score", new BigDecimal("-0.01"), max), "teacher_score");
		assertRefused(() -> Scores.requireWithin("score", new BigDecimal("1.005"), max), "score");
	}

	@Test
	void aMaximumScoreIsPositive() {
		assertThat(Scores.requireMaxScore(new BigDecimal("0.01"))).isEqualTo(new BigDecimal("0.01"));
		assertRefused(() -> Scores.requireMaxScore(BigDecimal.ZERO), "max_score");
		assertRefused(() -> Scores.requireMaxScore(new BigDecimal("-5")), "max_score");
	}

	@Test
	void aSubmissionIsLateOnlyAfterTheDueInstant() {
		AssignmentEntity assignment = AssignmentEntity.create(1, 2, 3, "Essay", NOW, DUE, new BigDecimal("50"),
				Set.of(7L));

		assertThat(assignment.isLate(DUE)).isFalse();
		assertThat(assignment.isLate(DUE.plusMillis(1))).isTrue();
		assertThat(assignment.isAssigned(7)).isTrue();
		assertThat(assignment.isAssigned(8)).isFalse();
	}

	@Test
	void anAssignmentNeedsATitle() {
		assertRefused(() -> AssignmentEntity.create(1, 2, 3, "  ", NOW, DUE, BigDecimal.TEN, Set.of()), "title");
	}

	@Test
	void finishingAMaterialCompletesItOnce() {
		MaterialEntity material = new MaterialEntity(9L, 1, 2, 3, "Chapter", NOW, Set.of(new MaterialStudent(7, 1)));
		MaterialProgressEntity progress = MaterialProgressEntity.begin(material, 7);

		progress.record(new BigDecimal("40"), null, NOW);
		assertThat(progress.completedAt()).isNull();
		progress.record(new BigDecimal("100"), null, NOW);
		assertThat(progress.completedAt()).isEqualTo(NOW);
		progress.record(new BigDecimal("100"), null, NOW.plusSeconds(60));
		assertThat(progress.completedAt()).isEqualTo(NOW);
		progress.record(new BigDecimal("90"), null, NOW.plusSeconds(120));
		assertThat(progress.completedAt()).isNull();
		assertRefused(() -> progress.record(new BigDecimal("100.01"), null, NOW), "progress_percent");
		assertRefused(() -> progress.record(new BigDecimal("-1"), null, NOW), "progress_percent");
	}

	@Test
	void aStudySessionLastsAtLeastASecond() {
		assertRefused(() -> StudySessionEntity.record(1, 2, 3, null, null, NOW, 0), "duration_seconds");
	}

	private static SubmissionFacts submission(BigDecimal score, BigDecimal maxScore) {
		return new SubmissionFacts(1, 2, 3, 4, 5, 6, DUE, DUE, false, SubmissionStatus.GRADED, score, maxScore, NOW,
				null);
	}

	private static QuizAttemptFacts attempt(Instant completedAt, BigDecimal score, BigDecimal teacherScore) {
		return new QuizAttemptFacts(1, 2, 3, 4, 5, 6, DUE, completedAt, score, teacherScore, new BigDecimal("20.00"));
	}

	private static void assertRefused(Runnable action, String field) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.errors()).extracting((error) -> error.field()).containsExactly(field));
	}

}
