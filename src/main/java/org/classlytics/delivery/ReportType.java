package org.classlytics.delivery;

import java.util.Locale;
import java.util.Optional;

/**
 * The reports a schedule can deliver, named as in the API.
 */
public enum ReportType {

	STUDENT_REPORT, TEACHER_WEEKLY_REPORT, TUTOR_WEEKLY_REPORT;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReportType> of(String name) {
		for (ReportType type : values()) {
			if (type.apiName().equals(name)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
