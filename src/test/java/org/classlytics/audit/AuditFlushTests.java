package org.classlytics.audit;

import java.util.List;

import org.classlytics.roster.Actor;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the trail writes what is queued first. The background flusher is slowed to an
 * hour here, so only the read itself can have written the entry.
 */
@IntegrationTest
@TestPropertySource(properties = "classlytics.audit.flush-interval=1h")
class AuditFlushTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminSeesEveryAccessRecordedBeforeTheRequest() {
		World w = World.create(this.fixtures);
		long x = w.studentX().id();
		this.trail.record(new Actor(w.tutorX().id(), w.school().id(), w.tutorX().role()), AuditAction.EMAIL,
				"tutor_weekly", List.of(x));
		assertThat(storedEntries(w)).isZero();

		JsonNode page = this.api.as(w.token("admin")).get("/api/admin/audit").json();

		assertThat(page.get("count").asLong()).isEqualTo(1);
		assertThat(page.get("results").get(0).get("actor_name").asString()).isEqualTo("Tom Xenos");
		assertThat(page.get("results").get(0).get("action").asString()).isEqualTo("EMAIL");
		assertThat(storedEntries(w)).isEqualTo(1);
	}

	@Test
	void aRefusedReaderDoesNotNeedTheFlush() {
		World w = World.create(this.fixtures);

		assertThat(this.api.as(w.token("teacherA")).get("/api/admin/audit").status()).isEqualTo(403);
	}

	private long storedEntries(World w) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE school_id = ?")
			.param(w.school().id())
			.query(Long.class)
			.single();
	}

}
