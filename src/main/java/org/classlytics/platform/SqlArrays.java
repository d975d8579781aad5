package org.classlytics.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Columns of a whole chunk bound as arrays, for the set-based writes of imports on
 * PostgreSQL: one statement reads the chunk with {@code unnest(?::bigint[], ?::text[],
 * ...)} instead of a JDBC batch of one statement per row. Values other than ids travel as
 * text and are cast in the statement, so each column is exactly what the driver would
 * have sent for a single value.
 */
public final class SqlArrays {

	private static final java.util.Map<DataSource, Boolean> POSTGRES = new java.util.concurrent.ConcurrentHashMap<>();

	private SqlArrays() {
	}

	/**
	 * Whether the template's database is PostgreSQL (asked once per data source), the
	 * only one the array statements are written for.
	 */
	public static boolean postgres(JdbcTemplate template) {
		DataSource dataSource = template.getDataSource();
		return POSTGRES.computeIfAbsent(dataSource, (d) -> "PostgreSQL".equals(template
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName())));
	}

	public static SqlArrayValue longs(List<Long> values) {
		return new SqlArrayValue("bigint", values.toArray(new Long[0]));
	}

	public static SqlArrayValue texts(List<String> values) {
		return new SqlArrayValue("text", values.toArray(new String[0]));
	}

	/**
	 * An instant as PostgreSQL reads it (cast with {@code ::timestamptz}), rounded to the
	 * microsecond half up as the JDBC driver rounds a bound {@link OffsetDateTime}.
	 */
	public static String timestamp(Instant instant) {
		if (instant == null) {
			return null;
		}
		Instant rounded = (instant.getNano() % 1000 >= 500) ? instant.plusNanos(1000) : instant;
		return utc(rounded.truncatedTo(ChronoUnit.MICROS)).toString();
	}

	/**
	 * An instant at offset zero, as {@code OffsetDateTime.ofInstant(instant, UTC)} gives
	 * it, without that method's look-up of the offset's rules (a new {@code ZoneRules}
	 * per call on JDK 17, a measurable share of an import's formatting).
	 */
	public static OffsetDateTime utc(Instant instant) {
		if (instant == null) {
			return null;
		}
		return OffsetDateTime.of(
				LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC),
				ZoneOffset.UTC);
	}

	public static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	public static String decimal(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

}
