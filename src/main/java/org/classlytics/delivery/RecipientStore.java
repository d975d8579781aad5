package org.classlytics.delivery;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.classlytics.delivery.ScheduleStore.instant;
import static org.classlytics.delivery.ScheduleStore.utc;

/**
 * Recipients of schedules and their unsubscribe tokens.
 */
@Repository
class RecipientStore {

	private static final SecureRandom random = new SecureRandom();

	private static final String COLUMNS = """
			id, schedule_id, recipient_id, unsubscribe_token, subscribed, created_at, unsubscribed_at""";

	private final JdbcClient jdbc;

	RecipientStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * 256 random bits, URL-safe: unguessable, and fit for a path segment.
	 */
	static String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	void subscribe(long scheduleId, long recipientId, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE report_recipients SET subscribed = TRUE, unsubscribed_at = NULL, unsubscribe_token = :token,
				    created_at = :now
				WHERE schedule_id = :schedule AND recipient_id = :recipient""")
			.param("token", newToken())
			.param("now", utc(now))
			.param("schedule", scheduleId)
			.param("recipient", recipientId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO report_recipients (schedule_id, recipient_id, unsubscribe_token, subscribed, created_at)
					VALUES (:schedule, :recipient, :token, TRUE, :now)""")
				.param("token", newToken())
				.param("now", utc(now))
				.param("schedule", scheduleId)
				.param("recipient", recipientId)
				.update();
		}
	}

	Optional<Recipient> find(long scheduleId, long recipientId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_recipients WHERE schedule_id = ? AND recipient_id = ?")
			.params(scheduleId, recipientId)
			.query(RecipientStore::row)
			.optional();
	}

	Optional<Recipient> byToken(String token) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_recipients WHERE unsubscribe_token = ?")
			.param(token)
			.query(RecipientStore::row)
			.optional();
	}

	List<Recipient> ofSchedule(long scheduleId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_recipients WHERE schedule_id = ? ORDER BY id")
			.param(scheduleId)
			.query(RecipientStore::row)
			.list();
	}

	List<Recipient> subscribedOf(long scheduleId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM report_recipients WHERE schedule_id = ? AND subscribed = TRUE ORDER BY recipient_id")
			.param(scheduleId)
			.query(RecipientStore::row)
			.list();
	}

	List<Recipient> ofPerson(long recipientId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM report_recipients WHERE recipient_id = ? AND subscribed = TRUE ORDER BY schedule_id")
			.param(recipientId)
			.query(RecipientStore::row)
			.list();
	}

	boolean isSubscribed(long scheduleId, long recipientId) {
		return this.jdbc.sql("SELECT subscribed FROM report_recipients WHERE schedule_id = ? AND recipient_id = ?")
			.params(scheduleId, recipientId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Unsubscribes; a second call changes nothing (the first instant stays).
	 */
	void unsubscribe(long id, Instant now) {
		this.jdbc.sql(
				"UPDATE report_recipients SET subscribed = FALSE, unsubscribed_at = ? WHERE id = ? AND subscribed = TRUE")
			.params(utc(now), id)
			.update();
	}

	boolean remove(long scheduleId, long recipientId) {
		return this.jdbc.sql("DELETE FROM report_recipients WHERE schedule_id = ? AND recipient_id = ?")
			.params(scheduleId, recipientId)
			.update() == 1;
	}

	private static Recipient row(ResultSet rs, int rowNum) throws SQLException {
		return new Recipient(rs.getLong("id"), rs.getLong("schedule_id"), rs.getLong("recipient_id"),
				rs.getString("unsubscribe_token"), rs.getBoolean("subscribed"), instant(rs, "created_at"),
				instant(rs, "unsubscribed_at"));
	}

}
