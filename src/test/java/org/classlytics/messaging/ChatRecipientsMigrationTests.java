package org.classlytics.messaging;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgraded database: the recipients stored before their rows carried the message's
 * instant get it from their message, none is lost, and the column is required from then
 * on.
 */
class ChatRecipientsMigrationTests {

	private static final String[] LOCATIONS = { "classpath:db/migration", "classpath:db/vendor/h2" };

	// One connection throughout: the in-memory database lives as long as it does.
	private final SingleConnectionDataSource database = new SingleConnectionDataSource(
			"jdbc:h2:mem:chat-recipients-upgrade;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
			"sa", "", true);

	@AfterEach
	void closeDatabase() {
		this.database.destroy();
	}

	@Test
	void givesEveryStoredRecipientItsMessagesInstant() {
		SingleConnectionDataSource database = this.database;
		Flyway.configure().dataSource(database).locations(LOCATIONS).target("2026.12.07.75").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("INSERT INTO schools (id, name, time_zone, locale, created_at) "
				+ "VALUES (1, 'School', 'Europe/Berlin', 'en', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00')");
		jdbc.update("INSERT INTO users (id, school_id, email, first_name, last_name, role, active, created_at) VALUES "
				+ "(1, 1, 'a@example.org', 'Ann', 'Lee', 'TEACHER', TRUE, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'), "
				+ "(2, 1, 'b@example.org', 'Ben', 'Lee', 'STUDENT', TRUE, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'), "
				+ "(3, 1, 'c@example.org', 'Cal', 'Lee', 'PARENT', TRUE, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00')");
		jdbc.update("INSERT INTO chat_rooms (id, school_id, name, created_by, created_at) "
				+ "VALUES (1, 1, 'Room', 1, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00')");
		jdbc.update("INSERT INTO chat_messages (id, school_id, room_id, sender_id, body, sent_at) VALUES "
				+ "(10, 1, 1, 1, 'Hello', TIMESTAMP WITH TIME ZONE '2025-03-10 08:15:00+00'), "
				+ "(11, 1, 1, 2, 'Hi', TIMESTAMP WITH TIME ZONE '2025-03-16 22:59:59+00')");
		jdbc.update("INSERT INTO chat_message_recipients (message_id, recipient_id) VALUES (10, 2), (10, 3), (11, 1)");

		Flyway.configure().dataSource(database).locations(LOCATIONS).load().migrate();

		assertThat(jdbc.queryForList("""
				SELECT message_id || ' ' || recipient_id || ' ' || CAST(EXTRACT(EPOCH FROM sent_at) AS BIGINT)
				FROM chat_message_recipients ORDER BY message_id, recipient_id""", String.class))
			.containsExactly("10 2 1741594500", "10 3 1741594500", "11 1 1742165999");
		assertThat(jdbc.queryForObject("""
				SELECT is_nullable FROM information_schema.columns
				WHERE table_name = 'chat_message_recipients' AND column_name = 'sent_at'""", String.class))
			.isEqualTo("NO");
		assertThat(jdbc.queryForList("""
				SELECT index_name FROM information_schema.indexes
				WHERE table_name = 'chat_message_recipients' AND index_name LIKE '%received%'""", String.class))
			.isEqualTo(List.of("chat_message_recipients_received"));
		assertThat(jdbc.queryForList("""
				SELECT index_name FROM information_schema.indexes
				WHERE table_name = 'chat_messages' AND index_name = 'chat_messages_sent'""", String.class)).isEmpty();
	}

}
