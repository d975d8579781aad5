package org.classlytics.reports;

import java.time.LocalDate;
import java.util.List;

import org.classlytics.roster.Actor;

import org.springframework.stereotype.Service;

/**
 * Bulk student performance reports for another module (the admin pages of the web UI),
 * with the same rate limit, rules and audit as {@code /api/reports/bulk}.
 */
@Service
public class BulkDownloads {

	private final BulkReports bulk;

	private final BulkRateLimiter limiter;

	BulkDownloads(BulkReports bulk, BulkRateLimiter limiter) {
		this.bulk = bulk;
		this.limiter = limiter;
	}

	/**
	 * @param format json, csv or zip
	 * @return the file: for json, the object to write as JSON
	 */
	public File studentPerformance(Actor actor, List<Long> studentIds, LocalDate from, LocalDate to, String format) {
		this.limiter.acquire(actor.userId());
		BulkReports.BulkFile file = this.bulk.generate(actor, studentIds, from, to, format);
		return new File(file.body(), file.contentType(), file.filename());
	}

	/**
	 * A generated file: its bytes (or, for JSON, the object to write), type and name.
	 */
	public record File(Object body, String contentType, String filename) {

	}

}
