package org.classlytics.platform;

/**
 * A request that conflicts with the current state (a duplicate, a report already sent).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
