package org.classlytics.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.AttendanceFixtures;
import org.classlytics.support.AttendanceFixtures.EventLog;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.attendance.AttendanceApiTests.fields;
import static org.classlytics.attendance.AttendanceApiTests.message;
import static org.classlytics.support.Api.body;

@IntegrationTest
class BehaviorApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConfigurableApplicationContext context;

	private World w;

	private Api.Caller admin;

	private Api.Caller teacherA;

	private EventLog events;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.teacherA = this.api.as(this.w.token("teacherA"));
		this.events = EventLog.listen(this.context);
	}

	@AfterEach
	void tearDown() {
		this.events.close();
	}

	@Test
	void aTeacherRecordsAnEntryForTheirStudent() {
		Api.Reply reply = this.teacherA.post("/api/behavior", body("student_id", x(), "date", "2025-01-15", "score", 4,
				"note", "Helped a classmate", "recorded_at", "2025-01-15T10:15:00Z"));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode entry = reply.json();
		assertThat(entry.get("student_id").asLong()).isEqualTo(x());
		assertThat(entry.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(entry.get("date").asString()).isEqualTo("2025-01-15");
		assertThat(entry.get("score").asInt()).isEqualTo(4);
		assertThat(entry.get("note").asString()).isEqualTo("Helped a classmate");
		assertThat(entry.get("recorded_by").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(entry.get("recorded_at").asString()).isEqualTo("2025-01-15T10:15:00Z");
		assertThat(this.api.as(this.w.token("parentX")).get("/api/behavior/" + reply.id()).json()).isEqualTo(entry);
		assertThat(this.events.of(BehaviorRecorded.class)).containsExactly(
				new BehaviorRecorded(new BehaviorFacts(reply.id(), this.w.school().id(), x(), LocalDate.of(2025, 1, 15),
						4, "Helped a classmate", this.w.teacherA().id(), Instant.parse("2025-01-15T10:15:00Z"))));
	}

	@Test
	void keepsSeveralEntriesADayInTheOrderTheyWereRecorded() {
		long later = this.teacherA
			.post("/api/behavior",
					body("student_id", x(), "date", "2025-01-15", "score", 2, "recorded_at", "2025-01-15T13:00:00Z"))
			.id();
		long earlier = this.teacherA
			.post("/api/behavior",
					body("student_id", x(), "date", "2025-01-15", "score", 5, "recorded_at", "2025-01-15T08:00:00Z"))
			.id();
		long nextDay = AttendanceFixtures.behavior(this.teacherA, x(), "2025-01-16", 3);

		JsonNode page = this.admin.get("/api/behavior?student_id=" + x()).json();

		assertThat(page.get("count").asInt()).isEqualTo(3);
		assertThat(page.get("results").valueStream().map((r) -> r.get("id").asLong())).containsExactly(earlier, later,
				nextDay);
		assertThat(this.admin.get("/api/behavior?from=2025-01-16").json().get("results").get(0).get("score").asInt())
			.isEqualTo(3);
	}

	@Test
	void refusesAScoreOutsideOneToFive() {
		for (Object score : List.of(0, 6, 3.5, -1)) {
			Api.Reply reply = this.teacherA.post("/api/behavior",
					body("student_id", x(), "date", "2025-01-15", "score", score));

			assertThat(reply.status()).as("score %s", score).isEqualTo(400);
			assertThat(fields(reply)).containsExactly("score");
			assertThat(message(reply, "score")).isEqualTo("must be a whole number from 1 to 5");
		}
		assertThat(this.admin.get("/api/behavior").json().get("count").asInt()).isZero();
		assertThat(this.events.of(BehaviorRecorded.class)).isEmpty();
	}

	@Test
	void refusesBadInput() {
		Api.Reply missing = this.teacherA.post("/api/behavior", body("student_id", x(), "score", 3));
		Api.Reply date = this.teacherA.post("/api/behavior", body("student_id", x(), "date", "15/01/2025", "score", 3));
		Api.Reply malformed = this.teacherA.send("POST", "/api/behavior", "{\"score\": ", "application/json");

		assertThat(fields(missing)).containsExactly("date");
		assertThat(fields(date)).containsExactly("date");
		assertThat(message(date, "date")).isEqualTo("must be a date in the form YYYY-MM-DD");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("detail").asString()).startsWith("Malformed JSON");
	}

	@Test
	void aTeacherRecordsOnlyForTheirOwnStudents() {
		Api.Reply reply = this.teacherA.post("/api/behavior",
				body("student_id", y(), "date", "2025-01-15", "score", 3));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("student_id");
	}

	@Test
	void anAdminRecordsOnBehalfOfATeacher() {
		Api.Reply reply = this.admin.post("/api/behavior",
				body("student_id", y(), "date", "2024-11-05", "score", 1, "recorded_by", this.w.teacherB().id()));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("recorded_by").asLong()).isEqualTo(this.w.teacherB().id());
		assertThat(this.api.as(this.w.token("teacherB")).delete("/api/behavior/" + reply.id()).status()).isEqualTo(204);
	}

	@Test
	void aTeacherChangesOnlyTheirOwnEntries() {
		long own = AttendanceFixtures.behavior(this.teacherA, x(), "2025-01-15", 3);
		long colleagues = this.admin
			.post("/api/behavior",
					body("student_id", x(), "date", "2025-01-15", "score", 3, "recorded_by", this.w.teacherB().id()))
			.id();

		assertThat(this.teacherA.get("/api/behavior/" + colleagues).status()).isEqualTo(200);
		assertThat(this.teacherA.patch("/api/behavior/" + colleagues, body("score", 1)).status()).isEqualTo(404);
		assertThat(this.teacherA.delete("/api/behavior/" + colleagues).status()).isEqualTo(404);
		assertThat(this.teacherA.patch("/api/behavior/" + own, body("score", 1)).status()).isEqualTo(200);
	}

	@Test
	void correctsAnEntry() {
		long id = this.teacherA
			.post("/api/behavior",
					body("student_id", x(), "date", "2025-01-15", "score", 2, "note", "Noisy", "recorded_at",
							"2025-01-15T09:00:00Z"))
			.id();
		this.events.clear();

		Api.Reply reply = this.teacherA.patch("/api/behavior/" + id,
				body("score", 3, "date", "2025-01-14", "note", null));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("score").asInt()).isEqualTo(3);
		assertThat(reply.json().get("date").asString()).isEqualTo("2025-01-14");
		assertThat(reply.json().get("note").isNull()).isTrue();
		assertThat(reply.json().get("recorded_at").asString()).isEqualTo("2025-01-15T09:00:00Z");
		long school = this.w.school().id();
		long teacher = this.w.teacherA().id();
		Instant at = Instant.parse("2025-01-15T09:00:00Z");
		assertThat(this.events.of(BehaviorChanged.class)).containsExactly(
				new BehaviorChanged(new BehaviorFacts(id, school, x(), LocalDate.of(2025, 1, 14), 3, null, teacher, at),
						new BehaviorFacts(id, school, x(), LocalDate.of(2025, 1, 15), 2, "Noisy", teacher, at)));
		assertThat(fields(this.teacherA.patch("/api/behavior/" + id, body("score", 9)))).containsExactly("score");
	}

	@Test
	void deletesAnEntry() {
		long id = this.teacherA
			.post("/api/behavior",
					body("student_id", x(), "date", "2025-01-15", "score", 5, "recorded_at", "2025-01-15T09:00:00Z"))
			.id();

		assertThat(this.teacherA.delete("/api/behavior/" + id).status()).isEqualTo(204);

		assertThat(this.teacherA.get("/api/behavior/" + id).status()).isEqualTo(404);
		assertThat(this.events.of(BehaviorDeleted.class)).containsExactly(
				new BehaviorDeleted(new BehaviorFacts(id, this.w.school().id(), x(), LocalDate.of(2025, 1, 15), 5, null,
						this.w.teacherA().id(), Instant.parse("2025-01-15T09:00:00Z"))));
	}

	@Test
	void listsOnlyTheEntriesInReach() {
		AttendanceFixtures.behavior(this.teacherA, x(), "2025-01-15", 4);
		AttendanceFixtures.behavior(this.api.as(this.w.token("teacherB")), y(), "2025-01-15", 2);

		assertThat(this.api.as(this.w.token("parentY"))
			.get("/api/behavior")
			.json()
			.get("results")
			.get(0)
			.get("student_id")
			.asLong()).isEqualTo(y());
		assertThat(this.api.as(this.w.token("studentX")).get("/api/behavior").json().get("count").asInt()).isEqualTo(1);
		assertThat(this.admin.get("/api/behavior").json().get("count").asInt()).isEqualTo(2);
	}

	private long x() {
		return this.w.studentX().id();
	}

	private long y() {
		return this.w.studentY().id();
	}

}
