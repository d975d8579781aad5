package org.classlytics.roster;

import java.time.ZoneId;

/**
 * A school's settings changed. When the zone moved, every local day and week of the
 * school must be recomputed.
 */
public record SchoolUpdated(long schoolId, ZoneId timeZone, ZoneId previousTimeZone) {

	public boolean timeZoneChanged() {
		return !this.timeZone.equals(this.previousTimeZone);
	}

}
