package org.classlytics.platform;

/**
 * A page of a list, as asked for with {@code ?page=1&page_size=50}. Resolved from the
 * query string by the platform, validated here.
 *
 * @param page one-based page number
 * @param pageSize rows per page, at most {@value #MAX_PAGE_SIZE}
 */
public record PageQuery(int page, int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 200;

	public PageQuery {
		if (page < 1) {
			throw InvalidInputException.field("page", "must be 1 or more");
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw InvalidInputException.field("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
	}

	public static PageQuery first() {
		return new PageQuery(1, DEFAULT_PAGE_SIZE);
	}

	public int offset() {
		return (this.page - 1) * this.pageSize;
	}

	public int limit() {
		return this.pageSize;
	}

}
