package org.classlytics.delivery;

import java.util.Locale;

/**
 * One recipient's email of one execution: pending until tried; retrying after a transient
 * failure; sent; failed (permanent, retries used up, or no report); suppressed when the
 * recipient unsubscribed before it went out.
 */
enum DeliveryState {

	PENDING, SENT, RETRYING, FAILED, SUPPRESSED;

	String dbName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static DeliveryState of(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

}
