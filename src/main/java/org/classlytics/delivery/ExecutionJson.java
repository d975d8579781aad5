package org.classlytics.delivery;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An execution of a schedule as the API and the admin pages show it.
 *
 * @param status started, completed, partial or failed
 */
public record ExecutionJson(long id, String status, Instant scheduledFor, Instant startedAt, Instant completedAt,
		int totalRecipients, int successfulSends, int failedSends, BigDecimal durationSeconds,
		BigDecimal successRatePercent, String errorMessage) {

	static ExecutionJson of(Execution execution) {
		return new ExecutionJson(execution.id(), execution.status().apiName(), execution.scheduledFor(),
				execution.startedAt(), execution.completedAt(), execution.totalRecipients(),
				execution.successfulSends(), execution.failedSends(), execution.durationSeconds(),
				execution.successRatePercent(), execution.errorMessage());
	}

}
