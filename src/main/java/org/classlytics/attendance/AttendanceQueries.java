package org.classlytics.attendance;

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
 * Lists the attendance records of the students a caller may see, oldest day first.
 */
@Component
@Transactional(readOnly = true)
class AttendanceQueries {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	AttendanceQueries(JdbcClient jdbc, AccessPolicy access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	Paged<AttendanceRecord> list(Actor actor, AttendanceFilter filter, PageQuery page) {
		StudentScope scope = this.access.scopeOf(actor);
		if (scope.isEmpty()) {
			return new Paged<>(0, List.of());
		}
		String where = """
				school_id = :school AND %s
				AND (CAST(:student AS BIGINT) IS NULL OR student_id = :student)
				AND (CAST(:from AS DATE) IS NULL OR on_date >= :from)
				AND (CAST(:to AS DATE) IS NULL OR on_date <= :to)
				AND (CAST(:status AS VARCHAR(10)) IS NULL OR status = :status)"""
			.formatted(scope.wholeSchool() ? "TRUE" : "student_id IN (:students)");
		long count = bind(this.jdbc.sql("SELECT COUNT(*) FROM attendance_records WHERE " + where), scope, filter)
			.query(Long.class)
			.single();
		List<AttendanceRecord> results = bind(
				this.jdbc.sql("SELECT " + AttendanceRegister.COLUMNS + " FROM attendance_records WHERE " + where
						+ " ORDER BY on_date, student_id LIMIT :limit OFFSET :offset"),
				scope, filter)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(AttendanceRegister::row)
			.list();
		return new Paged<>(count, results);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, StudentScope scope,
			AttendanceFilter filter) {
		if (!scope.wholeSchool()) {
			statement = statement.param("students", List.copyOf(scope.studentIds()));
		}
		return statement.param("school", scope.schoolId())
			.param("student", filter.studentId())
			.param("from", filter.days().from())
			.param("to", filter.days().to())
			.param("status", (filter.status() != null) ? filter.status().name() : null);
	}

	record AttendanceFilter(Long studentId, DayRange days, AttendanceStatus status) {

	}

}
