package org.classlytics.roster;

import java.time.LocalDate;

import org.classlytics.platform.LocalPeriod;

/**
 * An academic term, inclusive of both dates.
 */
public record Term(long id, long schoolId, String name, LocalDate startDate, LocalDate endDate) {

	public LocalPeriod period() {
		return new LocalPeriod(this.startDate, this.endDate);
	}

	public boolean contains(LocalDate day) {
		return period().contains(day);
	}

}
