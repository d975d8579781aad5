package org.classlytics.roster;

import java.time.LocalDate;

public record TermDeleted(long termId, long schoolId, LocalDate startDate, LocalDate endDate) {

}
