package org.classlytics.coursework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.classlytics.platform.InvalidInputException;

/**
 * The rules every score and instant of coursework obeys. Scores are kept with two
 * decimals (the columns are NUMERIC(10,2)), so a value is refused rather than silently
 * rounded.
 */
final class Scores {

	static final BigDecimal MAX_VALUE = new BigDecimal("99999999.99");

	private Scores() {
	}

	/**
	 * A maximum score: greater than 0, with at most two decimals.
	 */
	static BigDecimal requireMaxScore(BigDecimal maxScore) {
		if (maxScore == null) {
			throw InvalidInputException.field("max_score", "must not be null");
		}
		requireTwoDecimals("max_score", maxScore);
		if (maxScore.signum() <= 0 || maxScore.compareTo(MAX_VALUE) > 0) {
			throw InvalidInputException.field("max_score", "must be greater than 0 and at most 99999999.99");
		}
		return maxScore.setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * A score of an item whose maximum is {@code maxScore}: 0 ≤ score ≤ max_score.
	 */
	static BigDecimal requireWithin(String field, BigDecimal score, BigDecimal maxScore) {
		if (score == null) {
			return null;
		}
		requireTwoDecimals(field, score);
		if (score.signum() < 0 || score.compareTo(maxScore) > 0) {
			throw InvalidInputException.field(field, "must be between 0 and " + maxScore.toPlainString());
		}
		return score.setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * A client's instant, or now when it sent none. Kept to the millisecond like the
	 * clock, so that what a write returns equals what is read back from either database.
	 */
	static Instant instantOrNow(Instant instant, Clock clock) {
		return (instant != null) ? truncate(instant) : clock.instant();
	}

	static Instant truncate(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MILLIS) : null;
	}

	private static void requireTwoDecimals(String field, BigDecimal value) {
		if (value.stripTrailingZeros().scale() > 2) {
			throw InvalidInputException.field(field, "must have at most 2 decimal places");
		}
	}

}
