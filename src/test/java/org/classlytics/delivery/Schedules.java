package org.classlytics.delivery;

import java.util.List;
import java.util.Map;

import org.classlytics.support.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * Schedules and recipients made over the API, for tests.
 */
final class Schedules {

	static final String PATH = "/api/reports/schedules";

	private Schedules() {
	}

	static Map<String, Object> daily(String name, String time) {
		return body("name", name, "report_type", "student_report", "frequency", "daily", "time", time, "export_format",
				"pdf");
	}

	static Map<String, Object> forStudents(String name, String time, long... studentIds) {
		Map<String, Object> body = daily(name, time);
		body.put("scope", body("student_ids", java.util.Arrays.stream(studentIds).boxed().toList()));
		return body;
	}

	static long create(Api.Caller owner, Map<String, Object> body) {
		Api.Reply reply = owner.post(PATH, body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.id();
	}

	static void addRecipients(Api.Caller owner, long scheduleId, long... recipientIds) {
		for (long recipientId : recipientIds) {
			Api.Reply reply = owner.post(PATH + "/" + scheduleId + "/recipients", body("recipient_id", recipientId));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		}
	}

	static List<String> fields(Api.Reply reply) {
		return reply.json().get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

}
