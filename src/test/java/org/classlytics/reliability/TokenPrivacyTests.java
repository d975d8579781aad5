package org.classlytics.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * Tokens and passwords never leave the request that carries them: not into a table, not
 * into the log, not into a response; and a revoked token stops working at once.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TokenPrivacyTests {

	/**
	 * Loggers turned up to DEBUG while a test runs, so that the check also covers what an
	 * operator sees when debugging sign-in.
	 */
	private static final List<String> LOGGERS = List.of("org.classlytics", "org.springframework.security");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void quietAgain() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		LOGGERS.forEach((logger) -> logging.setLogLevel(logger, null));
	}

	@Test
	void noTableHoldsARawTokenOrAPlainPassword(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		LOGGERS.forEach((logger) -> logging.setLogLevel(logger, LogLevel.DEBUG));
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		List<String> secrets = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String password = "secret-" + UUID.randomUUID();
			String email = "privacy." + UUID.randomUUID().toString().substring(0, 8) + "@test.classlytics.org";
			Api.Reply created = admin.post("/api/users", body("email", email, "password", password, "first_name", "Pia",
					"last_name", "Privacy" + i, "role", "TEACHER"));
			assertThat(created.status()).as(created.text()).isEqualTo(201);
			secrets.add(password);
			Api.Reply signedIn = this.api.anonymous()
				.post("/api/auth/token", body("email", email, "password", password));
			assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
			String token = signedIn.json().get("token").asString();
			tokens.add(token);
			assertThat(this.api.as(token).get("/api/me").status()).isEqualTo(200);
			assertThat(this.api.as(token).withScheme("Token").get("/api/assignments").status()).isEqualTo(200);
		}
		// the tokens World issued through the service, too
		tokens.addAll(w.tokens().values());
		Api.Reply failed = this.api.anonymous()
			.post("/api/auth/token", body("email", w.teacherA().email(), "password", "wrong-" + secrets.get(0)));
		assertThat(failed.status()).isEqualTo(401);
		secrets.add("wrong-" + secrets.get(0));
		secrets.addAll(tokens);
		assertThat(secrets).hasSize(17);

		List<Column> columns = textColumns();
		assertThat(columns).hasSizeGreaterThan(50);
		long cells = 0;
		for (Column column : columns) {
			for (String secret : secrets) {
				long found = this.jdbc
					.sql("SELECT COUNT(*) FROM \"" + column.table() + "\" WHERE POSITION(? IN CAST(\"" + column.name()
							+ "\" AS VARCHAR)) > 0")
					.param(secret)
					.query(Long.class)
					.single();
				assertThat(found).as("%s.%s holds a secret", column.table(), column.name()).isZero();
			}
			cells++;
		}
		assertThat(cells).isEqualTo(columns.size());
		// the capture saw the sign-ins at DEBUG, so its silence about secrets means
		// something
		assertThat(output.getAll()).contains("Securing POST /api/auth/token");
		for (String secret : secrets) {
			assertThat(output.getAll()).as("the log").doesNotContain(secret);
		}
		assertThat(output.getAll()).doesNotContain(Fixtures.PASSWORD);
	}

	@Test
	void aRevokedTokenIsRefusedOnTheVeryNextRequest() {
		Fixtures.TestSchool school = this.fixtures.school();
		var teacher = school.teacher("Rita", "Revoked");
		String token = this.api.anonymous()
			.post("/api/auth/token", body("email", teacher.email(), "password", Fixtures.PASSWORD))
			.json()
			.get("token")
			.asString();
		assertThat(this.api.as(token).get("/api/me").status()).isEqualTo(200);

		assertThat(this.api.as(token).delete("/api/auth/token").status()).isEqualTo(204);

		assertThat(this.api.as(token).get("/api/me").status()).isEqualTo(401);
		assertThat(this.api.as(token).withScheme("Token").get("/api/me").status()).isEqualTo(401);
		assertThat(this.api.as(token).delete("/api/auth/token").status()).isEqualTo(401);
	}

	@Test
	void noResponseCarriesAPasswordHash() {
		World w = World.create(this.fixtures);
		List<String> texts = new ArrayList<>();
		for (String caller : List.of("admin", "teacherA", "studentX", "parentX")) {
			texts.add(this.api.as(w.token(caller)).get("/api/me").text());
		}
		Api.Caller admin = this.api.as(w.token("admin"));
		texts.add(admin.get("/api/users?page_size=200").text());
		texts.add(admin.get("/api/users/" + w.studentX().id()).text());
		texts.add(admin.patch("/api/users/" + w.teacherA().id(), body("first_name", "Alicia")).text());
		texts.add(this.api.anonymous()
			.post("/api/auth/token", body("email", w.teacherB().email(), "password", Fixtures.PASSWORD))
			.text());
		String hash = this.jdbc.sql("SELECT password_hash FROM users WHERE id = ?")
			.param(w.teacherB().id())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("$2");
		assertThat(texts).hasSize(8).allSatisfy((text) -> {
			assertThat(text).contains("\"id\"").doesNotContain("$2a$").doesNotContain("$2b$").doesNotContain(hash);
			assertThat(text).doesNotContainIgnoringCase("password");
		});
	}

	private List<Column> textColumns() {
		return this.jdbc
			.sql("SELECT table_name, column_name FROM information_schema.columns "
					+ "WHERE UPPER(table_schema) = UPPER(CURRENT_SCHEMA) AND (UPPER(data_type) LIKE '%CHAR%' "
					+ "OR UPPER(data_type) IN ('TEXT', 'CHARACTER LARGE OBJECT', 'CLOB', 'JSON', 'JSONB'))")
			.query((rs, row) -> new Column(rs.getString(1), rs.getString(2)))
			.list();
	}

	record Column(String table, String name) {

	}

}
