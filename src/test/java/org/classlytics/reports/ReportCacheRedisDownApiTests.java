package org.classlytics.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.AttendanceFixtures.attendance;
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * Redis configured but down (a closed port): the reports still answer 200 with fresh
 * figures, from the local cache or the database, without waiting on Redis.
 */
@IntegrationTest
class ReportCacheRedisDownApiTests {

	private static final String RANGE = "?from=2025-03-10&to=2025-03-18";

	private static final int CLOSED_PORT = closedPort();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@DynamicPropertySource
	static void redisDown(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> CLOSED_PORT);
	}

	@Test
	void reportsAnswerWithFreshFiguresWhileRedisIsDown() {
		ReportsClassFixture c = new ReportsClassFixture(this.api, this.fixtures);
		Api.Caller teacher = this.api.as(c.w.token("teacherA"));
		long ned = c.ned.id();
		long submission = create(teacher, "/api/assignments/" + c.essay + "/submissions",
				body("student_id", ned, "submitted_at", "2025-03-12T09:00:00Z"));
		String student = "/api/reports/student-performance/" + ned + RANGE;
		String live = "/api/reports/teacher-weekly?week_start=2025-03-10";
		long started = System.nanoTime();

		Api.Reply before = teacher.get(student);
		Api.Reply again = teacher.get(student);
		Api.Reply classBefore = teacher.get(live);
		Api.Reply graded = teacher.post("/api/submissions/" + submission + "/grade",
				body("score", 25, "feedback", "Good", "graded_at", "2025-03-13T09:00:00Z"));
		attendance(teacher, c.mia.id(), "2025-03-11", "PRESENT");
		Api.Reply after = teacher.get(student);
		Api.Reply classAfter = teacher.get(live);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		assertThat(before.status()).as(before.text()).isEqualTo(200);
		assertThat(before.json().get("grades").get("total_graded").asInt()).isZero();
		assertThat(again.text()).isEqualTo(before.text());
		assertThat(classBefore.status()).as(classBefore.text()).isEqualTo(200);
		assertThat(attendanceOf(classBefore.json(), c.mia.id())).isEqualTo("0");
		assertThat(graded.status()).isEqualTo(200);
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.json().get("grades").get("total_graded").asInt()).isEqualTo(1);
		assertThat(after.json().get("grades").get("average_percentage").decimalValue()).isEqualByComparingTo("50");
		assertThat(classAfter.status()).isEqualTo(200);
		assertThat(attendanceOf(classAfter.json(), c.mia.id())).isEqualTo("50");
		Api.Caller admin = this.api.as(c.w.token("admin"));
		assertThat(admin.delete("/api/reports/cache/" + ned).json().get("invalidated_count").asInt()).isEqualTo(2);
		assertThat(admin.delete("/api/reports/cache").json().get("invalidated_count").asInt()).isZero();
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String attendanceOf(JsonNode report, long studentId) {
		for (JsonNode line : report.get("students")) {
			if (line.get("student_id").asLong() == studentId) {
				return line.get("attendance_percentage").decimalValue().stripTrailingZeros().toPlainString();
			}
		}
		throw new AssertionError("no line for " + studentId);
	}

}
