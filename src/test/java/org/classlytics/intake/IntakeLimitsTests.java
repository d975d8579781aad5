package org.classlytics.intake;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The size limit (413) and the fitting of OneRoster's late flags, without a database.
 */
class IntakeLimitsTests {

	@Test
	void aStreamPastTheLimitFailsWhileItIsRead() throws Exception {
		byte[] body = "assignment,student,score\n".repeat(10).getBytes(StandardCharsets.UTF_8);
		try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), body.length)) {
			assertThat(in.readAllBytes()).hasSize(body.length);
		}
		try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), body.length - 1)) {
			assertThatThrownBy(in::readAllBytes).isInstanceOf(FileTooLargeException.class)
				.hasMessage("The file is larger than " + (body.length - 1) + " bytes");
		}
	}

	@Test
	void tooLargeIsAnswered413AsAProblem() {
		ResponseEntity<Map<String, Object>> reply = new ImportController(null, null).on(new FileTooLargeException(10));

		assertThat(reply.getStatusCode().value()).isEqualTo(413);
		assertThat(reply.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(reply.getBody()).containsEntry("status", 413)
			.containsEntry("title", "Content Too Large")
			.containsEntry("detail", "The file is larger than 10 bytes");
	}

	@Test
	void aLateResultIsStoredAfterTheDueInstantAndAnOnTimeOneNotAfter() {
		Instant due = Instant.parse("2025-03-10T23:59:59Z");

		assertThat(SubmissionRows.fitted(Instant.parse("2025-03-10T12:00:00Z"), true, due))
			.isEqualTo(Instant.parse("2025-03-11T00:00:00Z"));
		assertThat(SubmissionRows.fitted(Instant.parse("2025-03-12T12:00:00Z"), true, due))
			.isEqualTo(Instant.parse("2025-03-12T12:00:00Z"));
		assertThat(SubmissionRows.fitted(Instant.parse("2025-03-12T12:00:00Z"), false, due)).isEqualTo(due);
		assertThat(SubmissionRows.fitted(null, false, due)).isEqualTo(due);
		assertThat(SubmissionRows.fitted(Instant.parse("2025-03-09T12:00:00Z"), false, due))
			.isEqualTo(Instant.parse("2025-03-09T12:00:00Z"));
	}

}
