package org.classlytics.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.delivery.Schedules.PATH;
import static org.classlytics.support.Api.body;

/**
 * The schedule API: fields, rules (on POST and PATCH), recipients, subscriptions and
 * unsubscribing, run_now and test_email, in the shared context (no background jobs).
 */
@IntegrationTest
class ScheduleApiTests {

	private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller teacherA;

	@BeforeEach
	void world() {
		this.w = World.create(this.fixtures);
		this.teacherA = this.api.as(this.w.token("teacherA"));
	}

	@Test
	void createsAScheduleWithEveryFieldAndTheSchoolsZone() {
		Map<String, Object> request = Schedules.forStudents("Xena weekly", "07:30", this.w.studentX().id());
		request.put("frequency", "weekly");
		request.put("day_of_week", 5);
		request.put("export_format", "xlsx");
		((Map<String, Object>) request.get("scope")).put("subject_id", this.w.subject().id());
		request.put("created_by", this.w.admin().id());
		request.put("next_scheduled", "2000-01-01T00:00:00Z");

		Instant before = Instant.now();
		Api.Reply reply = this.teacherA.post(PATH, request);
		Instant after = Instant.now();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode json = reply.json();
		assertThat(json.get("name").asString()).isEqualTo("Xena weekly");
		assertThat(json.get("report_type").asString()).isEqualTo("student_report");
		assertThat(json.get("frequency").asString()).isEqualTo("weekly");
		assertThat(json.get("day_of_week").asInt()).isEqualTo(5);
		assertThat(json.get("day_of_month").isNull()).isTrue();
		assertThat(json.get("weekdays_only").asBoolean()).isFalse();
		assertThat(json.get("time").asString()).isEqualTo("07:30");
		assertThat(json.get("time_zone").asString()).isEqualTo("Europe/Athens");
		assertThat(json.get("export_format").asString()).isEqualTo("xlsx");
		assertThat(json.get("scope").get("student_ids").valueStream().map(JsonNode::asLong).toList())
			.containsExactly(this.w.studentX().id());
		assertThat(json.get("scope").get("subject_id").asLong()).isEqualTo(this.w.subject().id());
		assertThat(json.get("is_active").asBoolean()).isTrue();
		assertThat(json.get("created_by").asLong()).isEqualTo(this.w.teacherA().id());
		assertThat(json.get("last_generated").isNull()).isTrue();
		assertThat(json.get("last_sent").isNull()).isTrue();
		Instant next = Instant.parse(json.get("next_scheduled").asString());
		assertThat(next).isIn(nextFriday0730(before), nextFriday0730(after));
		assertThat(this.teacherA.get(PATH + "/" + reply.id()).json()).isEqualTo(json);
	}

	private static Instant nextFriday0730(Instant now) {
		ZonedDateTime local = now.atZone(ATHENS);
		LocalDate day = local.toLocalDate();
		while (true) {
			if (day.getDayOfWeek().getValue() == 5) {
				Instant at = ZonedDateTime.of(day, LocalTime.of(7, 30), ATHENS).toInstant();
				if (at.isAfter(now)) {
					return at;
				}
			}
			day = day.plusDays(1);
		}
	}

	@Test
	void anExplicitZoneWinsOverTheSchools() {
		Map<String, Object> request = Schedules.daily("NY", "06:00");
		request.put("time_zone", "America/New_York");
		request.put("weekdays_only", true);

		JsonNode json = this.teacherA.post(PATH, request).json();

		assertThat(json.get("time_zone").asString()).isEqualTo("America/New_York");
		assertThat(json.get("weekdays_only").asBoolean()).isTrue();
		ZonedDateTime next = Instant.parse(json.get("next_scheduled").asString()).atZone(ZoneId.of("America/New_York"));
		assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(6, 0));
		assertThat(next.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
	}

	@Test
	void refusesBrokenRulesNamingTheField() {
		Map<String, Object> weekly = Schedules.daily("W", "07:00");
		weekly.put("frequency", "weekly");
		Map<String, Object> monthly = Schedules.daily("M", "07:00");
		monthly.put("frequency", "monthly");
		Map<String, Object> weekdaysOnWeekly = Schedules.daily("W", "07:00");
		weekdaysOnWeekly.putAll(body("frequency", "weekly", "day_of_week", 1, "weekdays_only", true));

		assertProblem(this.teacherA.post(PATH, weekly), "day_of_week");
		assertProblem(this.teacherA.post(PATH, monthly), "day_of_month");
		assertProblem(this.teacherA.post(PATH, weekdaysOnWeekly), "weekdays_only");
		assertProblem(this.teacherA.post(PATH, with("time", "24:00")), "time");
		assertProblem(this.teacherA.post(PATH, with("time", "7:00")), "time");
		assertProblem(this.teacherA.post(PATH, with("time_zone", "Mars/Olympus")), "time_zone");
		assertProblem(this.teacherA.post(PATH, with("export_format", "docx")), "export_format");
		assertProblem(this.teacherA.post(PATH, with("report_type", "anything")), "report_type");
		assertProblem(this.teacherA.post(PATH, with("frequency", "hourly")), "frequency");
		assertProblem(this.teacherA.post(PATH, with("day_of_month", 32)), "day_of_month");
		assertProblem(this.teacherA.post(PATH, with("name", " ")), "name");
		assertProblem(this.teacherA.post(PATH, Schedules.forStudents("Y", "07:00", this.w.studentY().id())),
				"scope.student_ids");
		assertThat(Schedules.fields(this.teacherA.post(PATH, body("name", "Only a name"))))
			.containsExactly("report_type", "frequency", "time", "export_format");
		assertThat(this.teacherA.get(PATH).json().get("count").asLong()).isZero();
	}

	@Test
	void patchChecksTheRulesAgainstTheStoredValues() {
		long daily = Schedules.create(this.teacherA, Schedules.daily("D", "07:00"));
		Map<String, Object> weeklyRequest = Schedules.daily("W", "07:00");
		weeklyRequest.putAll(body("frequency", "weekly", "day_of_week", 3));
		long weekly = Schedules.create(this.teacherA, weeklyRequest);

		assertProblem(this.teacherA.patch(PATH + "/" + daily, body("frequency", "weekly")), "day_of_week");
		assertProblem(this.teacherA.patch(PATH + "/" + weekly, body("frequency", "monthly")), "day_of_month");
		assertProblem(this.teacherA.patch(PATH + "/" + weekly, body("weekdays_only", true)), "weekdays_only");

		JsonNode changed = this.teacherA.patch(PATH + "/" + daily, body("frequency", "weekly", "day_of_week", 2))
			.json();
		assertThat(changed.get("frequency").asString()).isEqualTo("weekly");
		assertThat(changed.get("day_of_week").asInt()).isEqualTo(2);
		assertThat(Instant.parse(changed.get("next_scheduled").asString()).atZone(ATHENS).getDayOfWeek().getValue())
			.isEqualTo(2);
		JsonNode monthly = this.teacherA.patch(PATH + "/" + weekly, body("frequency", "monthly", "day_of_month", 31))
			.json();
		assertThat(monthly.get("day_of_week").asInt()).isEqualTo(3);
		assertThat(monthly.get("day_of_month").asInt()).isEqualTo(31);
		ZonedDateTime next = Instant.parse(monthly.get("next_scheduled").asString()).atZone(ATHENS);
		assertThat(next.getDayOfMonth()).isEqualTo(next.toLocalDate().lengthOfMonth());
		JsonNode paused = this.teacherA.patch(PATH + "/" + weekly, body("is_active", false)).json();
		assertThat(paused.get("is_active").asBoolean()).isFalse();
		assertThat(paused.get("next_scheduled").isNull()).isTrue();
		assertThat(paused.get("name").asString()).isEqualTo("W");
	}

	@Test
	void recipientsMustSeeTheWholeScope() {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("X", "07:00", this.w.studentX().id()));
		String recipients = PATH + "/" + schedule + "/recipients";

		assertProblem(this.teacherA.post(recipients, body("recipient_id", this.w.tutorY().id())), "recipient_id");
		assertProblem(this.teacherA.post(recipients, body("recipient_id", this.w.outsider().id())), "recipient_id");
		assertProblem(this.teacherA.post(recipients, body()), "recipient_id");
		Api.Reply added = this.teacherA.post(recipients, body("recipient_id", this.w.tutorX().id()));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("recipient_id").asLong()).isEqualTo(this.w.tutorX().id());
		assertThat(added.json().get("email").asString()).isEqualTo(this.w.tutorX().email());
		assertThat(added.json().get("subscribed").asBoolean()).isTrue();
		assertThat(added.json().has("unsubscribe_token")).isFalse();
		assertThat(this.teacherA.post(recipients, body("recipient_id", this.w.tutorX().id())).status()).isEqualTo(409);
		Schedules.addRecipients(this.teacherA, schedule, this.w.parentX().id(), this.w.studentX().id());

		JsonNode list = this.teacherA.get(recipients).json();
		assertThat(list.get("count").asInt()).isEqualTo(3);
		assertThat(list.get("results").valueStream().map((r) -> r.get("recipient_id").asLong()).toList())
			.containsExactly(this.w.tutorX().id(), this.w.parentX().id(), this.w.studentX().id());

		String remove = PATH + "/" + schedule + "/remove_recipient?recipient_id=" + this.w.parentX().id();
		assertThat(this.teacherA.delete(remove).status()).isEqualTo(204);
		assertThat(this.teacherA.delete(remove).status()).isEqualTo(404);
		assertThat(this.teacherA.get(recipients).json().get("count").asInt()).isEqualTo(2);
	}

	@Test
	void subscriptionsAndBothWaysToUnsubscribe() {
		long first = Schedules.create(this.teacherA, Schedules.forStudents("First", "07:00", this.w.studentX().id()));
		long second = Schedules.create(this.teacherA, Schedules.forStudents("Second", "08:00", this.w.studentX().id()));
		Schedules.addRecipients(this.teacherA, first, this.w.tutorX().id());
		Schedules.addRecipients(this.teacherA, second, this.w.tutorX().id());
		Api.Caller tutorX = this.api.as(this.w.token("tutorX"));

		JsonNode mine = tutorX.get(PATH + "/my_subscriptions").json();
		assertThat(mine.get("count").asInt()).isEqualTo(2);
		assertThat(mine.get("results").valueStream().map((s) -> s.get("schedule").get("name").asString()).toList())
			.containsExactly("First", "Second");
		String firstToken = mine.get("results").get(0).get("unsubscribe_token").asString();
		String secondToken = mine.get("results").get(1).get("unsubscribe_token").asString();
		assertThat(firstToken).hasSize(43).isNotEqualTo(secondToken);
		assertThat(this.teacherA.get(PATH + "/my_subscriptions").json().get("count").asInt()).isZero();

		Api.Reply page = this.api.anonymous().get("/unsubscribe/" + firstToken);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Stop receiving “First” by email?").contains("id=\"unsubscribe-form\"");
		assertThat(tutorX.get(PATH + "/my_subscriptions").json().get("count").asInt()).isEqualTo(2);

		Api.Reply unsubscribed = this.api.anonymous()
			.post(PATH + "/unsubscribe", body("unsubscribe_token", firstToken));
		assertThat(unsubscribed.status()).isEqualTo(200);
		assertThat(unsubscribed.json().get("schedule_id").asLong()).isEqualTo(first);
		assertThat(unsubscribed.json().get("subscribed").asBoolean()).isFalse();
		assertProblem(this.api.anonymous().post(PATH + "/unsubscribe", body()), "unsubscribe_token");

		Api.Reply oneClick = this.api.anonymous()
			.send("POST", "/api/unsubscribe/" + secondToken, "List-Unsubscribe=One-Click",
					"application/x-www-form-urlencoded");
		assertThat(oneClick.status()).isEqualTo(200);
		Api.Reply again = this.api.anonymous()
			.send("POST", "/api/unsubscribe/" + secondToken, "List-Unsubscribe=One-Click",
					"application/x-www-form-urlencoded");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("unsubscribed_at").asString())
			.isEqualTo(oneClick.json().get("unsubscribed_at").asString());

		assertThat(tutorX.get(PATH + "/my_subscriptions").json().get("count").asInt()).isZero();
		JsonNode recipients = this.teacherA.get(PATH + "/" + second + "/recipients").json();
		assertThat(recipients.get("results").get(0).get("subscribed").asBoolean()).isFalse();
		assertThat(this.api.anonymous().get("/unsubscribe/" + secondToken).text())
			.contains("You had already unsubscribed from “Second”.");
		assertThat(this.api.anonymous().get("/unsubscribe/nothing-like-this").status()).isEqualTo(404);

		// Added again, the recipient gets a new token; the old one is dead.
		Schedules.addRecipients(this.teacherA, second, this.w.tutorX().id());
		String renewed = tutorX.get(PATH + "/my_subscriptions")
			.json()
			.get("results")
			.get(0)
			.get("unsubscribe_token")
			.asString();
		assertThat(renewed).isNotEqualTo(secondToken);
		assertThat(this.api.anonymous().post("/api/unsubscribe/" + secondToken, body()).status()).isEqualTo(404);
	}

	@Test
	void runNowStartsAnExecutionAndTheHistoryShowsIt() {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("X", "07:00", this.w.studentX().id()));

		Api.Reply run = this.teacherA.post(PATH + "/" + schedule + "/run_now", body());

		assertThat(run.status()).isEqualTo(202);
		long executionId = run.json().get("execution_id").asLong();
		JsonNode history = this.teacherA.get(PATH + "/" + schedule + "/executions?limit=10").json();
		assertThat(history.get("count").asInt()).isEqualTo(1);
		JsonNode execution = history.get("results").get(0);
		assertThat(execution.get("id").asLong()).isEqualTo(executionId);
		assertThat(execution.get("status").asString()).isEqualTo("started");
		assertThat(execution.get("completed_at").isNull()).isTrue();
		assertThat(execution.get("duration_seconds").isNull()).isTrue();
		assertThat(execution.get("success_rate_percent").decimalValue()).isEqualByComparingTo("0");
		assertThat(execution.get("total_recipients").asInt()).isZero();
		assertProblem(this.teacherA.get(PATH + "/" + schedule + "/executions?limit=0"), "limit");
		assertProblem(this.teacherA.get(PATH + "/" + schedule + "/executions?limit=101"), "limit");
		assertProblem(this.teacherA.get(PATH + "/" + schedule + "/executions?limit=ten"), "limit");
	}

	@Test
	void testEmailsAreLimitedToFivePerHourPerUser() {
		long schedule = Schedules.create(this.teacherA, Schedules.daily("T", "07:00"));
		String path = PATH + "/" + schedule + "/test_email";

		assertProblem(this.teacherA.post(path, body("recipient_email", "not an address")), "recipient_email");
		for (int i = 0; i < 5; i++) {
			Api.Reply accepted = this.teacherA.post(path, body("recipient_email", "me@school.example"));
			assertThat(accepted.status()).isEqualTo(202);
			assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
			assertThat(accepted.json().get("task_id").asString()).hasSize(36);
		}
		Api.Reply limited = this.teacherA.post(path, body("recipient_email", "me@school.example"));

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.json().get("status").asInt()).isEqualTo(429);
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(3500L, 3601L);
		// Another user has an allowance of their own.
		Api.Caller admin = this.api.as(this.w.token("admin"));
		assertThat(admin.post(path, body("recipient_email", "me@school.example")).status()).isEqualTo(202);
	}

	private Map<String, Object> with(String field, Object value) {
		Map<String, Object> request = Schedules.daily("S", "07:00");
		request.put(field, value);
		return request;
	}

	private static void assertProblem(Api.Reply reply, String field) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Schedules.fields(reply)).as(reply.toString()).containsExactly(field);
	}

	static List<Long> ids(JsonNode list) {
		return list.get("results").valueStream().map((item) -> item.get("id").asLong()).toList();
	}

}
