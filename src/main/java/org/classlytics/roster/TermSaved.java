package org.classlytics.roster;

import java.time.LocalDate;

/**
 * A term was created or its dates changed; the previous dates are null on creation.
 */
public record TermSaved(long termId, long schoolId, LocalDate startDate, LocalDate endDate, LocalDate previousStartDate,
		LocalDate previousEndDate) {

}
