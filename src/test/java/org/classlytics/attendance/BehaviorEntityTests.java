package org.classlytics.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.classlytics.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BehaviorEntityTests {

	private static final Instant AT = Instant.parse("2025-01-15T09:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2025, 1, 15);

	@Test
	void takesWholeScoresFromOneToFive() {
		for (String score : new String[] { "1", "5", "4.0" }) {
			BehaviorEntity entry = entry();

			entry.correct(null, new BigDecimal(score), null);

			assertThat(entry.toFacts().score()).as(score).isEqualTo(new BigDecimal(score).intValue());
		}
	}

	@Test
	void refusesOtherScores() {
		for (String score : new String[] { "0", "6", "3.5", "-2" }) {
			assertThatThrownBy(() -> BehaviorEntity.record(1, 2, DAY, new BigDecimal(score), null, 3, AT)).as(score)
				.isInstanceOf(InvalidInputException.class)
				.hasMessage("score: must be a whole number from 1 to 5");
			assertThatThrownBy(() -> entry().correct(null, new BigDecimal(score), null)).as(score)
				.hasMessage("score: must be a whole number from 1 to 5");
		}
	}

	@Test
	void aCorrectionKeepsWhenItWasRecorded() {
		BehaviorEntity entry = entry();

		entry.correct(DAY.minusDays(1), new BigDecimal("3"), Optional.empty());

		assertThat(entry.toFacts()).isEqualTo(new BehaviorFacts(0, 1, 2, DAY.minusDays(1), 3, null, 3, AT));
	}

	@Test
	void aCorrectionLeavesOutFieldsAlone() {
		BehaviorEntity entry = entry();

		entry.correct(null, null, null);

		assertThat(entry.toFacts()).isEqualTo(new BehaviorFacts(0, 1, 2, DAY, 2, "note", 3, AT));
	}

	private static BehaviorEntity entry() {
		return new BehaviorEntity(0L, 1, 2, DAY, 2, "note", 3, AT);
	}

}
