package org.classlytics.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Roster;
import org.classlytics.roster.StudentScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the payments a caller may read, oldest first. The {@code from}/{@code to} days
 * are the school's local days of paid_at.
 */
@Component
@Transactional(readOnly = true)
class PaymentQueries {

	static final String COLUMNS = "id, school_id, student_id, amount, currency, paid_at";

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final Roster roster;

	PaymentQueries(JdbcClient jdbc, AccessPolicy access, Roster roster) {
		this.jdbc = jdbc;
		this.access = access;
		this.roster = roster;
	}

	Paged<PaymentFacts> list(Actor actor, PaymentFilter filter, PageQuery page) {
		this.access.requireRole(actor, PaymentService.READERS);
		StudentScope scope = this.access.scopeOf(actor);
		if (scope.isEmpty()) {
			return new Paged<>(0, List.of());
		}
		ZoneId zone = this.roster.zoneOf(actor.schoolId());
		String where = """
				school_id = :school AND %s
				AND (CAST(:student AS BIGINT) IS NULL OR student_id = :student)
				AND (CAST(:currency AS VARCHAR(3)) IS NULL OR currency = :currency)
				AND (CAST(:start AS TIMESTAMP WITH TIME ZONE) IS NULL OR paid_at >= :start)
				AND (CAST(:end AS TIMESTAMP WITH TIME ZONE) IS NULL OR paid_at < :end)"""
			.formatted(scope.wholeSchool() ? "TRUE" : "student_id IN (:students)");
		long count = bind(this.jdbc.sql("SELECT COUNT(*) FROM payments WHERE " + where), scope, filter, zone)
			.query(Long.class)
			.single();
		List<PaymentFacts> results = bind(this.jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE " + where
				+ " ORDER BY paid_at, id LIMIT :limit OFFSET :offset"), scope, filter, zone)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(PaymentQueries::row)
			.list();
		return new Paged<>(count, results);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, StudentScope scope,
			PaymentFilter filter, ZoneId zone) {
		if (!scope.wholeSchool()) {
			statement = statement.param("students", List.copyOf(scope.studentIds()));
		}
		return statement.param("school", scope.schoolId())
			.param("student", filter.studentId())
			.param("currency", (filter.currency() != null) ? filter.currency().getCurrencyCode() : null)
			.param("start", (filter.from() != null) ? utc(filter.from(), zone) : null)
			.param("end", (filter.to() != null) ? utc(filter.to().plusDays(1), zone) : null);
	}

	private static OffsetDateTime utc(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	static PaymentFacts row(ResultSet rs, int n) throws SQLException {
		return new PaymentFacts(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("student_id"),
				rs.getBigDecimal("amount").setScale(PaymentEntity.SCALE),
				Currency.getInstance(rs.getString("currency")),
				rs.getObject("paid_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * @param from first local day of paid_at, inclusive, or null
	 * @param to last local day of paid_at, inclusive, or null
	 */
	record PaymentFilter(Long studentId, Currency currency, LocalDate from, LocalDate to) {

		PaymentFilter {
			if (from != null && to != null && to.isBefore(from)) {
				throw InvalidInputException.field("to", "must not be before from");
			}
		}

	}

}
