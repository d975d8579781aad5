package org.classlytics.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * One run of a schedule for one occurrence (or for run_now).
 */
record Execution(long id, long scheduleId, String occurrenceKey, Instant scheduledFor, ExecutionStatus status,
		Instant startedAt, Instant heartbeatAt, Instant completedAt, int totalRecipients, int successfulSends,
		int failedSends, String errorMessage) {

	static final String MANUAL = "manual:";

	boolean manual() {
		return this.occurrenceKey.startsWith(MANUAL);
	}

	/**
	 * Seconds from start to completion, to the millisecond; null while running.
	 */
	BigDecimal durationSeconds() {
		if (this.completedAt == null) {
			return null;
		}
		return BigDecimal.valueOf(Duration.between(this.startedAt, this.completedAt).toMillis(), 3);
	}

	/**
	 * successful / total × 100 to 2 decimals; 0 when there was no one to send to.
	 */
	BigDecimal successRatePercent() {
		if (this.totalRecipients == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(this.successfulSends)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(this.totalRecipients), 2, RoundingMode.HALF_UP);
	}

}
