package org.classlytics.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.WriteCounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment writes for imports, without a caller: upserted on external_id inside the
 * caller's transaction, each publishing {@link PaymentRecorded} or {@link PaymentChanged}
 * as the API does.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PaymentImport {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentImport(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One payment of a file, already checked (amount above 0 with at most 2 decimals).
	 *
	 * @param paidAt null for now
	 */
	public record Row(String externalId, long studentId, BigDecimal amount, Currency currency, Instant paidAt) {

	}

	/**
	 * The currency of an ISO 4217 code, or null when the code is not money.
	 */
	public static Currency currency(String code) {
		try {
			return Currencies.parse(code);
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	public WriteCounts saveAll(long schoolId, List<Row> rows) {
		Map<String, PaymentFacts> stored = byExternalId(schoolId, rows.stream().map(Row::externalId).toList());
		int created = 0;
		int updated = 0;
		for (Row row : rows) {
			PaymentFacts previous = stored.get(row.externalId());
			Instant paidAt = (row.paidAt() != null) ? row.paidAt() : this.clock.instant();
			OffsetDateTime at = OffsetDateTime.ofInstant(paidAt, ZoneOffset.UTC);
			long id;
			if (previous == null) {
				GeneratedKeyHolder key = new GeneratedKeyHolder();
				this.jdbc
					.sql("INSERT INTO payments (school_id, student_id, amount, currency, paid_at, external_id) "
							+ "VALUES (?, ?, ?, ?, ?, ?)")
					.params(schoolId, row.studentId(), row.amount(), row.currency().getCurrencyCode(), at,
							row.externalId())
					.update(key, "id");
				id = key.getKey().longValue();
				created++;
			}
			else {
				id = previous.paymentId();
				this.jdbc.sql("UPDATE payments SET student_id = ?, amount = ?, currency = ?, paid_at = ? WHERE id = ?")
					.params(row.studentId(), row.amount(), row.currency().getCurrencyCode(), at, id)
					.update();
				updated++;
			}
			PaymentFacts saved = new PaymentFacts(id, schoolId, row.studentId(), row.amount(), row.currency(), paidAt);
			this.events
				.publishEvent((previous == null) ? new PaymentRecorded(saved) : new PaymentChanged(saved, previous));
		}
		return new WriteCounts(created, updated);
	}

	private Map<String, PaymentFacts> byExternalId(long schoolId, Collection<String> externalIds) {
		Map<String, PaymentFacts> found = new HashMap<>();
		if (externalIds.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("SELECT " + PaymentQueries.COLUMNS + ", external_id FROM payments WHERE school_id = :school "
					+ "AND external_id IN (:ids)")
			.param("school", schoolId)
			.param("ids", List.copyOf(externalIds))
			.query((rs) -> {
				found.put(rs.getString("external_id"), PaymentQueries.row(rs, 0));
			});
		return found;
	}

}
