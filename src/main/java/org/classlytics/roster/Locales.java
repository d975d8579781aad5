package org.classlytics.roster;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;

import org.classlytics.platform.InvalidInputException;

/**
 * Parses the zone and locale fields of requests, naming the field when one is invalid.
 */
final class Locales {

	private Locales() {
	}

	static ZoneId zone(String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			// Region ids only: a fixed offset would ignore daylight saving time.
			if (!ZoneId.getAvailableZoneIds().contains(value) && !"UTC".equals(value)) {
				throw new DateTimeException(value);
			}
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.field(field, "must be an IANA time zone such as Europe/Athens");
		}
	}

	static Locale locale(String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			Locale locale = new Locale.Builder().setLanguageTag(value.replace('_', '-')).build();
			if (locale.getLanguage().isEmpty()) {
				throw new IllformedLocaleException(value);
			}
			return locale;
		}
		catch (IllformedLocaleException ex) {
			throw InvalidInputException.field(field, "must be a BCP 47 language tag such as en or el-GR");
		}
	}

}
