package org.classlytics.web.admin;

import org.classlytics.platform.PageQuery;

/**
 * Where a paged list stands, for the "previous / next" links of a page.
 */
record Pager(int page, int pageSize, long count) {

	static final int PAGE_SIZE = 20;

	static PageQuery query(Integer page) {
		return new PageQuery((page != null && page > 0) ? page : 1, PAGE_SIZE);
	}

	static Pager of(PageQuery query, long count) {
		return new Pager(query.page(), query.pageSize(), count);
	}

	public long pages() {
		return Math.max(1, (this.count + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return (long) this.page * this.pageSize < this.count;
	}

	/**
	 * The number of the first row shown (1-based), or 0 for an empty list.
	 */
	public long first() {
		return (this.count == 0) ? 0 : (long) (this.page - 1) * this.pageSize + 1;
	}

	public long last() {
		return Math.min(this.count, (long) this.page * this.pageSize);
	}

}
