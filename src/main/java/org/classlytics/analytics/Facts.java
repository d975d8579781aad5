package org.classlytics.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Small conversions shared by the fact writers: item percentages, local days and weeks,
 * and instants as the JDBC drivers of H2 and PostgreSQL both accept them.
 */
final class Facts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Facts() {
	}

	/**
	 * score / max_score x 100, kept to 16 decimals: far more than the 2 the averages are
	 * rounded to, so sums of many items still round exactly.
	 */
	static BigDecimal percentage(BigDecimal score, BigDecimal maxScore) {
		return score.multiply(HUNDRED).divide(maxScore, MathContext.DECIMAL128).setScale(16, RoundingMode.HALF_UP);
	}

	static LocalDate localDate(Instant instant, ZoneId zone) {
		return LocalDate.ofInstant(instant, zone);
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
