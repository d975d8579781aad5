package org.classlytics.delivery;

import java.util.Locale;
import java.util.Optional;

/**
 * How often a schedule runs.
 */
enum Frequency {

	DAILY, WEEKLY, MONTHLY;

	String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Frequency> of(String name) {
		for (Frequency frequency : values()) {
			if (frequency.apiName().equals(name)) {
				return Optional.of(frequency);
			}
		}
		return Optional.empty();
	}

}
