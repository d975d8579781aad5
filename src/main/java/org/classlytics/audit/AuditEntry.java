package org.classlytics.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded access, as admins read it.
 *
 * @param actorName the actor's current name, or null when they are no longer on the
 * roster
 * @param studentIds ascending
 */
public record AuditEntry(long id, long actorId, String actorName, AuditAction action, String reportKind,
		List<Long> studentIds, Instant at) {

}
