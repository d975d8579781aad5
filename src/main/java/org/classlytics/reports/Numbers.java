package org.classlytics.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Exact arithmetic for report figures: computed unrounded, rounded HALF_UP to 2 places
 * only at the end (metrics.md "Rounding").
 */
final class Numbers {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Numbers() {
	}

	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, MathContext.DECIMAL128);
	}

	/**
	 * part / whole × 100; null when whole is 0.
	 */
	static BigDecimal rate(long part, long whole) {
		return (whole == 0) ? null : divide(BigDecimal.valueOf(part).multiply(HUNDRED), BigDecimal.valueOf(whole));
	}

	/**
	 * The mean of the values; null when there are none.
	 */
	static BigDecimal mean(Collection<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return divide(sum, BigDecimal.valueOf(values.size()));
	}

	static BigDecimal round(BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP) : null;
	}

	static boolean below(BigDecimal value, int bound) {
		return value != null && value.compareTo(BigDecimal.valueOf(bound)) < 0;
	}

	static boolean atLeast(BigDecimal value, int bound) {
		return value != null && value.compareTo(BigDecimal.valueOf(bound)) >= 0;
	}

	static boolean above(BigDecimal value, int bound) {
		return value != null && value.compareTo(BigDecimal.valueOf(bound)) > 0;
	}

}
