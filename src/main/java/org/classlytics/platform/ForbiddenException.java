package org.classlytics.platform;

/**
 * A function the caller's role never has.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
