package org.classlytics.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail as admins read it. The world's school is in Europe/Athens (UTC+2 in
 * January), so local days start at 22:00 UTC the evening before.
 */
@IntegrationTest
class AuditApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditBuffer buffer;

	private World w;

	private Api.Caller admin;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
	}

	@Test
	void listsExactlyWhatWasRecordedNewestFirst() {
		long x = this.w.studentX().id();
		long y = this.w.studentY().id();
		Instant before = Instant.now();
		this.trail.record(actor(this.w.teacherA()), AuditAction.VIEW, "student_performance", List.of(y, x, x));
		this.trail.record(actor(this.w.admin()), AuditAction.EXPORT, "teacher_weekly", Set.of(x));
		Instant after = Instant.now();

		Api.Reply reply = this.admin.get("/api/admin/audit");

		assertThat(reply.status()).isEqualTo(200);
		JsonNode page = reply.json();
		assertThat(page.get("count").asLong()).isEqualTo(2);
		JsonNode export = page.get("results").get(0);
		JsonNode view = page.get("results").get(1);
		assertThat(export.propertyNames()).containsExactly("id", "actor_id", "actor_name", "action", "report_kind",
				"student_ids", "at");
		assertThat(export.get("actor_id").asLong()).isEqualTo(this.w.admin().id());
		assertThat(export.get("actor_name").asString()).isEqualTo("Ada Admin");
		assertThat(export.get("action").asString()).isEqualTo("EXPORT");
		assertThat(export.get("report_kind").asString()).isEqualTo("teacher_weekly");
		assertThat(ids(export.get("student_ids"))).containsExactly(x);
		assertThat(view.get("actor_id").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(view.get("actor_name").asString()).isEqualTo("Alice Anders");
		assertThat(view.get("action").asString()).isEqualTo("VIEW");
		assertThat(view.get("report_kind").asString()).isEqualTo("student_performance");
		assertThat(ids(view.get("student_ids"))).containsExactly(Math.min(x, y), Math.max(x, y));
		assertThat(view.get("id").asLong()).isLessThan(export.get("id").asLong());
		Instant viewedAt = Instant.parse(view.get("at").asString());
		assertThat(viewedAt).isBetween(before.minusMillis(1), after.plusMillis(1));
		assertThat(Instant.parse(export.get("at").asString())).isAfterOrEqualTo(viewedAt);
	}

	@Test
	void filtersByStudent() {
		long x = this.w.studentX().id();
		long y = this.w.studentY().id();
		this.trail.record(actor(this.w.teacherA()), AuditAction.VIEW, "student_performance", List.of(x));
		this.trail.record(actor(this.w.teacherB()), AuditAction.EMAIL, "tutor_weekly", List.of(y));
		this.trail.record(actor(this.w.admin()), AuditAction.EXPORT, "bulk_student_performance", List.of(x, y));

		JsonNode ofX = this.admin.get("/api/admin/audit?student_id=" + x).json();
		JsonNode ofY = this.admin.get("/api/admin/audit?student_id=" + y).json();

		assertThat(ofX.get("count").asLong()).isEqualTo(2);
		assertThat(kinds(ofX)).containsExactly("bulk_student_performance", "student_performance");
		assertThat(ofY.get("count").asLong()).isEqualTo(2);
		assertThat(kinds(ofY)).containsExactly("bulk_student_performance", "tutor_weekly");
		assertThat(ids(ofY.get("results").get(0).get("student_ids"))).containsExactly(Math.min(x, y), Math.max(x, y));
		assertThat(this.admin.get("/api/admin/audit?student_id=" + this.w.teacherA().id()).json().get("count").asLong())
			.isZero();
	}

	@Test
	void filtersByTheSchoolsLocalDays() {
		recordAt("2025-01-14T21:59:59.999Z", "before");
		recordAt("2025-01-14T22:00:00Z", "first");
		recordAt("2025-01-15T21:59:59.999Z", "last");
		recordAt("2025-01-15T22:00:00Z", "after");

		JsonNode day = this.admin.get("/api/admin/audit?from=2025-01-15&to=2025-01-15").json();

		assertThat(day.get("count").asLong()).isEqualTo(2);
		assertThat(kinds(day)).containsExactly("last", "first");
		assertThat(day.get("results").get(0).get("at").asString()).isEqualTo("2025-01-15T21:59:59.999Z");
		assertThat(kinds(this.admin.get("/api/admin/audit?from=2025-01-15").json())).containsExactly("after", "last",
				"first");
		assertThat(kinds(this.admin.get("/api/admin/audit?to=2025-01-15").json())).containsExactly("last", "first",
				"before");
	}

	@Test
	void filtersByInstantsIncludingBoth() {
		recordAt("2025-01-14T21:59:59.999Z", "before");
		recordAt("2025-01-14T22:00:00Z", "first");
		recordAt("2025-01-15T21:59:59.999Z", "last");
		recordAt("2025-01-15T22:00:00Z", "after");

		JsonNode window = this.admin
			.get("/api/admin/audit?from=2025-01-14T22:00:00Z&to=2025-01-15T23:59:59.999%2B02:00")
			.json();

		assertThat(kinds(window)).containsExactly("last", "first");
	}

	@Test
	void combinesStudentAndWindowAndPages() {
		long x = this.w.studentX().id();
		for (int day = 10; day <= 14; day++) {
			recordAt("2025-01-" + day + "T09:00:00Z", "day " + day);
		}
		this.buffer.add(new PendingEntry(this.w.school().id(), this.w.admin().id(), AuditAction.VIEW, "other student",
				List.of(this.w.studentY().id()), Instant.parse("2025-01-12T10:00:00Z")));

		String query = "/api/admin/audit?student_id=" + x + "&from=2025-01-11&to=2025-01-13&page_size=2";
		JsonNode first = this.admin.get(query).json();
		JsonNode second = this.admin.get(query + "&page=2").json();

		assertThat(first.get("count").asLong()).isEqualTo(3);
		assertThat(kinds(first)).containsExactly("day 13", "day 12");
		assertThat(kinds(second)).containsExactly("day 11");
	}

	@Test
	void doesNotRecordAnAccessToNoStudent() {
		this.trail.record(actor(this.w.admin()), AuditAction.VIEW, "class_report", List.of());

		assertThat(this.admin.get("/api/admin/audit").json().get("count").asLong()).isZero();
	}

	@Test
	void refusesABadWindowOrStudent() {
		assertProblem(this.admin.get("/api/admin/audit?from=2025-02-30"), "from",
				"must be a date in the form YYYY-MM-DD or an RFC 3339 instant such as 2025-01-15T09:00:00Z");
		assertProblem(this.admin.get("/api/admin/audit?to=yesterday"), "to",
				"must be a date in the form YYYY-MM-DD or an RFC 3339 instant such as 2025-01-15T09:00:00Z");
		assertProblem(this.admin.get("/api/admin/audit?from=2025-01-16&to=2025-01-15"), "to",
				"must not be before from");
		assertProblem(this.admin.get("/api/admin/audit?student_id=abc"), "student_id", "must be a number");
		assertProblem(this.admin.get("/api/admin/audit?page=0"), "page", "must be 1 or more");
	}

	private void recordAt(String at, String kind) {
		this.buffer.add(new PendingEntry(this.w.school().id(), this.w.teacherA().id(), AuditAction.VIEW, kind,
				List.of(this.w.studentX().id()), Instant.parse(at)));
	}

	private static Actor actor(Person person) {
		return new Actor(person.id(), person.schoolId(), person.role());
	}

	private static void assertProblem(Api.Reply reply, String field, String message) {
		assertThat(reply.status()).as(reply.text()).isEqualTo(400);
		JsonNode error = reply.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).isEqualTo(message);
	}

	private static List<Long> ids(JsonNode array) {
		return array.valueStream().map(JsonNode::asLong).toList();
	}

	private static List<String> kinds(JsonNode page) {
		return page.get("results").valueStream().map((entry) -> entry.get("report_kind").asString()).toList();
	}

}
