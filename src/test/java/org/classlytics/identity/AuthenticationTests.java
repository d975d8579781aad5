package org.classlytics.identity;

import java.time.Instant;

import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

@IntegrationTest
class AuthenticationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private Fixtures.TestSchool school;

	private Person teacher;

	@BeforeEach
	void setUp() {
		this.school = this.fixtures.school();
		this.teacher = this.school.teacher("Tess", "Teacher");
	}

	@Test
	void issuesABearerTokenForTheRightPassword() {
		Api.Reply reply = signIn(this.teacher.email(), Fixtures.PASSWORD);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(json.get("token").asString()).startsWith("cl_").hasSizeGreaterThan(40);
		assertThat(Instant.parse(json.get("expires_at").asString())).isAfter(Instant.now());
		JsonNode user = json.get("user");
		assertThat(user.get("id").asLong()).isEqualTo(this.teacher.id());
		assertThat(user.get("email").asString()).isEqualTo(this.teacher.email());
		assertThat(user.get("first_name").asString()).isEqualTo("Tess");
		assertThat(user.get("last_name").asString()).isEqualTo("Teacher");
		assertThat(user.get("role").asString()).isEqualTo("TEACHER");
		assertThat(user.get("school_id").asLong()).isEqualTo(this.school.id());
	}

	@Test
	void storesOnlyAHashOfTheToken() {
		String token = signIn(this.teacher.email(), Fixtures.PASSWORD).json().get("token").asString();

		long stored = this.jdbc.sql("SELECT COUNT(*) FROM access_tokens WHERE token_hash = ?")
			.param(token)
			.query(Long.class)
			.single();
		long hashed = this.jdbc.sql("SELECT COUNT(*) FROM access_tokens WHERE token_hash = ?")
			.param(Tokens.hash(token))
			.query(Long.class)
			.single();
		assertThat(stored).isZero();
		assertThat(hashed).isEqualTo(1);
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownEmailAlike() {
		Api.Reply wrongPassword = signIn(this.teacher.email(), "not-the-password");
		Api.Reply unknownEmail = signIn("nobody@test.classlytics.org", Fixtures.PASSWORD);

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(wrongPassword.json().get("detail").asString())
			.isEqualTo(unknownEmail.json().get("detail").asString());
	}

	@Test
	void acceptsBothTheBearerAndTheTokenScheme() {
		String token = this.school.tokenOf(this.teacher);

		assertThat(this.api.as(token).get("/api/me").json().get("id").asLong()).isEqualTo(this.teacher.id());
		assertThat(this.api.as(token).withScheme("Token").get("/api/me").status()).isEqualTo(200);
		assertThat(this.api.as(token).withScheme("Basic").get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void revokedTokensStopWorking() {
		String token = signIn(this.teacher.email(), Fixtures.PASSWORD).json().get("token").asString();
		String other = this.school.tokenOf(this.teacher);

		assertThat(this.api.as(token).delete("/api/auth/token").status()).isEqualTo(204);

		assertThat(this.api.as(token).get("/api/me").status()).isEqualTo(401);
		assertThat(this.api.as(other).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void expiredTokensStopWorking() {
		String token = this.school.tokenOf(this.teacher);
		this.jdbc.sql("UPDATE access_tokens SET expires_at = ? WHERE token_hash = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), Tokens.hash(token))
			.update();

		Api.Reply reply = this.api.as(token).get("/api/me");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void requiresATokenForTheApi() {
		Api.Reply reply = this.api.anonymous().get("/api/me");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.json().get("status").asInt()).isEqualTo(401);
		assertThat(this.api.as("cl_forged").get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void refusesASignInWithoutFields() {
		Api.Reply reply = this.api.anonymous().post("/api/auth/token", body("email", this.teacher.email()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
	}

	private Api.Reply signIn(String email, String password) {
		return this.api.anonymous().post("/api/auth/token", body("email", email, "password", password));
	}

}
