package org.classlytics.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactsTests {

	@Test
	void keepsAPercentageTo16DecimalsRoundedHalfUp() {
		assertThat(Facts.percentage(new BigDecimal("1.00"), new BigDecimal("3.00")))
			.isEqualTo(new BigDecimal("33.3333333333333333"));
		assertThat(Facts.percentage(new BigDecimal("2.00"), new BigDecimal("3.00")))
			.isEqualTo(new BigDecimal("66.6666666666666667"));
		assertThat(Facts.percentage(new BigDecimal("0.00"), new BigDecimal("7.00")))
			.isEqualTo(new BigDecimal("0.0000000000000000"));
		assertThat(Facts.percentage(new BigDecimal("99999999.99"), new BigDecimal("99999999.99")))
			.isEqualTo(new BigDecimal("100.0000000000000000"));
		// 100 / 2^19 = 0.00019073486328125 exactly: on the boundary, so half up.
		assertThat(Facts.percentage(new BigDecimal("0.01"), new BigDecimal("5242.88")))
			.isEqualTo(new BigDecimal("0.0001907348632813"));
	}

	@Test
	void givesTheValuesThatStoredItemsWereComputedWith() {
		// Items stored before were rounded twice: to 34 digits, then to 16 decimals.
		Random random = new Random(20261207);
		for (int i = 0; i < 200_000; i++) {
			long max = 1 + ((i % 4 == 0) ? random.nextLong(9_999_999_999L) : random.nextInt(100_000));
			BigDecimal maxScore = BigDecimal.valueOf(max, 2);
			BigDecimal score = BigDecimal.valueOf(random.nextLong(max + 1), 2);
			BigDecimal twice = score.multiply(BigDecimal.valueOf(100))
				.divide(maxScore, MathContext.DECIMAL128)
				.setScale(16, RoundingMode.HALF_UP);
			assertThat(Facts.percentage(score, maxScore)).as("%s / %s", score, maxScore).isEqualTo(twice);
		}
	}

}
