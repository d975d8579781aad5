package org.classlytics.coursework;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a paged list: one count and one page query over the same condition.
 */
@Component
class Listing {

	private final JdbcClient jdbc;

	Listing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count(String from, String where, Map<String, ?> params) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + from + " WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	<T> Optional<T> one(String select, String where, Map<String, ?> params, RowMapper<T> mapper) {
		return this.jdbc.sql(select + " WHERE " + where).params(params).query(mapper).optional();
	}

	<T> Paged<T> page(String select, String from, String where, String orderBy, Map<String, ?> params, PageQuery page,
			RowMapper<T> mapper) {
		long count = count(from, where, params);
		List<T> rows = this.jdbc
			.sql(select + " WHERE " + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(mapper)
			.list();
		return new Paged<>(count, rows);
	}

}
