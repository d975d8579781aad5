package org.classlytics.reports;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.LocalPeriod;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Term;

/**
 * The days a student report covers: {@code from} and {@code to}, or a named period
 * relative to today in the school's zone.
 *
 * <ul>
 * <li>{@code week}: the current ISO week, Monday to Sunday;</li>
 * <li>{@code month}: the current calendar month, first to last day;</li>
 * <li>{@code term}: the academic term that contains today (400 when none does).</li>
 * </ul>
 *
 * With neither, the period is the current month.
 */
record ReportPeriod(LocalPeriod days, String name) {

	static ReportPeriod resolve(LocalDate from, LocalDate to, String period, LocalDate today,
			Optional<Term> currentTerm) {
		if (period != null) {
			if (from != null || to != null) {
				throw InvalidInputException.field("period", "give either period or from and to");
			}
			return named(period, today, currentTerm);
		}
		if (from == null && to == null) {
			return named("month", today, currentTerm);
		}
		if (from == null) {
			throw InvalidInputException.field("from", "is required with to");
		}
		if (to == null) {
			throw InvalidInputException.field("to", "is required with from");
		}
		if (to.isBefore(from)) {
			throw InvalidInputException.field("to", "must not be before from");
		}
		return new ReportPeriod(new LocalPeriod(from, to), null);
	}

	private static ReportPeriod named(String period, LocalDate today, Optional<Term> currentTerm) {
		return switch (period) {
			case "week" -> new ReportPeriod(LocalPeriod.of(LocalWeek.of(today)), period);
			case "month" -> new ReportPeriod(
					new LocalPeriod(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth())), period);
			case "term" -> new ReportPeriod(currentTerm
				.orElseThrow(() -> InvalidInputException.field("period", "no academic term contains today"))
				.period(), period);
			default -> throw InvalidInputException.field("period", "must be week, month or term");
		};
	}

}
