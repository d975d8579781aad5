package org.classlytics.analytics;

import java.time.LocalDate;
import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.AttendanceFixtures;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Early warning, school health, the parent dashboard and the student overview, on one
 * history of studentX as of 2025-03-31 (a Monday).
 */
@IntegrationTest
class AnalyticsWarningTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller admin;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		Api.Caller teacher = this.api.as(this.w.token("teacherA"));
		this.w.school().term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30));
		long x = this.w.studentX().id();
		// Weekly averages 95, 85, 50: falling each week, 45 points in all.
		AnalyticsFixtures.graded(teacher, this.w, this.w.studentX(), 95, "2025-02-18T10:00:00Z");
		AnalyticsFixtures.graded(teacher, this.w, this.w.studentX(), 85, "2025-02-25T10:00:00Z");
		AnalyticsFixtures.graded(teacher, this.w, this.w.studentX(), 50, "2025-03-12T10:00:00Z");
		// Three assignments due in the last 14 days, one handed in: 33.33 %.
		long a1 = AnalyticsFixtures.assignment(teacher, this.w, 10, "2025-03-20T12:00:00Z", this.w.studentX());
		AnalyticsFixtures.assignment(teacher, this.w, 10, "2025-03-25T12:00:00Z", this.w.studentX());
		AnalyticsFixtures.assignment(teacher, this.w, 10, "2025-03-28T12:00:00Z", this.w.studentX());
		AnalyticsFixtures.submit(teacher, a1, this.w.studentX(), "2025-03-19T12:00:00Z");
		for (String day : List.of("20", "21", "22", "23", "24", "25", "26", "31")) {
			AttendanceFixtures.attendance(teacher, x, "2025-03-" + day, "PRESENT");
		}
		AttendanceFixtures.attendance(teacher, x, "2025-03-28", "ABSENT");
		AttendanceFixtures.attendance(teacher, x, "2025-03-29", "ABSENT");
		AttendanceFixtures.payment(this.admin, x, "100.00", "EUR", "2025-02-01T10:00:00Z");
		AttendanceFixtures.payment(this.admin, x, "50.50", "EUR", "2025-03-01T10:00:00Z");
		AttendanceFixtures.payment(this.admin, this.w.studentY().id(), "20", "USD", "2025-03-02T10:00:00Z");
		// Before the term: no revenue of it.
		AttendanceFixtures.payment(this.admin, x, "999", "EUR", "2024-12-01T10:00:00Z");
	}

	@Test
	void raisesEveryFlagWithItsFigure() {
		Api.Reply reply = this.admin.get("/api/analytics/at-risk?date=2025-03-31");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode rows = reply.json();
		assertThat(rows.size()).isEqualTo(1);
		assertThat(rows.get(0).get("student").get("id").asLong()).isEqualTo(this.w.studentX().id());
		JsonNode flags = rows.get(0).get("flags");
		assertThat(flags.size()).isEqualTo(4);
		assertFlag(flags.get(0), "LOW_ATTENDANCE", "80.00", "90.00",
				"Attendance over the last 28 days is 80.00%, below 90.00%");
		assertFlag(flags.get(1), "LOW_GRADES", "50.00", "60.00",
				"Average of graded items over the last 28 days is 50.00%, below 60.00%");
		assertFlag(flags.get(2), "DECLINING", "45.00", "10.00",
				"Weekly average fell in each of the last 3 weeks with a record, by 45.00 points in total, more than 10.00");
		assertFlag(flags.get(3), "MISSING_WORK", "33.33", "50.00",
				"Submission rate over assignments due in the last 14 days is 33.33%, below 50.00%");
		assertThat(this.api.as(this.w.token("parentY")).get("/api/analytics/at-risk?date=2025-03-31").json().size())
			.isZero();
		assertThat(this.api.as(this.w.token("tutorX")).get("/api/analytics/at-risk?date=2025-03-31").json().size())
			.isEqualTo(1);
	}

	@Test
	void usesTheSchoolsOwnThresholds() {
		Api.Reply put = this.admin.put("/api/analytics/settings/early-warning", Api.body("low_attendance_below", 75,
				"low_grades_below", 40, "declining_weeks", 3, "declining_points", 50, "missing_work_below", 30));
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		assertThat(
				this.admin.get("/api/analytics/settings/early-warning").json().get("low_grades_below").decimalValue())
			.isEqualByComparingTo("40");

		JsonNode rows = this.admin.get("/api/analytics/at-risk?date=2025-03-31").json();

		assertThat(rows.size()).isZero();
		Api.Reply bad = this.admin.put("/api/analytics/settings/early-warning", Api.body("low_attendance_below", 101,
				"low_grades_below", 40, "declining_weeks", 3, "declining_points", 50, "missing_work_below", 30));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("low_attendance_below");
		assertThat(this.api.as(this.w.token("teacherA"))
			.put("/api/analytics/settings/early-warning", Api.body("low_attendance_below", 75))
			.status()).isEqualTo(403);
	}

	@Test
	void reportsSchoolHealth() {
		Api.Reply reply = this.admin.get("/api/analytics/admin/school-health?date=2025-03-31");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode health = reply.json();
		assertThat(health.get("students").asInt()).isEqualTo(2);
		assertThat(health.get("teachers").asInt()).isEqualTo(2);
		assertThat(health.get("attendance_rate_today").decimalValue()).isEqualByComparingTo("100.00");
		assertThat(health.get("attendance_rate_week").decimalValue()).isEqualByComparingTo("100.00");
		assertThat(health.get("attendance_rate_term").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(health.get("average_grade_term").decimalValue()).isEqualByComparingTo("76.67");
		JsonNode revenue = health.get("revenue_term");
		assertThat(revenue.size()).isEqualTo(2);
		assertThat(revenue.get(0).get("currency").asString()).isEqualTo("EUR");
		assertThat(revenue.get(0).get("amount").decimalValue()).isEqualByComparingTo("150.50");
		assertThat(revenue.get(1).get("currency").asString()).isEqualTo("USD");
		assertThat(revenue.get(1).get("amount").decimalValue()).isEqualByComparingTo("20.00");
		assertThat(health.get("at_risk_students").asInt()).isEqualTo(1);
		assertThat(this.api.as(this.w.token("teacherA")).get("/api/analytics/admin/school-health").status())
			.isEqualTo(403);
	}

	@Test
	void showsAParentTheirChildren() {
		Api.Reply reply = this.api.as(this.w.token("parentX")).get("/api/parent/dashboard?weeks=2&until=2025-03-31");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode children = reply.json().get("children");
		assertThat(children.size()).isEqualTo(1);
		JsonNode child = children.get(0);
		assertThat(child.get("student").get("id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(child.get("student").get("first_name").asString()).isEqualTo("Xena");
		assertThat(child.get("weekly_stats").get("total_weeks").asInt()).isEqualTo(2);
		assertThat(child.get("weekly_stats").get("weekly_trend").get(0).get("week").asString()).isEqualTo("2025-W13");
		assertThat(child.get("weekly_stats").get("weekly_trend").get(1).get("week").asString()).isEqualTo("2025-W14");
		// 2025-03-24 to 2025-03-31: 4 present, 2 absent.
		assertThat(child.get("attendance_rate").decimalValue()).isEqualByComparingTo("66.67");
		assertThat(child.get("early_warning").get("at_risk").asBoolean()).isTrue();
		assertThat(child.get("early_warning").get("flags").size()).isEqualTo(4);
		assertThat(this.admin.get("/api/parent/dashboard").status()).isEqualTo(403);
	}

	@Test
	void givesTheOverviewBehindTheCharts() {
		Api.Reply reply = this.api.as(this.w.token("tutorX"))
			.get("/api/analytics/student/" + this.w.studentX().id() + "/overview?from=2025-03-01&to=2025-03-31");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode overview = reply.json();
		assertThat(overview.get("student").get("last_name").asString()).isEqualTo("Xenos");
		JsonNode trend = overview.get("weekly_trend");
		assertThat(trend.size()).isEqualTo(6);
		assertThat(trend.get(0).get("week").asString()).isEqualTo("2025-W09");
		assertThat(trend.get(2).get("week").asString()).isEqualTo("2025-W11");
		assertThat(trend.get(2).get("overall_avg").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(trend.get(5).get("week").asString()).isEqualTo("2025-W14");
		JsonNode attendance = overview.get("attendance");
		assertThat(attendance.get("total_days").asInt()).isEqualTo(10);
		assertThat(attendance.get("present").asInt()).isEqualTo(8);
		assertThat(attendance.get("late").asInt()).isZero();
		assertThat(attendance.get("absent").asInt()).isEqualTo(2);
		assertThat(attendance.get("excused").asInt()).isZero();
		assertThat(attendance.get("attendance_rate").decimalValue()).isEqualByComparingTo("80.00");
		JsonNode term = overview.get("term_performance");
		assertThat(term.size()).isEqualTo(1);
		assertThat(term.get(0).get("average_grade").decimalValue()).isEqualByComparingTo("76.67");
		assertThat(term.get(0).get("attendance_percentage").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(term.get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(overview.get("early_warning").get("at_risk").asBoolean()).isTrue();
	}

	private static void assertFlag(JsonNode flag, String name, String value, String threshold, String reason) {
		assertThat(flag.get("flag").asString()).isEqualTo(name);
		assertThat(flag.get("value").decimalValue()).isEqualByComparingTo(value);
		assertThat(flag.get("threshold").decimalValue()).isEqualByComparingTo(threshold);
		assertThat(flag.get("reason").asString()).isEqualTo(reason);
	}

}
