package org.classlytics.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static org.classlytics.delivery.ScheduleStore.instant;
import static org.classlytics.delivery.ScheduleStore.utc;

/**
 * Executions and their deliveries.
 */
@Repository
class ExecutionStore {

	private static final String COLUMNS = """
			id, schedule_id, occurrence_key, scheduled_for, status, started_at, heartbeat_at, completed_at,
			total_recipients, successful_sends, failed_sends, error_message""";

	private static final String DELIVERY_COLUMNS = """
			id, execution_id, recipient_id, email, state, attempts, next_attempt_at, message_id, sent_at, error_message""";

	private final JdbcClient jdbc;

	ExecutionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts the execution of an occurrence. The unique key (schedule, occurrence) makes
	 * a second insert fail, so two instances never both start one.
	 */
	long start(long scheduleId, String occurrenceKey, Instant scheduledFor, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO report_executions (schedule_id, occurrence_key, scheduled_for, status, started_at,
				    heartbeat_at, total_recipients, successful_sends, failed_sends)
				VALUES (:schedule, :occurrence, :scheduledFor, 'started', :now, :now, 0, 0, 0)""")
			.param("schedule", scheduleId)
			.param("occurrence", occurrenceKey)
			.param("scheduledFor", utc(scheduledFor))
			.param("now", utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	boolean exists(long scheduleId, String occurrenceKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM report_executions WHERE schedule_id = ? AND occurrence_key = ?")
			.params(scheduleId, occurrenceKey)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Execution> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_executions WHERE id = ?")
			.param(id)
			.query(ExecutionStore::row)
			.optional();
	}

	List<Execution> latest(long scheduleId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM report_executions WHERE schedule_id = ? ORDER BY scheduled_for DESC, id DESC LIMIT ?")
			.params(scheduleId, limit)
			.query(ExecutionStore::row)
			.list();
	}

	long count(long scheduleId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM report_executions WHERE schedule_id = ?")
			.param(scheduleId)
			.query(Long.class)
			.single();
	}

	/**
	 * Runs still open whose heartbeat stopped: their instance died or lost the task.
	 */
	List<Long> stuck(Instant heartbeatBefore) {
		return this.jdbc
			.sql("SELECT id FROM report_executions WHERE status = 'started' AND heartbeat_at < ? ORDER BY id")
			.param(utc(heartbeatBefore))
			.query(Long.class)
			.list();
	}

	void heartbeat(long id, Instant now) {
		this.jdbc.sql("UPDATE report_executions SET heartbeat_at = ? WHERE id = ?").params(utc(now), id).update();
	}

	void finish(long id, ExecutionStatus status, int total, int sent, int failed, String error, Instant now) {
		this.jdbc.sql("""
				UPDATE report_executions SET status = :status, completed_at = :now, heartbeat_at = :now,
				    total_recipients = :total, successful_sends = :sent, failed_sends = :failed, error_message = :error
				WHERE id = :id AND status = 'started'""")
			.param("status", status.apiName())
			.param("now", utc(now))
			.param("total", total)
			.param("sent", sent)
			.param("failed", failed)
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	void counts(long id, int total, int sent, int failed) {
		this.jdbc.sql("""
				UPDATE report_executions SET total_recipients = ?, successful_sends = ?, failed_sends = ?
				WHERE id = ? AND status = 'started'""").params(total, sent, failed, id).update();
	}

	/**
	 * Adds the delivery of a recipient unless the execution has one already.
	 */
	void addDelivery(long executionId, long recipientId, String email, String messageId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO report_deliveries (execution_id, recipient_id, email, state, attempts, next_attempt_at,
				    message_id)
				SELECT :execution, :recipient, :email, 'pending', 0, :now, :messageId
				WHERE NOT EXISTS (SELECT 1 FROM report_deliveries WHERE execution_id = :execution
				    AND recipient_id = :recipient)""")
			.param("execution", executionId)
			.param("recipient", recipientId)
			.param("email", email)
			.param("now", utc(now))
			.param("messageId", messageId)
			.update();
	}

	boolean hasDeliveries(long executionId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM report_deliveries WHERE execution_id = ?")
			.param(executionId)
			.query(Long.class)
			.single() > 0;
	}

	List<DeliveryRow> deliveries(long executionId) {
		return this.jdbc
			.sql("SELECT " + DELIVERY_COLUMNS + " FROM report_deliveries WHERE execution_id = ? ORDER BY id")
			.param(executionId)
			.query(ExecutionStore::delivery)
			.list();
	}

	/**
	 * The deliveries of several executions in one query, by execution id.
	 */
	java.util.Map<Long, List<DeliveryRow>> deliveriesOf(java.util.Collection<Long> executionIds) {
		if (executionIds.isEmpty()) {
			return java.util.Map.of();
		}
		return this.jdbc
			.sql("SELECT " + DELIVERY_COLUMNS + " FROM report_deliveries WHERE execution_id IN (:ids) ORDER BY id")
			.param("ids", List.copyOf(executionIds))
			.query(ExecutionStore::delivery)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(DeliveryRow::executionId));
	}

	Optional<DeliveryRow> delivery(long executionId, long recipientId) {
		return this.jdbc
			.sql("SELECT " + DELIVERY_COLUMNS + " FROM report_deliveries WHERE execution_id = ? AND recipient_id = ?")
			.params(executionId, recipientId)
			.query(ExecutionStore::delivery)
			.optional();
	}

	/**
	 * Moves a delivery on from the state it was read in; false when something else moved
	 * it first.
	 */
	boolean transition(DeliveryRow delivery, DeliveryState to, int attempts, Instant nextAttemptAt, Instant sentAt,
			String error) {
		return this.jdbc.sql("""
				UPDATE report_deliveries SET state = :to, attempts = :attempts, next_attempt_at = :next,
				    sent_at = :sentAt, error_message = :error
				WHERE id = :id AND state = :from AND attempts = :fromAttempts""")
			.param("to", to.dbName())
			.param("attempts", attempts)
			.param("next", utc(nextAttemptAt))
			.param("sentAt", utc(sentAt))
			.param("error", truncate(error))
			.param("id", delivery.id())
			.param("from", delivery.state().dbName())
			.param("fromAttempts", delivery.attempts())
			.update() == 1;
	}

	private static String truncate(String text) {
		return (text == null || text.length() <= 2000) ? text : text.substring(0, 2000);
	}

	private static Execution row(ResultSet rs, int rowNum) throws SQLException {
		return new Execution(rs.getLong("id"), rs.getLong("schedule_id"), rs.getString("occurrence_key"),
				instant(rs, "scheduled_for"), ExecutionStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
				instant(rs, "started_at"), instant(rs, "heartbeat_at"), instant(rs, "completed_at"),
				rs.getInt("total_recipients"), rs.getInt("successful_sends"), rs.getInt("failed_sends"),
				rs.getString("error_message"));
	}

	private static DeliveryRow delivery(ResultSet rs, int rowNum) throws SQLException {
		return new DeliveryRow(rs.getLong("id"), rs.getLong("execution_id"), rs.getLong("recipient_id"),
				rs.getString("email"), DeliveryState.of(rs.getString("state")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), rs.getString("message_id"), instant(rs, "sent_at"),
				rs.getString("error_message"));
	}

	record DeliveryRow(long id, long executionId, long recipientId, String email, DeliveryState state, int attempts,
			Instant nextAttemptAt, String messageId, Instant sentAt, String errorMessage) {

		boolean open() {
			return this.state == DeliveryState.PENDING || this.state == DeliveryState.RETRYING;
		}

	}

}
