package org.classlytics.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code spring.mail.host} (as in the tests), mail is kept in the outbox and
 * admins read it over the API.
 */
@IntegrationTest
@RecordApplicationEvents
class OutboxApiTests {

	private static final byte[] PDF = "%PDF-1.7 weekly report".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CSV = "student,average\nXena,8.5\n".getBytes(StandardCharsets.UTF_8);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mailer mailer;

	@Autowired
	ApplicationEvents events;

	private World w;

	private Api.Caller admin;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
	}

	@Test
	void keepsTheWholeMessageWhenNoSmtpHostIsSet() {
		Instant before = Instant.now();
		String messageId = this.mailer
			.send(report("tom@school.example", "<schedule-1.2025-01-17@classlytics.example>"));
		Instant after = Instant.now();

		assertThat(this.mailer.route()).isEqualTo(MailRoute.OUTBOX);
		assertThat(messageId).isEqualTo("<schedule-1.2025-01-17@classlytics.example>");
		Api.Reply reply = this.admin.get("/api/admin/outbox");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode page = reply.json();
		assertThat(page.get("count").asLong()).isEqualTo(1);
		JsonNode kept = page.get("results").get(0);
		assertThat(names(kept)).containsExactly("id", "school_id", "from", "to", "subject", "message_id", "headers",
				"attachments", "created_at");
		assertThat(kept.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(kept.get("from").asString()).isEqualTo("Classlytics <no-reply@classlytics.local>");
		assertThat(kept.get("to").asString()).isEqualTo("tom@school.example");
		assertThat(kept.get("subject").asString()).isEqualTo("Weekly report: Xena Xenos");
		assertThat(kept.get("message_id").asString()).isEqualTo("<schedule-1.2025-01-17@classlytics.example>");
		assertThat(kept.get("headers").toString())
			.isEqualTo("{\"List-Unsubscribe\":\"<https://classlytics.example/api/unsubscribe/tok-1>\","
					+ "\"List-Unsubscribe-Post\":\"List-Unsubscribe=One-Click\"}");
		assertThat(kept.get("attachments").toString())
			.isEqualTo("[{\"index\":0,\"filename\":\"xenos_xena_performance.pdf\",\"content_type\":\"application/pdf\","
					+ "\"size\":" + PDF.length + "},{\"index\":1,\"filename\":\"Ξένος.csv\","
					+ "\"content_type\":\"text/csv\",\"size\":" + CSV.length + "}]");
		Instant createdAt = Instant.parse(kept.get("created_at").asString());
		assertThat(createdAt).isBetween(before.minusMillis(1), after.plusMillis(1));
		assertThat(kept.has("text")).isFalse();

		long id = kept.get("id").asLong();
		assertThat(this.events.stream(MailSent.class))
			.containsExactly(new MailSent(this.w.school().id(), "tom@school.example", "Weekly report: Xena Xenos",
					"<schedule-1.2025-01-17@classlytics.example>", MailRoute.OUTBOX, id, createdAt));
	}

	@Test
	void showsOneMessageWithBothBodies() {
		this.mailer.send(report("tom@school.example", null));
		long id = this.admin.get("/api/admin/outbox").json().get("results").get(0).get("id").asLong();

		Api.Reply reply = this.admin.get("/api/admin/outbox/" + id);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode kept = reply.json();
		assertThat(names(kept)).containsExactly("id", "school_id", "from", "to", "subject", "message_id", "headers",
				"attachments", "created_at", "text", "html");
		assertThat(kept.get("id").asLong()).isEqualTo(id);
		assertThat(kept.get("message_id").asString()).matches("<[0-9a-f-]{36}@classlytics\\.local>");
		assertThat(kept.get("text").asString()).isEqualTo("Xena's report is attached.\n");
		assertThat(kept.get("html").asString()).isEqualTo("<p>Xena&#39;s report is attached.</p>");
		assertThat(kept.get("attachments").size()).isEqualTo(2);
		assertThat(this.admin.get("/api/admin/outbox/" + id + "/").json().get("id").asLong()).isEqualTo(id);
	}

	@Test
	void keepsATextOnlyMessage() {
		this.mailer.send(OutgoingMail.of(this.w.school().id(), "tom@school.example", "Plain", "Only text", null));

		JsonNode listed = this.admin.get("/api/admin/outbox").json().get("results").get(0);
		JsonNode kept = this.admin.get("/api/admin/outbox/" + listed.get("id").asLong()).json();

		assertThat(kept.get("text").asString()).isEqualTo("Only text");
		assertThat(kept.get("html").isNull()).isTrue();
		assertThat(kept.get("headers").size()).isZero();
		assertThat(kept.get("attachments").size()).isZero();
	}

	@Test
	void downloadsEachAttachment() {
		this.mailer.send(report("tom@school.example", null));
		long id = this.admin.get("/api/admin/outbox").json().get("results").get(0).get("id").asLong();

		Api.Reply pdf = this.admin.get("/api/admin/outbox/" + id + "/attachments/0");
		Api.Reply csv = this.admin.get("/api/admin/outbox/" + id + "/attachments/1");

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.bytes()).isEqualTo(PDF);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"xenos_xena_performance.pdf\"");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.bytes()).isEqualTo(CSV);
		assertThat(csv.header("Content-Type")).isEqualTo("text/csv");
		assertThat(csv.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"_____.csv\"; filename*=UTF-8''%CE%9E%CE%AD%CE%BD%CE%BF%CF%82.csv");
	}

	@Test
	void listsNewestFirstInPages() {
		for (String to : List.of("first@school.example", "second@school.example", "third@school.example")) {
			this.mailer.send(OutgoingMail.of(this.w.school().id(), to, "Hello", "Hi", null));
		}

		JsonNode first = this.admin.get("/api/admin/outbox?page=1&page_size=2").json();
		JsonNode second = this.admin.get("/api/admin/outbox?page=2&page_size=2").json();

		assertThat(first.get("count").asLong()).isEqualTo(3);
		assertThat(recipients(first)).containsExactly("third@school.example", "second@school.example");
		assertThat(second.get("count").asLong()).isEqualTo(3);
		assertThat(recipients(second)).containsExactly("first@school.example");
		assertThat(this.admin.get("/api/admin/outbox?page_size=201").status()).isEqualTo(400);
	}

	@Test
	void keepsEachSchoolsMailApart() {
		this.mailer.send(report("tom@school.example", null));
		long id = this.admin.get("/api/admin/outbox").json().get("results").get(0).get("id").asLong();
		Api.Caller outsider = this.api.as(this.w.token("outsider"));

		assertThat(outsider.get("/api/admin/outbox").json().get("count").asLong()).isZero();
		assertThat(outsider.get("/api/admin/outbox/" + id).status()).isEqualTo(404);
		assertThat(outsider.get("/api/admin/outbox/" + id + "/attachments/0").status()).isEqualTo(404);
	}

	@Test
	void answersNotFoundForAMissingMessageOrAttachment() {
		this.mailer.send(report("tom@school.example", null));
		long id = this.admin.get("/api/admin/outbox").json().get("results").get(0).get("id").asLong();

		Api.Reply missing = this.admin.get("/api/admin/outbox/" + (id + 1_000_000));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(missing.json().get("detail").asString())
			.isEqualTo("Outbox message " + (id + 1_000_000) + " was not found");
		assertThat(this.admin.get("/api/admin/outbox/" + id + "/attachments/2").status()).isEqualTo(404);
		assertThat(this.admin.get("/api/admin/outbox/" + id + "/attachments/-1").status()).isEqualTo(404);
	}

	@Test
	void refusesIdsThatAreNotNumbers() {
		Api.Reply reply = this.admin.get("/api/admin/outbox/abc");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
		assertThat(this.admin.get("/api/admin/outbox/1/attachments/first")
			.json()
			.get("errors")
			.get(0)
			.get("field")
			.asString()).isEqualTo("index");
	}

	private OutgoingMail report(String to, String messageId) {
		return new OutgoingMail(this.w.school().id(), to, "Weekly report: Xena Xenos", "Xena's report is attached.\n",
				"<p>Xena&#39;s report is attached.</p>",
				List.of(new Attachment("xenos_xena_performance.pdf", "application/pdf", PDF),
						new Attachment("Ξένος.csv", "text/csv", CSV)),
				Map.of(), messageId)
			.withHeader("List-Unsubscribe", "<https://classlytics.example/api/unsubscribe/tok-1>")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
	}

	private static List<String> names(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

	private static List<String> recipients(JsonNode page) {
		return page.get("results").valueStream().map((result) -> result.get("to").asString()).toList();
	}

}
