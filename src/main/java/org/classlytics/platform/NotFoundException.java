package org.classlytics.platform;

/**
 * A record that does not exist, or that the caller may not see; both are answered with
 * 404 so that a caller cannot probe for ids outside their reach.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException of(String kind, Object id) {
		return new NotFoundException(kind + " " + id + " was not found");
	}

}
