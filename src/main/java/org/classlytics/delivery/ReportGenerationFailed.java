package org.classlytics.delivery;

/**
 * A report could not be built for a recipient. Thrown by {@link ScheduledReports}; the
 * delivery of that recipient fails without retries.
 */
public class ReportGenerationFailed extends RuntimeException {

	public ReportGenerationFailed(String message) {
		super(message);
	}

	public ReportGenerationFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
