package org.classlytics.delivery;

import java.time.Instant;

/**
 * What became of one recipient's email in one execution.
 *
 * @param state pending, retrying, sent, failed or suppressed
 * @param errorMessage the last failure, or null
 */
public record DeliveryOutcome(long recipientId, String email, String state, int attempts, Instant sentAt,
		String errorMessage) {

	static DeliveryOutcome of(ExecutionStore.DeliveryRow row) {
		return new DeliveryOutcome(row.recipientId(), row.email(), row.state().dbName(), row.attempts(), row.sentAt(),
				row.errorMessage());
	}

}
