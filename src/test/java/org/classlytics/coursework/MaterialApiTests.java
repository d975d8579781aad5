package org.classlytics.coursework;

import java.time.Instant;
import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.fields;
import static org.classlytics.support.CourseworkFixtures.material;

/**
 * Materials, the progress students make on them, and study sessions.
 */
@IntegrationTest
class MaterialApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller teacherA;

	private Api.Caller studentX;

	private long material;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.teacherA = this.api.as(this.w.token("teacherA"));
		this.studentX = this.api.as(this.w.token("studentX"));
		this.material = create(this.teacherA, "/api/materials", material(this.w, this.w.studentX()));
	}

	@Test
	void createsAMaterialForItsStudents() {
		JsonNode m = this.studentX.get("/api/materials/" + this.material).json();

		assertThat(m.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(m.get("subject_id").asLong()).isEqualTo(this.w.subject().id());
		assertThat(m.get("title").asString()).isEqualTo("Chapter 3");
		assertThat(m.get("student_ids")).extracting(JsonNode::asLong).containsExactly(this.w.studentX().id());
		assertThat(this.api.as(this.w.token("studentY")).get("/api/materials/" + this.material).status())
			.isEqualTo(404);
	}

	@Test
	void progressIsOneRowPerStudentAndReplacedOnUpdate() {
		Api.Reply first = progress(this.studentX, body("student_id", this.w.studentX().id(), "progress_percent", 40));
		Api.Reply second = progress(this.studentX,
				body("student_id", this.w.studentX().id(), "progress_percent", 65.5));

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("completed_at").isNull()).isTrue();
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.json().get("progress_percent").decimalValue()).isEqualByComparingTo("65.5");
		JsonNode list = this.teacherA.get("/api/materials/" + this.material + "/progress").json();
		assertThat(list.get("count").asInt()).isEqualTo(1);
		assertThat(list.get("results").get(0).get("progress_percent").decimalValue()).isEqualByComparingTo("65.5");
	}

	@Test
	void finishingAMaterialCompletesItNowOrWhenTheClientSays() {
		Instant before = Instant.now().minusSeconds(1);

		JsonNode now = progress(this.studentX, body("student_id", this.w.studentX().id(), "progress_percent", 100))
			.json();
		JsonNode again = progress(this.studentX, body("student_id", this.w.studentX().id(), "progress_percent", 100))
			.json();
		JsonNode given = progress(this.teacherA, body("student_id", this.w.studentX().id(), "progress_percent", 100,
				"completed_at", "2025-03-05T10:00:00Z"))
			.json();

		assertThat(Instant.parse(now.get("completed_at").asString())).isBetween(before, Instant.now().plusSeconds(1));
		assertThat(again.get("completed_at").asString()).isEqualTo(now.get("completed_at").asString());
		assertThat(given.get("completed_at").asString()).isEqualTo("2025-03-05T10:00:00Z");
	}

	@Test
	void refusesBadProgress() {
		Api.Reply above = progress(this.studentX, body("student_id", this.w.studentX().id(), "progress_percent", 101));
		Api.Reply missing = progress(this.studentX, body("student_id", this.w.studentX().id()));
		Api.Reply notAssigned = progress(this.api.as(this.w.token("studentY")),
				body("student_id", this.w.studentY().id(), "progress_percent", 10));
		Api.Reply parent = progress(this.api.as(this.w.token("parentX")),
				body("student_id", this.w.studentX().id(), "progress_percent", 10));

		assertThat(fields(above)).containsExactly("progress_percent");
		assertThat(fields(missing)).containsExactly("progress_percent");
		assertThat(fields(notAssigned)).containsExactly("student_id");
		assertThat(parent.status()).isEqualTo(403);
		assertThat(this.teacherA.get("/api/materials/" + this.material + "/progress").json().get("count").asInt())
			.isZero();
	}

	@Test
	void aStudentWithProgressStaysAssigned() {
		progress(this.studentX, body("student_id", this.w.studentX().id(), "progress_percent", 10));

		Api.Reply reply = this.teacherA.patch("/api/materials/" + this.material, body("student_ids", List.of()));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(this.teacherA.patch("/api/materials/" + this.material, body("title", "Chapter 4"))
			.json()
			.get("title")
			.asString()).isEqualTo("Chapter 4");
	}

	@Test
	void recordsAStudySessionForTheMaterialsTeacher() {
		Api.Reply reply = this.studentX.post("/api/study-sessions",
				body("student_id", this.w.studentX().id(), "subject_id", this.w.subject().id(), "material_id",
						this.material, "started_at", "2025-03-05T16:00:00Z", "duration_seconds", 1800));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode s = reply.json();
		assertThat(s.get("student_id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(s.get("subject_id").asLong()).isEqualTo(this.w.subject().id());
		assertThat(s.get("material_id").asLong()).isEqualTo(this.material);
		assertThat(s.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(s.get("started_at").asString()).isEqualTo("2025-03-05T16:00:00Z");
		assertThat(s.get("duration_seconds").asInt()).isEqualTo(1800);
		assertThat(this.api.as(this.w.token("tutorX")).get("/api/study-sessions").json().get("count").asInt())
			.isEqualTo(1);
		assertThat(this.api.as(this.w.token("tutorY")).get("/api/study-sessions").json().get("count").asInt()).isZero();
	}

	@Test
	void aSessionWithoutMaterialCountsForTheStudentsTeacherInTheSubject() {
		JsonNode s = this.api.as(this.w.token("studentY"))
			.post("/api/study-sessions",
					body("student_id", this.w.studentY().id(), "subject_id", this.w.subject().id(), "duration_seconds",
							600))
			.json();

		assertThat(s.get("teacher_id").asLong()).isEqualTo(this.w.teacherB().id());
		assertThat(s.get("material_id").isNull()).isTrue();
	}

	@Test
	void refusesBadStudySessions() {
		Api.Reply zero = session(
				body("student_id", this.w.studentX().id(), "subject_id", this.w.subject().id(), "duration_seconds", 0));
		Api.Reply otherSubject = session(body("student_id", this.w.studentX().id(), "subject_id",
				this.w.school().subject("Art", "ART").id(), "material_id", this.material, "duration_seconds", 60));
		Api.Reply forAnother = session(body("student_id", this.w.studentY().id(), "subject_id", this.w.subject().id(),
				"duration_seconds", 60));
		Api.Reply badInstant = session(body("student_id", this.w.studentX().id(), "subject_id", this.w.subject().id(),
				"started_at", "2025-03-05", "duration_seconds", 60));

		assertThat(fields(zero)).containsExactly("duration_seconds");
		assertThat(fields(otherSubject)).containsExactly("material_id");
		assertThat(fields(forAnother)).containsExactly("student_id");
		assertThat(fields(badInstant)).containsExactly("started_at");
		assertThat(this.api.as(this.w.token("admin")).get("/api/study-sessions").json().get("count").asInt()).isZero();
	}

	@Test
	void aMaterialNamedByStudySessionsStays() {
		long id = session(body("student_id", this.w.studentX().id(), "subject_id", this.w.subject().id(), "material_id",
				this.material, "duration_seconds", 60))
			.id();

		assertThat(this.teacherA.delete("/api/materials/" + this.material).status()).isEqualTo(409);
		assertThat(this.studentX.delete("/api/study-sessions/" + id).status()).isEqualTo(204);
		assertThat(this.teacherA.delete("/api/materials/" + this.material).status()).isEqualTo(204);
		assertThat(this.teacherA.get("/api/materials/" + this.material).status()).isEqualTo(404);
	}

	private Api.Reply progress(Api.Caller caller, Object body) {
		return caller.post("/api/materials/" + this.material + "/progress", body);
	}

	private Api.Reply session(Object body) {
		return this.studentX.post("/api/study-sessions", body);
	}

}
