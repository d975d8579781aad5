package org.classlytics.audit;

import java.util.List;

/**
 * Where recorded accesses end up.
 */
interface AuditStore {

	/**
	 * Writes all entries, or none of them.
	 */
	void append(List<PendingEntry> entries);

}
