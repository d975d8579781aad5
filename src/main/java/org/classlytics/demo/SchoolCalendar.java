package org.classlytics.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The school year that contains the plan's day, in the school's zone: an autumn term from
 * 1 September to 31 January and a spring term from 1 February to 30 June, with the fixed
 * Greek school holidays. Activity runs from the start of the current term (in the summer,
 * the spring term just ended) up to that day.
 */
final class SchoolCalendar {

	private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(10, 28), MonthDay.of(11, 17), MonthDay.of(1, 30),
			MonthDay.of(3, 25), MonthDay.of(5, 1));

	final ZoneId zone;

	final LocalDate autumnStart;

	final LocalDate autumnEnd;

	final LocalDate springStart;

	final LocalDate springEnd;

	final LocalDate activityFrom;

	final LocalDate activityTo;

	/**
	 * The school days from activityFrom to activityTo, in order.
	 */
	final List<LocalDate> schoolDays;

	SchoolCalendar(ZoneId zone, Instant asOf) {
		this.zone = zone;
		LocalDate today = LocalDate.ofInstant(asOf, zone);
		int year = (today.getMonthValue() >= 9) ? today.getYear() : today.getYear() - 1;
		this.autumnStart = LocalDate.of(year, 9, 1);
		this.autumnEnd = LocalDate.of(year + 1, 1, 31);
		this.springStart = LocalDate.of(year + 1, 2, 1);
		this.springEnd = LocalDate.of(year + 1, 6, 30);
		this.activityFrom = today.isBefore(this.springStart) ? this.autumnStart : this.springStart;
		this.activityTo = today.isAfter(this.springEnd) ? this.springEnd : today;
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = this.activityFrom; !day.isAfter(this.activityTo); day = day.plusDays(1)) {
			if (isSchoolDay(day)) {
				days.add(day);
			}
		}
		this.schoolDays = List.copyOf(days);
	}

	static boolean isSchoolDay(LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		MonthDay monthDay = MonthDay.from(day);
		boolean christmas = (day.getMonthValue() == 12 && day.getDayOfMonth() >= 24)
				|| (day.getMonthValue() == 1 && day.getDayOfMonth() <= 7);
		return !christmas && !HOLIDAYS.contains(monthDay);
	}

	/**
	 * The first school day on or after a day.
	 */
	static LocalDate schoolDayFrom(LocalDate day) {
		LocalDate result = day;
		while (!isSchoolDay(result)) {
			result = result.plusDays(1);
		}
		return result;
	}

	Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, 0).plusMinutes(minute).atZone(this.zone).toInstant();
	}

	/**
	 * How far through the activity a day is, from 0 to 1.
	 */
	double progress(LocalDate day) {
		long span = Math.max(1, this.activityTo.toEpochDay() - this.activityFrom.toEpochDay());
		double value = (double) (day.toEpochDay() - this.activityFrom.toEpochDay()) / span;
		return Math.max(0, Math.min(1, value));
	}

}
