package org.classlytics.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.StudentScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the behaviour entries of the students a caller may see, in the order that makes
 * the last entry of a day its score: by day, then recorded_at, then id.
 */
@Component
@Transactional(readOnly = true)
class BehaviorQueries {

	static final String COLUMNS = "id, school_id, student_id, on_date, score, note, recorded_by, recorded_at";

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	BehaviorQueries(JdbcClient jdbc, AccessPolicy access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	Paged<BehaviorFacts> list(Actor actor, BehaviorFilter filter, PageQuery page) {
		StudentScope scope = this.access.scopeOf(actor);
		if (scope.isEmpty()) {
			return new Paged<>(0, List.of());
		}
		String where = """
				school_id = :school AND %s
				AND (CAST(:student AS BIGINT) IS NULL OR student_id = :student)
				AND (CAST(:from AS DATE) IS NULL OR on_date >= :from)
				AND (CAST(:to AS DATE) IS NULL OR on_date <= :to)"""
			.formatted(scope.wholeSchool() ? "TRUE" : "student_id IN (:students)");
		long count = bind(this.jdbc.sql("SELECT COUNT(*) FROM behavior_entries WHERE " + where), scope, filter)
			.query(Long.class)
			.single();
		List<BehaviorFacts> results = bind(this.jdbc.sql("SELECT " + COLUMNS + " FROM behavior_entries WHERE " + where
				+ " ORDER BY on_date, recorded_at, id LIMIT :limit OFFSET :offset"), scope, filter)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(BehaviorQueries::row)
			.list();
		return new Paged<>(count, results);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, StudentScope scope,
			BehaviorFilter filter) {
		if (!scope.wholeSchool()) {
			statement = statement.param("students", List.copyOf(scope.studentIds()));
		}
		return statement.param("school", scope.schoolId())
			.param("student", filter.studentId())
			.param("from", filter.days().from())
			.param("to", filter.days().to());
	}

	static BehaviorFacts row(ResultSet rs, int n) throws SQLException {
		return new BehaviorFacts(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("student_id"),
				rs.getObject("on_date", LocalDate.class), rs.getInt("score"), rs.getString("note"),
				rs.getLong("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

	record BehaviorFilter(Long studentId, DayRange days) {

	}

}
