package org.classlytics.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the cells of one row, reporting every malformed or missing value to the run with
 * the row's line and the column; {@link #ok()} tells whether the row had none.
 */
final class Cells {

	private final ImportRun run;

	private final CsvRow row;

	private boolean ok = true;

	Cells(ImportRun run, CsvRow row) {
		this.run = run;
		this.row = row;
	}

	boolean ok() {
		return this.ok;
	}

	long line() {
		return this.row.line();
	}

	void error(String field, String message) {
		this.ok = false;
		this.run.error(this.row.line(), field, message);
	}

	/**
	 * Records the row's key; a key an earlier line had makes the row invalid.
	 */
	boolean unique(String field, String kind, String key) {
		boolean first = this.run.unique(this.row, field, kind, key);
		if (!first) {
			this.ok = false;
		}
		return first;
	}

	String text(String column, boolean required, int maxLength) {
		String value = this.row.get(column);
		if (value == null) {
			if (required) {
				error(column, "is required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			error(column, "must be at most " + maxLength + " characters");
			return null;
		}
		return value;
	}

	Instant instant(String column, boolean required) {
		String value = text(column, required, 64);
		if (value == null) {
			return null;
		}
		try {
			return instant(value);
		}
		catch (DateTimeException ex) {
			error(column, "must be an instant such as 2025-01-15T09:00:00Z");
			return null;
		}
	}

	/**
	 * An ISO instant with its offset. The usual form, {@code 2025-01-15T09:00:00Z}, is
	 * read directly (an import reads one or two per row, and the general parser was a
	 * tenth of its time); every other form goes to {@link OffsetDateTime#parse}, and both
	 * accept and reject the same values.
	 */
	static Instant instant(String value) {
		if (value.length() == 20 && value.charAt(4) == '-' && value.charAt(7) == '-' && value.charAt(10) == 'T'
				&& value.charAt(13) == ':' && value.charAt(16) == ':' && value.charAt(19) == 'Z') {
			int year = digits(value, 0, 4);
			int month = digits(value, 5, 2);
			int day = digits(value, 8, 2);
			int hour = digits(value, 11, 2);
			int minute = digits(value, 14, 2);
			int second = digits(value, 17, 2);
			if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
				return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
			}
		}
		return OffsetDateTime.parse(value).toInstant();
	}

	/**
	 * The number the ASCII digits at {@code start} spell, or -1 if one is not a digit.
	 */
	private static int digits(String value, int start, int count) {
		int number = 0;
		for (int i = start; i < start + count; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	LocalDate date(String column, boolean required) {
		String value = text(column, required, 32);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			error(column, "must be a date YYYY-MM-DD");
			return null;
		}
	}

	BigDecimal decimal(String column, boolean required) {
		String value = text(column, required, 32);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			error(column, "must be a number");
			return null;
		}
	}

	Integer integer(String column, boolean required) {
		String value = text(column, required, 16);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			error(column, "must be a whole number");
			return null;
		}
	}

	<E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
		String value = text(column, required, 32);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			error(column, "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

}
