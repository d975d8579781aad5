package org.classlytics.attendance;

import java.time.Instant;
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
class LessonApiTests {

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
	void aTeacherRecordsTheirOwnLesson() {
		Api.Reply reply = this.teacherA.post("/api/lessons", body("subject_id", subject(), "class_id", classId(),
				"starts_at", "2025-01-15T09:00:00Z", "status", "HELD"));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode lesson = reply.json();
		assertThat(lesson.get("teacher_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(lesson.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(lesson.get("subject_id").asLong()).isEqualTo(subject());
		assertThat(lesson.get("class_id").asLong()).isEqualTo(classId());
		assertThat(lesson.get("starts_at").asString()).isEqualTo("2025-01-15T09:00:00Z");
		assertThat(lesson.get("status").asString()).isEqualTo("HELD");
		assertThat(this.teacherA.get("/api/lessons/" + reply.id()).json()).isEqualTo(lesson);
		assertThat(this.events.of(LessonSaved.class)).containsExactly(new LessonSaved(
				facts(reply.id(), this.w.teacherA().id(), "2025-01-15T09:00:00Z", LessonStatus.HELD), null));
	}

	@Test
	void startsNowWhenNoTimeIsGiven() {
		Instant before = Instant.now();

		Api.Reply reply = this.teacherA.post("/api/lessons",
				body("subject_id", subject(), "class_id", classId(), "status", "CANCELLED"));

		Instant startsAt = Instant.parse(reply.json().get("starts_at").asString());
		assertThat(startsAt).isBetween(before.minusMillis(1), Instant.now());
	}

	@Test
	void anAdminRecordsALessonOnBehalfOfATeacher() {
		Api.Reply reply = this.admin.post("/api/lessons", body("teacher_id", this.w.teacherB().id(), "subject_id",
				subject(), "class_id", classId(), "starts_at", "2024-10-01T07:30:00Z", "status", "HELD"));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("teacher_id").asLong()).isEqualTo(this.w.teacherB().id());
		assertThat(this.api.as(this.w.token("teacherB")).get("/api/lessons/" + reply.id()).status()).isEqualTo(200);
		assertThat(this.teacherA.get("/api/lessons/" + reply.id()).status()).isEqualTo(404);
	}

	@Test
	void anAdminMustNameATeacher() {
		Api.Reply none = this.admin.post("/api/lessons", body("subject_id", subject(), "class_id", classId(),
				"starts_at", "2024-10-01T07:30:00Z", "status", "HELD"));
		Api.Reply tutor = this.admin.post("/api/lessons", body("teacher_id", this.w.tutorX().id(), "subject_id",
				subject(), "class_id", classId(), "starts_at", "2024-10-01T07:30:00Z", "status", "HELD"));

		assertThat(fields(none)).containsExactly("teacher_id");
		assertThat(message(none, "teacher_id")).isEqualTo("is required when an admin records on behalf of a teacher");
		assertThat(fields(tutor)).containsExactly("teacher_id");
		assertThat(message(tutor, "teacher_id")).isEqualTo("user " + this.w.tutorX().id() + " is not a teacher");
	}

	@Test
	void aTeacherCannotRecordForAnotherTeacher() {
		Api.Reply reply = this.teacherA.post("/api/lessons", body("teacher_id", this.w.teacherB().id(), "subject_id",
				subject(), "class_id", classId(), "starts_at", "2025-01-15T09:00:00Z", "status", "HELD"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("teacher_id");
	}

	@Test
	void refusesASubjectAndClassOfAnotherSchool() {
		Fixtures.TestSchool other = this.fixtures.school();
		Api.Reply reply = this.teacherA.post("/api/lessons", body("subject_id", other.subject("Art", "ART").id(),
				"class_id", other.classSection("1A").id(), "starts_at", "2025-01-15T09:00:00Z", "status", "HELD"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("subject_id", "class_id");
	}

	@Test
	void refusesBadInput() {
		Api.Reply missing = this.teacherA.post("/api/lessons", body("subject_id", subject(), "status", "HELD"));
		Api.Reply status = this.teacherA.post("/api/lessons",
				body("subject_id", subject(), "class_id", classId(), "status", "POSTPONED"));
		Api.Reply instant = this.teacherA.post("/api/lessons", body("subject_id", subject(), "class_id", classId(),
				"starts_at", "2025-01-15 09:00", "status", "HELD"));

		assertThat(fields(missing)).containsExactly("class_id");
		assertThat(fields(status)).containsExactly("status");
		assertThat(message(status, "status")).isEqualTo("must be one of HELD, CANCELLED");
		assertThat(fields(instant)).containsExactly("starts_at");
		assertThat(this.teacherA.get("/api/lessons").json().get("count").asInt()).isZero();
	}

	@Test
	void changesALesson() {
		long id = AttendanceFixtures.lesson(this.teacherA, null, subject(), classId(), "2025-01-15T09:00:00Z", "HELD");
		this.events.clear();

		Api.Reply reply = this.teacherA.patch("/api/lessons/" + id,
				body("status", "CANCELLED", "starts_at", "2025-01-16T09:00:00Z"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("status").asString()).isEqualTo("CANCELLED");
		long teacher = this.w.teacherA().id();
		assertThat(this.events.of(LessonSaved.class))
			.containsExactly(new LessonSaved(facts(id, teacher, "2025-01-16T09:00:00Z", LessonStatus.CANCELLED),
					facts(id, teacher, "2025-01-15T09:00:00Z", LessonStatus.HELD)));
	}

	@Test
	void anAdminHandsALessonToAnotherTeacher() {
		long id = AttendanceFixtures.lesson(this.teacherA, null, subject(), classId(), "2025-01-15T09:00:00Z", "HELD");

		Api.Reply reply = this.admin.patch("/api/lessons/" + id, body("teacher_id", this.w.teacherB().id()));

		assertThat(reply.json().get("teacher_id").asLong()).isEqualTo(this.w.teacherB().id());
		assertThat(this.teacherA.get("/api/lessons/" + id).status()).isEqualTo(404);
	}

	@Test
	void deletesALesson() {
		long id = AttendanceFixtures.lesson(this.teacherA, null, subject(), classId(), "2025-01-15T09:00:00Z", "HELD");

		assertThat(this.teacherA.delete("/api/lessons/" + id).status()).isEqualTo(204);

		assertThat(this.teacherA.get("/api/lessons/" + id).status()).isEqualTo(404);
		assertThat(this.events.of(LessonDeleted.class)).containsExactly(
				new LessonDeleted(facts(id, this.w.teacherA().id(), "2025-01-15T09:00:00Z", LessonStatus.HELD)));
	}

	@Test
	void filtersByTheSchoolsLocalDays() {
		// Athens is UTC+2 in January: 22:30 UTC on the 14th is already the 15th there.
		long early = AttendanceFixtures.lesson(this.teacherA, null, subject(), classId(), "2025-01-14T22:30:00Z",
				"HELD");
		long late = AttendanceFixtures.lesson(this.teacherA, null, subject(), classId(), "2025-01-15T21:30:00Z",
				"CANCELLED");
		AttendanceFixtures.lesson(this.teacherA, null, subject(), classId(), "2025-01-15T22:30:00Z", "HELD");
		AttendanceFixtures.lesson(this.admin, this.w.teacherB().id(), subject(), classId(), "2025-01-15T10:00:00Z",
				"HELD");

		assertThat(ids(this.teacherA, "/api/lessons?from=2025-01-15&to=2025-01-15")).containsExactly(early, late);
		assertThat(ids(this.teacherA, "/api/lessons?from=2025-01-15&to=2025-01-15&status=HELD")).containsExactly(early);
		assertThat(this.admin.get("/api/lessons?from=2025-01-15&to=2025-01-15").json().get("count").asInt())
			.isEqualTo(3);
		assertThat(this.admin.get("/api/lessons?teacher_id=" + this.w.teacherB().id()).json().get("count").asInt())
			.isEqualTo(1);
		assertThat(this.teacherA.get("/api/lessons?teacher_id=" + this.w.teacherB().id()).json().get("count").asInt())
			.isZero();
	}

	private List<Long> ids(Api.Caller caller, String path) {
		return caller.get(path).json().get("results").valueStream().map((r) -> r.get("id").asLong()).toList();
	}

	private LessonFacts facts(long id, long teacherId, String startsAt, LessonStatus status) {
		return new LessonFacts(id, this.w.school().id(), teacherId, subject(), classId(), Instant.parse(startsAt),
				status);
	}

	private long subject() {
		return this.w.subject().id();
	}

	private long classId() {
		return this.w.classSection().id();
	}

}
