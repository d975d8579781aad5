package org.classlytics.delivery;

import java.util.Locale;

/**
 * started while running; then completed (every recipient got the email), failed (none
 * did, or generation failed) or partial.
 */
enum ExecutionStatus {

	STARTED, COMPLETED, PARTIAL, FAILED;

	String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ExecutionStatus of(int total, int sent) {
		if (total > 0 && sent == total) {
			return COMPLETED;
		}
		return (sent == 0) ? FAILED : PARTIAL;
	}

}
