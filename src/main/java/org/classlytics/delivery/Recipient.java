package org.classlytics.delivery;

import java.time.Instant;

/**
 * A person who receives a schedule's report, with the token that unsubscribes them.
 */
record Recipient(long id, long scheduleId, long recipientId, String unsubscribeToken, boolean subscribed,
		Instant createdAt, Instant unsubscribedAt) {

}
