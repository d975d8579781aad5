package org.classlytics.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import static org.assertj.core.api.Assertions.tuple;
import static org.classlytics.support.Api.body;

@IntegrationTest
class AttendanceApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Attendance attendance;

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
	void recordsADayForOneStudent() {
		Api.Reply reply = this.teacherA.post("/api/attendance",
				body("student_id", x(), "date", "2025-01-15", "status", "LATE", "note", "  Bus was late  "));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode record = reply.json();
		assertThat(record.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(record.get("student_id").asLong()).isEqualTo(x());
		assertThat(record.get("date").asString()).isEqualTo("2025-01-15");
		assertThat(record.get("status").asString()).isEqualTo("LATE");
		assertThat(record.get("note").asString()).isEqualTo("Bus was late");
		assertThat(record.get("recorded_by").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(record.get("recorded_at").asString()).endsWith("Z");
		assertThat(this.teacherA.get("/api/attendance/" + reply.id()).json()).isEqualTo(record);
		assertThat(this.events.of(AttendanceRecorded.class))
			.containsExactly(new AttendanceRecorded(reply.id(), this.w.school().id(), x(), LocalDate.of(2025, 1, 15),
					AttendanceStatus.LATE, null, this.w.teacherA().id()));
	}

	@Test
	void recordingADayAgainReplacesItsRecord() {
		long first = AttendanceFixtures.attendance(this.teacherA, x(), "2025-01-15", "PRESENT");

		Api.Reply again = this.teacherA.post("/api/attendance",
				body("student_id", x(), "date", "2025-01-15", "status", "ABSENT"));

		assertThat(again.status()).isEqualTo(201);
		assertThat(again.id()).isEqualTo(first);
		JsonNode page = this.admin.get("/api/attendance?student_id=" + x()).json();
		assertThat(page.get("count").asInt()).isEqualTo(1);
		assertThat(page.get("results").get(0).get("status").asString()).isEqualTo("ABSENT");
		assertThat(page.get("results").get(0).get("note").isNull()).isTrue();
		long school = this.w.school().id();
		long teacher = this.w.teacherA().id();
		LocalDate day = LocalDate.of(2025, 1, 15);
		assertThat(this.events.of(AttendanceRecorded.class)).containsExactly(
				new AttendanceRecorded(first, school, x(), day, AttendanceStatus.PRESENT, null, teacher),
				new AttendanceRecorded(first, school, x(), day, AttendanceStatus.ABSENT, AttendanceStatus.PRESENT,
						teacher));
	}

	@Test
	void recordsAListInTheOrderSent() {
		long existing = AttendanceFixtures.attendance(this.admin, y(), "2025-01-13", "ABSENT");
		this.events.clear();

		Api.Reply reply = this.admin.post("/api/attendance",
				body("records", List.of(record(x(), "2025-01-14", "PRESENT"), record(x(), "2025-01-13", "LATE"),
						record(y(), "2025-01-13", "EXCUSED"))));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode results = reply.json().get("results");
		assertThat(reply.json().get("count").asInt()).isEqualTo(3);
		assertThat(results.valueStream()
			.map((r) -> r.get("student_id").asLong() + " " + r.get("date").asString() + " "
					+ r.get("status").asString()))
			.containsExactly(x() + " 2025-01-14 PRESENT", x() + " 2025-01-13 LATE", y() + " 2025-01-13 EXCUSED");
		assertThat(results.get(2).get("id").asLong()).isEqualTo(existing);
		assertThat(results.valueStream().map((r) -> r.get("recorded_by").asLong())).containsOnly(this.w.admin().id());
		assertThat(this.events.of(AttendanceRecorded.class))
			.extracting(AttendanceRecorded::studentId, AttendanceRecorded::status, AttendanceRecorded::previousStatus)
			.containsExactly(tuple(x(), AttendanceStatus.PRESENT, null), tuple(x(), AttendanceStatus.LATE, null),
					tuple(y(), AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT));
	}

	@Test
	void readsABareArrayAsAList() {
		Api.Reply reply = this.admin.post("/api/attendance",
				List.of(record(x(), "2025-01-13", "PRESENT"), record(y(), "2025-01-13", "BAD")));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("records[1].status");

		Api.Reply fixed = this.admin.post("/api/attendance",
				List.of(record(x(), "2025-01-13", "PRESENT"), record(y(), "2025-01-13", "ABSENT")));

		assertThat(fixed.status()).isEqualTo(201);
		assertThat(fixed.json().get("count").asInt()).isEqualTo(2);
	}

	@Test
	void aListWithOneBadRecordWritesNothing() {
		Api.Reply reply = this.admin.post("/api/attendance",
				body("records", List.of(record(x(), "2025-01-13", "PRESENT"), record(y(), "2025-01-13", "PRESENT"),
						record(x(), "2025-01-14", "HERE"))));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("records[2].status");
		assertThat(reply.json().get("errors").get(0).get("message").asString())
			.isEqualTo("must be one of PRESENT, ABSENT, LATE, EXCUSED");
		assertThat(fields(reply)).containsExactly("records[2].status");
		assertThat(this.admin.get("/api/attendance").json().get("count").asInt()).isZero();
		assertThat(this.events.of(AttendanceRecorded.class)).isEmpty();
	}

	@Test
	void namesEveryBadRecordOfAList() {
		Map<String, Object> noStudent = body("date", "2025-01-13", "status", "PRESENT");
		Api.Reply reply = this.admin.post("/api/attendance",
				body("records", List.of(noStudent, record(x(), "2025-02-30", "PRESENT"), record(y(), null, "GONE"),
						record(x(), "2025-01-13", "PRESENT"), record(x(), "2025-01-13", "ABSENT"))));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("records[0].student_id", "records[1].date", "records[2].date",
				"records[2].status");
		assertThat(message(reply, "records[1].date")).isEqualTo("must be a date in the form YYYY-MM-DD");
		assertThat(message(reply, "records[2].date")).isEqualTo("is required");
		assertThat(this.admin.get("/api/attendance").json().get("count").asInt()).isZero();
	}

	@Test
	void refusesTheSameDayTwiceInOneList() {
		Api.Reply reply = this.admin.post("/api/attendance",
				body("records", List.of(record(x(), "2025-01-13", "PRESENT"), record(x(), "2025-01-13", "ABSENT"))));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("records[1].date");
		assertThat(message(reply, "records[1].date")).isEqualTo("repeats the student and date of records[0]");
	}

	@Test
	void refusesAnEmptyListAndAMixOfOneRecordAndAList() {
		assertThat(fields(this.admin.post("/api/attendance", body("records", List.of())))).containsExactly("records");
		assertThat(fields(this.admin.post("/api/attendance", body("student_id", x(), "date", "2025-01-13", "status",
				"PRESENT", "records", List.of(record(x(), "2025-01-14", "PRESENT"))))))
			.containsExactly("records");
	}

	@Test
	void aTeacherRecordsOnlyForTheirOwnStudents() {
		Api.Reply single = this.teacherA.post("/api/attendance",
				body("student_id", y(), "date", "2025-01-13", "status", "PRESENT"));
		Api.Reply list = this.teacherA.post("/api/attendance",
				body("records", List.of(record(x(), "2025-01-13", "PRESENT"), record(y(), "2025-01-13", "PRESENT"))));

		assertThat(single.status()).isEqualTo(400);
		assertThat(fields(single)).containsExactly("student_id");
		assertThat(message(single, "student_id")).isEqualTo("no student " + y() + " in your reach");
		assertThat(list.status()).isEqualTo(400);
		assertThat(fields(list)).containsExactly("records[1].student_id");
		assertThat(this.admin.get("/api/attendance").json().get("count").asInt()).isZero();
	}

	@Test
	void aTeacherRecordsAsThemself() {
		Api.Reply reply = this.teacherA.post("/api/attendance", body("student_id", x(), "date", "2025-01-13", "status",
				"PRESENT", "recorded_by", this.w.teacherB().id()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("recorded_by");
	}

	@Test
	void anAdminLoadsHistoryOnBehalfOfATeacher() {
		Api.Reply reply = this.admin.post("/api/attendance",
				body("recorded_by", this.w.teacherB().id(), "records",
						List.of(record(y(), "2024-10-01", "PRESENT"), body("student_id", y(), "date", "2024-10-02",
								"status", "ABSENT", "recorded_by", this.w.admin().id()))));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("results").valueStream().map((r) -> r.get("recorded_by").asLong()))
			.containsExactly(this.w.teacherB().id(), this.w.admin().id());
		assertThat(this.events.of(AttendanceRecorded.class)).extracting(AttendanceRecorded::recordedBy)
			.containsExactly(this.w.teacherB().id(), this.w.admin().id());
	}

	@Test
	void anAdminRecordsOnlyOnBehalfOfTeachersAndAdminsOfTheSchool() {
		long tutor = this.w.tutorX().id();
		long outsider = this.w.outsider().id();
		Api.Reply reply = this.admin.post("/api/attendance",
				body("records", List.of(
						body("student_id", x(), "date", "2025-01-13", "status", "PRESENT", "recorded_by", tutor),
						body("student_id", x(), "date", "2025-01-14", "status", "PRESENT", "recorded_by", outsider))));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("records[0].recorded_by", "records[1].recorded_by");
		assertThat(message(reply, "records[0].recorded_by"))
			.isEqualTo("user " + tutor + " is not a teacher or an admin");
		assertThat(message(reply, "records[1].recorded_by")).isEqualTo("no user " + outsider + " in this school");
	}

	@Test
	void refusesMalformedJson() {
		Api.Reply reply = this.admin.send("POST", "/api/attendance", "{\"student_id\": 1,", "application/json");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).startsWith("Malformed JSON");
	}

	@Test
	void namesTheMissingFieldsOfOneRecord() {
		Api.Reply reply = this.admin.post("/api/attendance", body("student_id", x()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("date", "status");
		assertThat(message(reply, "status")).isEqualTo("is required");
	}

	@Test
	void refusesAnUnknownStatusAndABadDate() {
		Api.Reply reply = this.admin.post("/api/attendance",
				body("student_id", x(), "date", "2025-13-01", "status", "SICK"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("date", "status");
		assertThat(message(reply, "status")).isEqualTo("must be one of PRESENT, ABSENT, LATE, EXCUSED");
		assertThat(this.admin.get("/api/attendance").json().get("count").asInt()).isZero();
	}

	@Test
	void refusesAStudentIdThatIsNotANumber() {
		Api.Reply reply = this.admin.post("/api/attendance",
				body("student_id", "someone", "date", "2025-01-13", "status", "PRESENT"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("student_id");
	}

	@Test
	void correctsADay() {
		long id = this.teacherA
			.post("/api/attendance",
					body("student_id", x(), "date", "2025-01-15", "status", "ABSENT", "note", "no word"))
			.id();
		this.events.clear();

		Api.Reply reply = this.admin.patch("/api/attendance/" + id, body("status", "EXCUSED", "note", null));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("status").asString()).isEqualTo("EXCUSED");
		assertThat(reply.json().get("note").isNull()).isTrue();
		assertThat(reply.json().get("recorded_by").asLong()).isEqualTo(this.w.admin().id());
		assertThat(this.events.of(AttendanceRecorded.class))
			.containsExactly(new AttendanceRecorded(id, this.w.school().id(), x(), LocalDate.of(2025, 1, 15),
					AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT, this.w.admin().id()));
	}

	@Test
	void aCorrectionWithoutANoteKeepsIt() {
		long id = this.teacherA
			.post("/api/attendance", body("student_id", x(), "date", "2025-01-15", "status", "ABSENT", "note", "flu"))
			.id();

		Api.Reply reply = this.teacherA.patch("/api/attendance/" + id, body("status", "EXCUSED"));

		assertThat(reply.json().get("note").asString()).isEqualTo("flu");
		assertThat(this.teacherA.patch("/api/attendance/" + id, body("status", "NOPE")).status()).isEqualTo(400);
	}

	@Test
	void deletesADay() {
		long id = AttendanceFixtures.attendance(this.teacherA, x(), "2025-01-15", "LATE");

		assertThat(this.teacherA.delete("/api/attendance/" + id).status()).isEqualTo(204);

		assertThat(this.admin.get("/api/attendance/" + id).status()).isEqualTo(404);
		assertThat(this.events.of(AttendanceDeleted.class)).containsExactly(new AttendanceDeleted(id,
				this.w.school().id(), x(), LocalDate.of(2025, 1, 15), AttendanceStatus.LATE, this.w.teacherA().id()));
	}

	@Test
	void filtersAndPagesTheList() {
		this.admin.post("/api/attendance",
				body("records",
						List.of(record(x(), "2025-01-13", "PRESENT"), record(x(), "2025-01-14", "ABSENT"),
								record(x(), "2025-01-15", "PRESENT"), record(y(), "2025-01-14", "PRESENT"),
								record(x(), "2025-01-16", "PRESENT"))));

		assertThat(days("/api/attendance?student_id=" + x() + "&from=2025-01-14&to=2025-01-16&status=PRESENT"))
			.containsExactly("2025-01-15", "2025-01-16");
		JsonNode page = this.admin.get("/api/attendance?page=2&page_size=2").json();
		assertThat(page.get("count").asInt()).isEqualTo(5);
		assertThat(page.get("results").valueStream().map((r) -> r.get("date").asString() + " " + r.get("student_id")))
			.containsExactly("2025-01-14 " + y(), "2025-01-15 " + x());
		assertThat(fields(this.admin.get("/api/attendance?from=2025-01-15&to=2025-01-14"))).containsExactly("to");
		assertThat(fields(this.admin.get("/api/attendance?from=yesterday"))).containsExactly("from");
		assertThat(fields(this.admin.get("/api/attendance?status=SICK"))).containsExactly("status");
	}

	@Test
	void listsOnlyTheRecordsInReach() {
		this.admin.post("/api/attendance",
				body("records", List.of(record(x(), "2025-01-13", "PRESENT"), record(y(), "2025-01-13", "ABSENT"))));

		assertThat(studentsSeenBy("parentX")).containsExactly(x());
		assertThat(studentsSeenBy("teacherB")).containsExactly(y());
		assertThat(studentsSeenBy("tutorY")).containsExactly(y());
		assertThat(studentsSeenBy("studentX")).containsExactly(x());
		assertThat(studentsSeenBy("outsider")).isEmpty();
	}

	@Test
	void theFacadeLooksUpEachKindById() {
		long record = AttendanceFixtures.attendance(this.teacherA, x(), "2025-01-15", "PRESENT");
		long lesson = AttendanceFixtures.lesson(this.teacherA, null, this.w.subject().id(), this.w.classSection().id(),
				"2025-01-15T09:00:00Z", "HELD");
		long entry = AttendanceFixtures.behavior(this.teacherA, x(), "2025-01-15", 5);

		assertThat(this.attendance.record(record).map(AttendanceRecord::status)).contains(AttendanceStatus.PRESENT);
		assertThat(this.attendance.lesson(lesson))
			.contains(new LessonFacts(lesson, this.w.school().id(), this.w.teacherA().id(), this.w.subject().id(),
					this.w.classSection().id(), Instant.parse("2025-01-15T09:00:00Z"), LessonStatus.HELD));
		assertThat(this.attendance.behaviorEntry(entry).map(BehaviorFacts::score)).contains(5);
		assertThat(this.attendance.record(-1)).isEmpty();
	}

	private List<String> days(String path) {
		return this.admin.get(path).json().get("results").valueStream().map((r) -> r.get("date").asString()).toList();
	}

	private List<Long> studentsSeenBy(String caller) {
		return this.api.as(this.w.token(caller))
			.get("/api/attendance")
			.json()
			.get("results")
			.valueStream()
			.map((r) -> r.get("student_id").asLong())
			.toList();
	}

	private long x() {
		return this.w.studentX().id();
	}

	private long y() {
		return this.w.studentY().id();
	}

	static Map<String, Object> record(long studentId, String date, String status) {
		return body("student_id", studentId, "date", date, "status", status);
	}

	static List<String> fields(Api.Reply reply) {
		return reply.json().get("errors").valueStream().map((node) -> node.get("field").asString()).toList();
	}

	static String message(Api.Reply reply, String field) {
		return reply.json()
			.get("errors")
			.valueStream()
			.filter((node) -> node.get("field").asString().equals(field))
			.map((node) -> node.get("message").asString())
			.findFirst()
			.orElseThrow();
	}

}
