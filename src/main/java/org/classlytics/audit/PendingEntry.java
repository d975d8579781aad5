package org.classlytics.audit;

import java.time.Instant;
import java.util.List;

/**
 * An access recorded in memory and not yet written.
 *
 * @param studentIds distinct, in ascending order
 */
record PendingEntry(long schoolId, long actorId, AuditAction action, String reportKind, List<Long> studentIds,
		Instant at) {

}
