package org.classlytics.reports;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A student's engagement level, from points (metrics.md "Engagement").
 */
public enum Engagement {

	VERY_HIGH("Very High"), HIGH("High"), MEDIUM("Medium"), LOW("Low"), VERY_LOW("Very Low");

	private final String label;

	Engagement(String label) {
		this.label = label;
	}

	@JsonValue
	public String label() {
		return this.label;
	}

	/**
	 * The level of a total of points from 0 to 10.
	 */
	static Engagement of(int points) {
		if (points >= 9) {
			return VERY_HIGH;
		}
		if (points >= 7) {
			return HIGH;
		}
		if (points >= 5) {
			return MEDIUM;
		}
		return (points >= 3) ? LOW : VERY_LOW;
	}

	boolean isConcern() {
		return this == LOW || this == VERY_LOW;
	}

	boolean isTop() {
		return this == HIGH || this == VERY_HIGH;
	}

	/**
	 * The points of a submission or attendance rate: ≥ 80 → 3, ≥ 50 → 2, &gt; 0 → 1, else
	 * 0.
	 */
	static int ratePoints(BigDecimal rate) {
		if (Numbers.atLeast(rate, 80)) {
			return 3;
		}
		if (Numbers.atLeast(rate, 50)) {
			return 2;
		}
		return Numbers.above(rate, 0) ? 1 : 0;
	}

	static int chatPoints(BigDecimal participation) {
		if (Numbers.atLeast(participation, 7)) {
			return 2;
		}
		return Numbers.atLeast(participation, 4) ? 1 : 0;
	}

	static int timePoints(BigDecimal hours) {
		if (Numbers.atLeast(hours, 10)) {
			return 2;
		}
		return Numbers.atLeast(hours, 5) ? 1 : 0;
	}

	static int points(BigDecimal submissionRate, BigDecimal attendance, BigDecimal chatParticipation,
			BigDecimal hours) {
		return ratePoints(submissionRate) + ratePoints(attendance) + chatPoints(chatParticipation) + timePoints(hours);
	}

}
