package org.classlytics.coursework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Item percentages, unrounded for computing and rounded only for display.
 */
final class Percentages {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percentages() {
	}

	/**
	 * score / max_score × 100, to 34 significant digits, so that means over many items
	 * are as exact as the spec asks; null when there is no score.
	 */
	static BigDecimal of(BigDecimal score, BigDecimal maxScore) {
		if (score == null) {
			return null;
		}
		return score.multiply(HUNDRED).divide(maxScore, MathContext.DECIMAL128);
	}

	static BigDecimal rounded(BigDecimal percentage) {
		return (percentage != null) ? percentage.setScale(2, RoundingMode.HALF_UP) : null;
	}

}
