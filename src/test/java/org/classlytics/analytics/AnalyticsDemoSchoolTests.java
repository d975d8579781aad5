package org.classlytics.analytics;

import java.time.Instant;

import org.classlytics.demo.DemoPlan;
import org.classlytics.demo.DemoSchool;
import org.classlytics.demo.GeneratedSchool;
import org.classlytics.support.Api;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated demo school comes with its analytics: the generator bypasses the intake
 * events, and analytics rebuilds the school from the sources in the same transaction.
 */
@IntegrationTest
class AnalyticsDemoSchoolTests {

	private static final String DOMAIN = "analytics-demo.example.org";

	@Autowired
	DemoSchool demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Test
	void aGeneratedSchoolHasItsAnalyticsAndNothingLeftToRecompute() {
		GeneratedSchool school = this.demo
			.generate(new DemoPlan(30, 7L, "Analytics Demo School", DOMAIN, Instant.parse("2026-11-22T10:00:00Z")));

		long studentWeeks = this.jdbc.sql("SELECT COUNT(*) FROM analytics_student_weeks WHERE school_id = ?")
			.param(school.schoolId())
			.query(Long.class)
			.single();
		long studentsWithGradedWork = this.jdbc.sql("""
				SELECT COUNT(DISTINCT s.student_id) FROM submissions s JOIN users u ON u.id = s.student_id
				WHERE u.school_id = ? AND s.status = 'GRADED'""").param(school.schoolId()).query(Long.class).single();
		assertThat(studentsWithGradedWork).isEqualTo(30);
		assertThat(studentWeeks).isGreaterThanOrEqualTo(30);

		String admin = this.api.anonymous()
			.post("/api/auth/token", Api.body("email", "admin@" + DOMAIN, "password", "demo1234"))
			.json()
			.get("token")
			.asString();
		JsonNode dryRun = this.api.as(admin).post("/api/admin/analytics/recompute", Api.body("dry_run", true)).json();
		assertThat(dryRun.get("mismatches").asInt()).isZero();
		assertThat(dryRun.get("records_created").asInt()).isZero();
		assertThat(dryRun.get("weeks_examined").asLong()).isEqualTo(studentWeeks);
	}

}
