package org.classlytics.analytics;

import java.math.BigDecimal;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.analytics.AnalyticsFixtures.attempt;
import static org.classlytics.analytics.AnalyticsFixtures.graded;
import static org.classlytics.analytics.AnalyticsFixtures.quiz;
import static org.classlytics.support.Api.body;

/**
 * StudentWeeklyPerformance through the API, in the world's Europe/Athens school.
 */
@IntegrationTest
class AnalyticsWeeklyTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller teacher;

	private Api.Caller parent;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.teacher = this.api.as(this.w.token("teacherA"));
		this.parent = this.api.as(this.w.token("parentX"));
	}

	@Test
	void averagesTheSeedCase() {
		long quiz = quiz(this.teacher, this.w, 100);
		attempt(this.teacher, quiz, this.w.studentX(), 85, "2025-03-11T09:00:00Z");
		attempt(this.teacher, quiz, this.w.studentX(), 90, "2025-03-12T09:00:00Z");
		attempt(this.teacher, quiz, this.w.studentX(), 88, "2025-03-13T09:00:00Z");
		graded(this.teacher, this.w, this.w.studentX(), 92, "2025-03-12T10:00:00Z");
		graded(this.teacher, this.w, this.w.studentX(), 88, "2025-03-14T10:00:00Z");

		JsonNode reply = weekly(3, "2025-03-16");

		assertThat(reply.get("student_id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(reply.get("total_weeks").asInt()).isEqualTo(3);
		JsonNode trend = reply.get("weekly_trend");
		assertThat(trend.size()).isEqualTo(3);
		assertThat(trend.get(0).get("week").asString()).isEqualTo("2025-W09");
		assertThat(trend.get(0).get("overall_avg").isNull()).isTrue();
		assertThat(trend.get(0).get("quiz_avg").isNull()).isTrue();
		assertThat(trend.get(0).get("assignment_avg").isNull()).isTrue();
		assertThat(trend.get(0).get("quiz_count").asInt()).isZero();
		assertThat(trend.get(0).get("assignment_count").asInt()).isZero();
		assertThat(trend.get(1).get("week").asString()).isEqualTo("2025-W10");
		JsonNode week = trend.get(2);
		assertThat(week.get("week").asString()).isEqualTo("2025-W11");
		assertThat(week.get("year").asInt()).isEqualTo(2025);
		assertThat(week.get("week_number").asInt()).isEqualTo(11);
		assertThat(week.get("week_start").asString()).isEqualTo("2025-03-10");
		assertThat(week.get("quiz_avg").decimalValue()).isEqualByComparingTo("87.67");
		assertThat(week.get("assignment_avg").decimalValue()).isEqualByComparingTo("90.00");
		assertThat(week.get("overall_avg").decimalValue()).isEqualByComparingTo("88.60");
		assertThat(week.get("quiz_count").asInt()).isEqualTo(3);
		assertThat(week.get("assignment_count").asInt()).isEqualTo(2);
	}

	@Test
	void storesZeroAveragesAsZero() {
		long quiz = quiz(this.teacher, this.w, 20);
		attempt(this.teacher, quiz, this.w.studentX(), 0, "2025-03-11T09:00:00Z");
		graded(this.teacher, this.w, this.w.studentX(), 0, "2025-03-12T10:00:00Z");

		JsonNode week = weekly(1, "2025-03-16").get("weekly_trend").get(0);

		assertThat(week.get("overall_avg").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(week.get("quiz_avg").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(week.get("assignment_avg").decimalValue()).isEqualByComparingTo("0.00");
	}

	@Test
	void placesTheTurnOfTheYearInIsoWeekOne() {
		graded(this.teacher, this.w, this.w.studentX(), 70, "2024-12-30T10:00:00Z");
		graded(this.teacher, this.w, this.w.studentX(), 80, "2025-01-05T10:00:00Z");

		JsonNode trend = weekly(2, "2025-01-05").get("weekly_trend");

		assertThat(trend.get(0).get("week").asString()).isEqualTo("2024-W52");
		assertThat(trend.get(0).get("assignment_count").asInt()).isZero();
		JsonNode week = trend.get(1);
		assertThat(week.get("week").asString()).isEqualTo("2025-W01");
		assertThat(week.get("year").asInt()).isEqualTo(2025);
		assertThat(week.get("week_number").asInt()).isEqualTo(1);
		assertThat(week.get("week_start").asString()).isEqualTo("2024-12-30");
		assertThat(week.get("assignment_count").asInt()).isEqualTo(2);
		assertThat(week.get("overall_avg").decimalValue()).isEqualByComparingTo("75.00");
	}

	@Test
	void bucketsByTheSchoolsLocalMonday() {
		long quiz = quiz(this.teacher, this.w, 10);
		// 00:30 on Monday 2025-03-10 in Athens is still Sunday 22:30 in UTC.
		attempt(this.teacher, quiz, this.w.studentX(), 7, "2025-03-09T22:30:00Z");

		JsonNode trend = weekly(2, "2025-03-16").get("weekly_trend");

		assertThat(trend.get(0).get("quiz_count").asInt()).isZero();
		assertThat(trend.get(1).get("week_start").asString()).isEqualTo("2025-03-10");
		assertThat(trend.get(1).get("quiz_count").asInt()).isEqualTo(1);
		assertThat(trend.get(1).get("quiz_avg").decimalValue()).isEqualByComparingTo("70.00");
	}

	@Test
	void roundsHalfUpOnlyAtTheEnd() {
		long quiz = quiz(this.teacher, this.w, 1000);
		// 10.004 %, 10.004 % and 10.007 %: the mean 10.005 rounds to 10.01, while
		// rounding
		// each item first would give 10.00.
		attempt(this.teacher, quiz, this.w.studentX(), "100.04", "2025-03-11T09:00:00Z");
		attempt(this.teacher, quiz, this.w.studentX(), "100.04", "2025-03-11T10:00:00Z");
		attempt(this.teacher, quiz, this.w.studentX(), "100.07", "2025-03-11T11:00:00Z");

		JsonNode week = weekly(1, "2025-03-16").get("weekly_trend").get(0);

		assertThat(week.get("quiz_avg").decimalValue()).isEqualByComparingTo("10.01");
		assertThat(week.get("overall_avg").decimalValue()).isEqualByComparingTo("10.01");
	}

	@Test
	void regradeMoveAndDeleteUpdateBothWeeks() {
		long submission = graded(this.teacher, this.w, this.w.studentX(), 60, "2025-03-04T10:00:00Z");
		assertThat(counts()).containsExactly(1, 0);

		Api.Reply regraded = AnalyticsFixtures.grade(this.teacher, submission, 80, "2025-03-11T10:00:00Z");
		assertThat(regraded.status()).isEqualTo(200);
		assertThat(counts()).containsExactly(0, 1);
		assertThat(weekly(1, "2025-03-16").get("weekly_trend").get(0).get("overall_avg").decimalValue())
			.isEqualByComparingTo("80.00");

		long quiz = quiz(this.teacher, this.w, 10);
		long attemptId = attempt(this.teacher, quiz, this.w.studentX(), 5, "2025-03-05T10:00:00Z");
		assertThat(counts()).containsExactly(1, 1);
		Api.Reply moved = this.teacher.patch("/api/quiz-attempts/" + attemptId,
				body("completed_at", "2025-03-12T10:00:00Z"));
		assertThat(moved.status()).as(moved.text()).isEqualTo(200);
		assertThat(counts()).containsExactly(0, 2);
		assertThat(weekly(1, "2025-03-16").get("weekly_trend").get(0).get("overall_avg").decimalValue())
			.isEqualByComparingTo("65.00");

		assertThat(this.teacher.delete("/api/submissions/" + submission).status()).isEqualTo(204);
		assertThat(this.teacher.delete("/api/quiz-attempts/" + attemptId).status()).isEqualTo(204);
		assertThat(counts()).containsExactly(0, 0);
		assertThat(weekly(1, "2025-03-16").get("weekly_trend").get(0).get("overall_avg").isNull()).isTrue();
	}

	@Test
	void refusesWeeksOutsideOneToFiftyTwo() {
		for (String weeks : new String[] { "0", "53" }) {
			Api.Reply reply = this.parent
				.get("/api/analytics/student/" + this.w.studentX().id() + "/weekly-performance?weeks=" + weeks);
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("weeks");
		}
	}

	private java.util.List<Integer> counts() {
		JsonNode trend = weekly(2, "2025-03-16").get("weekly_trend");
		return java.util.List.of(trend.get(0).get("quiz_count").asInt() + trend.get(0).get("assignment_count").asInt(),
				trend.get(1).get("quiz_count").asInt() + trend.get(1).get("assignment_count").asInt());
	}

	private JsonNode weekly(int weeks, String until) {
		Api.Reply reply = this.parent.get("/api/analytics/student/" + this.w.studentX().id()
				+ "/weekly-performance?weeks=" + weeks + "&until=" + until);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		return reply.json();
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

}
