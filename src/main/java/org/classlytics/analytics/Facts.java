package org.classlytics.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.classlytics.platform.SqlArrays;

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
	 * <p>
	 * Rounded once, HALF_UP. Items stored before were rounded twice (to 34 digits, then
	 * to 16 decimals), which gives the same value for every stored score: both have at
	 * most 2 decimals and a maximum below 10^8, so the quotient is a fraction whose
	 * denominator is below 10^10, and such a fraction that is not exactly on a rounding
	 * boundary at 16 decimals is at least 10^-27 away from it, far more than the 10^-31
	 * the 34-digit rounding could move it. One rounding is several times faster, which an
	 * import of many rows notices.
	 */
	static BigDecimal percentage(BigDecimal score, BigDecimal maxScore) {
		return score.multiply(HUNDRED).divide(maxScore, 16, RoundingMode.HALF_UP);
	}

	static LocalDate localDate(Instant instant, ZoneId zone) {
		return LocalDate.ofInstant(instant, zone);
	}

	static OffsetDateTime utc(Instant instant) {
		return SqlArrays.utc(instant);
	}

}
