package org.classlytics.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import tools.jackson.databind.JsonNode;
import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.OwnH2Database;
import org.classlytics.support.TestSupport;
import org.classlytics.support.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.classlytics.delivery.Schedules.PATH;
import static org.classlytics.support.Api.body;

/**
 * Runs end to end: db-scheduler on, GreenMail as the SMTP server, a stand-in for the
 * reports module. Waits are bounded polls on the database, never sleeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "db-scheduler.enabled=true", "db-scheduler.polling-interval=100ms",
				"db-scheduler.scheduler-name=delivery-run-tests", "classlytics.delivery.dispatch-interval=100ms",
				// On PostgreSQL the database is shared with the classes before this one.
				// A
				// dispatcher one of them left picked (a killed instance, a cut
				// connection)
				// is found dead after 3 s, not the application's 5 minutes.
				"db-scheduler.heartbeat-interval=500ms", "db-scheduler.missed-heartbeats-limit=6",
				"classlytics.delivery.retry-delay=500ms", "classlytics.delivery.stuck-after=3s",
				"classlytics.delivery.send-concurrency=1", "classlytics.mail.max-attachment-bytes=1024",
				"spring.mail.host=127.0.0.1", "spring.mail.properties.mail.smtp.connectiontimeout=2000",
				"spring.mail.properties.mail.smtp.timeout=5000" })
@ActiveProfiles("test")
@Import({ TestSupport.class, TestReports.class })
@Tag("integration")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeliveryRunTests {

	static final SmtpServer smtp = new SmtpServer();

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void smtpPortAndDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", smtp::port);
		OwnH2Database.register(registry, "delivery-run-tests");
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Delivery delivery;

	@Autowired
	org.classlytics.audit.AuditTrail audit;

	private World w;

	private Api.Caller teacherA;

	@BeforeEach
	void world() {
		smtp.start();
		smtp.clearRefusals();
		this.reports.reset();
		this.w = World.create(this.fixtures);
		this.teacherA = this.api.as(this.w.token("teacherA"));
	}

	@Test
	void aRunSendsOneMessagePerRecipientWithTheReportAndTheUnsubscribeHeaders() throws Exception {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena daily", "07:00", x()));
		List<Person> recipients = List.of(this.w.tutorX(), this.w.parentX(), this.w.teacherA());
		Schedules.addRecipients(this.teacherA, schedule, ids(recipients));

		long execution = runNow(schedule);
		JsonNode done = awaitFinished(schedule, execution);

		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(done.get("total_recipients").asInt()).isEqualTo(3);
		assertThat(done.get("successful_sends").asInt()).isEqualTo(3);
		assertThat(done.get("failed_sends").asInt()).isZero();
		assertThat(done.get("success_rate_percent").decimalValue()).isEqualByComparingTo("100.00");
		assertThat(this.teacherA.get(PATH + "/" + schedule + "/executions").text())
			.contains("\"success_rate_percent\":100.00");
		assertThat(done.get("error_message").isNull()).isTrue();
		Instant started = Instant.parse(done.get("started_at").asString());
		Instant completed = Instant.parse(done.get("completed_at").asString());
		assertThat(done.get("duration_seconds").decimalValue())
			.isEqualByComparingTo(java.math.BigDecimal.valueOf(Duration.between(started, completed).toMillis(), 3));

		Map<String, MimeMessage> received = byRecipient(received(recipients));
		assertThat(received).hasSize(3);
		for (Person person : recipients) {
			MimeMessage message = received.get(person.email());
			assertThat(message.getSubject()).isEqualTo("Classlytics report: Xena daily");
			assertThat(message.getMessageID())
				.isEqualTo("<report." + schedule + "." + execution + "." + person.id() + "@localhost>");
			String token = token(schedule, person.id());
			assertThat(message.getHeader("List-Unsubscribe"))
				.containsExactly("<http://localhost:8080/api/unsubscribe/" + token + ">");
			assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
			MimeMultipart mixed = (MimeMultipart) message.getContent();
			assertThat(mixed.getCount()).isEqualTo(2);
			MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
			String text = (String) alternative.getBodyPart(0).getContent();
			assertThat(text).startsWith("Xena daily\r\n\r\nHello " + person.fullName() + ",")
				.contains("The report is attached (report-" + schedule + ".pdf).")
				.contains("Unsubscribe: http://localhost:8080/unsubscribe/" + token);
			assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
			BodyPart attachment = mixed.getBodyPart(1);
			assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
			assertThat(attachment.getFileName()).isEqualTo("report-" + schedule + ".pdf");
			assertThat(attachment.getContentType()).startsWith("application/pdf");
			// Built with the recipient's own permissions.
			assertThat(attachment.getInputStream().readAllBytes())
				.isEqualTo(TestReports.content(schedule, person.id()));
		}
		// Other tests' runs may render in this context too: look at this schedule's only.
		List<ReportRequest> requests = this.reports.requests.stream()
			.filter((request) -> request.scheduleId() == schedule)
			.toList();
		assertThat(requests).extracting((request) -> request.viewer().userId())
			.containsExactlyInAnyOrderElementsOf(recipients.stream().map(Person::id).toList());
		ReportRequest request = requests.get(0);
		assertThat(request.scope().studentIds()).containsExactly(x());
		assertThat(request.format()).isEqualTo(org.classlytics.export.ExportFormat.PDF);
		assertThat(request.locale()).isEqualTo(java.util.Locale.ENGLISH);
		assertThat(request.reportType()).isEqualTo(ReportType.STUDENT_REPORT);

		assertThat(emailAuditActorsOfX())
			.containsExactlyInAnyOrderElementsOf(recipients.stream().map(Person::id).toList());

		JsonNode stored = this.teacherA.get(PATH + "/" + schedule).json();
		assertThat(stored.get("last_generated").isNull()).isFalse();
		assertThat(Instant.parse(stored.get("last_sent").asString())).isEqualTo(completed);
	}

	@Test
	void recipientsWithTheSameReportContentShareOneRenderingAndEachGetsTheirOwnEmail() throws Exception {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena shared", "07:00", x()));
		List<Person> recipients = List.of(this.w.studentX(), this.w.tutorX(), this.w.parentX(), this.w.teacherA());
		Schedules.addRecipients(this.teacherA, schedule, ids(recipients));
		this.reports.contentKeyFor.put(this.w.studentX().id(), "only Xena");
		this.reports.contentKeyFor.put(this.w.parentX().id(), "only Xena");
		this.reports.contentKeyFor.put(this.w.tutorX().id(), "only Xena");

		long execution = runNow(schedule);
		JsonNode done = awaitFinished(schedule, execution);

		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(done.get("successful_sends").asInt()).isEqualTo(4);
		List<ReportRequest> requests = this.reports.requests.stream()
			.filter((request) -> request.scheduleId() == schedule)
			.toList();
		// One rendering for the three who see only Xena, one for the teacher.
		assertThat(requests).hasSize(2);
		long sharedBy = requests.stream()
			.map((request) -> request.viewer().userId())
			.filter((viewer) -> viewer != this.w.teacherA().id())
			.findFirst()
			.orElseThrow();
		Map<String, MimeMessage> received = byRecipient(received(recipients));
		assertThat(received).hasSize(4);
		for (Person person : recipients) {
			MimeMessage message = received.get(person.email());
			assertThat(message.getMessageID())
				.isEqualTo("<report." + schedule + "." + execution + "." + person.id() + "@localhost>");
			assertThat(message.getHeader("List-Unsubscribe"))
				.containsExactly("<http://localhost:8080/api/unsubscribe/" + token(schedule, person.id()) + ">");
			BodyPart attachment = ((MimeMultipart) message.getContent()).getBodyPart(1);
			long renderedFor = (person.id() == this.w.teacherA().id()) ? person.id() : sharedBy;
			assertThat(attachment.getInputStream().readAllBytes())
				.isEqualTo(TestReports.content(schedule, renderedFor));
		}
		assertThat(emailAuditActorsOfX())
			.containsExactlyInAnyOrderElementsOf(recipients.stream().map(Person::id).toList());
	}

	@Test
	void smtpStoppedMidRunAndRestartedDeliversToEveryRecipientExactlyOnce() {
		long schedule = Schedules.create(this.teacherA, Schedules.daily("Staff daily", "07:00"));
		List<Person> recipients = List.of(this.w.teacherA(), this.w.teacherB(), this.w.tutorX(), this.w.tutorY(),
				this.w.parentX(), this.w.parentY(), this.w.admin(), this.w.studentX());
		Schedules.addRecipients(this.teacherA, schedule, ids(recipients));
		java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
		this.reports.beforeRender = (request) -> {
			if (request.scheduleId() == schedule && renders.incrementAndGet() == 4) {
				smtp.stop();
			}
		};

		long execution = runNow(schedule);
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> count(execution, "retrying") == 5);
		assertThat(count(execution, "sent")).isEqualTo(3);
		smtp.start();
		JsonNode done = awaitFinished(schedule, execution);

		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(done.get("successful_sends").asInt()).isEqualTo(8);
		List<MimeMessage> received = received(recipients);
		assertThat(received).hasSize(8);
		assertThat(received.stream().map(SmtpServer::to).collect(Collectors.toSet()))
			.isEqualTo(recipients.stream().map(Person::email).collect(Collectors.toSet()));
		assertThat(this.jdbc.sql("SELECT attempts FROM report_deliveries WHERE execution_id = ? ORDER BY id")
			.param(execution)
			.query(Integer.class)
			.list()).containsExactly(1, 1, 1, 2, 2, 2, 2, 2);
	}

	@Test
	void aPermanentFailureIsNotRetriedAndTheRunIsPartial() {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena daily", "07:00", x()));
		List<Person> recipients = List.of(this.w.tutorX(), this.w.parentX(), this.w.teacherA());
		Schedules.addRecipients(this.teacherA, schedule, ids(recipients));
		smtp.refuse(this.w.parentX().email(), "550 5.1.1 No such user here");

		long execution = runNow(schedule);
		JsonNode done = awaitFinished(schedule, execution);

		assertThat(done.get("status").asString()).isEqualTo("partial");
		assertThat(done.get("total_recipients").asInt()).isEqualTo(3);
		assertThat(done.get("successful_sends").asInt()).isEqualTo(2);
		assertThat(done.get("failed_sends").asInt()).isEqualTo(1);
		assertThat(done.get("success_rate_percent").decimalValue()).isEqualByComparingTo("66.67");
		assertThat(done.get("error_message").asString()).isEqualTo("1 of 3 emails could not be sent");
		assertThat(received(recipients)).hasSize(2);
		Map<String, Object> failed = this.jdbc.sql(
				"SELECT state, attempts, error_message FROM report_deliveries WHERE execution_id = ? AND recipient_id = ?")
			.params(execution, this.w.parentX().id())
			.query()
			.singleRow();
		assertThat(failed.get("state")).isEqualTo("failed");
		assertThat(failed.get("attempts")).isEqualTo(1);
		assertThat((String) failed.get("error_message")).contains("550 5.1.1 No such user here");
	}

	@Test
	void aRunWhoseReportsCannotBeBuiltFails() {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena daily", "07:00", x()));
		Schedules.addRecipients(this.teacherA, schedule, this.w.tutorX().id(), this.w.parentX().id());
		this.reports.failFor.addAll(Set.of(this.w.tutorX().id(), this.w.parentX().id()));

		JsonNode done = awaitFinished(schedule, runNow(schedule));

		assertThat(done.get("status").asString()).isEqualTo("failed");
		assertThat(done.get("successful_sends").asInt()).isZero();
		assertThat(done.get("failed_sends").asInt()).isEqualTo(2);
		assertThat(done.get("success_rate_percent").decimalValue()).isEqualByComparingTo("0");
		assertThat(done.get("error_message").asString()).startsWith("Report generation failed: no data for viewer ");
		assertThat(received(List.of(this.w.tutorX(), this.w.parentX()))).isEmpty();
	}

	@Test
	void aOneClickUnsubscribeSuppressesTheNextRun() throws Exception {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena daily", "07:00", x()));
		List<Person> recipients = List.of(this.w.tutorX(), this.w.parentX());
		Schedules.addRecipients(this.teacherA, schedule, ids(recipients));
		awaitFinished(schedule, runNow(schedule));
		MimeMessage first = byRecipient(received(recipients)).get(this.w.tutorX().email());
		String header = first.getHeader("List-Unsubscribe")[0];
		String path = header.substring("<http://localhost:8080".length(), header.length() - 1);

		Api.Reply oneClick = this.api.anonymous()
			.send("POST", path, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded");
		assertThat(oneClick.status()).isEqualTo(200);
		long second = runNow(schedule);
		JsonNode done = awaitFinished(schedule, second);

		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(done.get("total_recipients").asInt()).isEqualTo(1);
		assertThat(received(List.of(this.w.tutorX()))).hasSize(1);
		assertThat(received(List.of(this.w.parentX()))).hasSize(2);
	}

	@Test
	void aRecipientWhoUnsubscribesBeforeTheirTurnIsSuppressed() {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena daily", "07:00", x()));
		List<Person> recipients = List.of(this.w.tutorX(), this.w.parentX());
		Schedules.addRecipients(this.teacherA, schedule, ids(recipients));
		String parentToken = token(schedule, this.w.parentX().id());
		this.reports.beforeRender = (request) -> this.api.anonymous().post("/api/unsubscribe/" + parentToken, body());

		long execution = runNow(schedule);
		JsonNode done = awaitFinished(schedule, execution);

		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(done.get("total_recipients").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT state FROM report_deliveries WHERE execution_id = ? ORDER BY recipient_id")
			.param(execution)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("sent", "suppressed");
		assertThat(received(List.of(this.w.parentX()))).isEmpty();
	}

	@Test
	void aReportAboveTheAttachmentLimitIsReplacedByALink() throws Exception {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena daily", "07:00", x()));
		Schedules.addRecipients(this.teacherA, schedule, this.w.tutorX().id());
		this.reports.sizeFor.put(this.w.tutorX().id(), 1025);

		long execution = runNow(schedule);
		awaitFinished(schedule, execution);

		MimeMessage message = received(List.of(this.w.tutorX())).get(0);
		MimeMultipart mixed = (MimeMultipart) message.getContent();
		assertThat(mixed.getCount()).isEqualTo(1);
		String text = (String) ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(0).getContent();
		String link = "/api/reports/schedules/" + schedule + "/executions/" + execution + "/report";
		assertThat(text).contains("The report is too large to attach. Sign in to download it.")
			.contains("Download the report: http://localhost:8080" + link);
		Api.Reply download = this.api.as(this.w.token("tutorX")).get(link);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(download.bytes()).hasSize(1025);
		this.audit.flush();
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'EXPORT' AND actor_id = ? AND school_id = ?")
			.params(this.w.tutorX().id(), this.w.school().id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.api.as(this.w.token("parentX")).get(link).status()).isEqualTo(404);
	}

	@Test
	void theCatchUpRuleRunsOnlyTheLatestMissedOccurrenceWithinTheGrace() {
		Instant now = Instant.now();
		Instant twoHoursAgo = now.minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		Instant eightHoursAgo = now.minus(8, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		long recent = utcSchedule("Recent", twoHoursAgo);
		long stale = utcSchedule("Stale", eightHoursAgo);
		Schedules.addRecipients(this.teacherA, recent, this.w.tutorX().id());
		Schedules.addRecipients(this.teacherA, stale, this.w.parentX().id());

		// Down for three days: three missed occurrences of each, and one more of each
		// today.
		setNextRunAt(recent, twoHoursAgo.minus(3, ChronoUnit.DAYS));
		setNextRunAt(stale, eightHoursAgo.minus(3, ChronoUnit.DAYS));
		// Up to 4 s more when an earlier class left the dispatcher picked (see the
		// heartbeat settings above).
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> nextRunAt(recent).isAfter(now) && nextRunAt(stale).isAfter(now));

		JsonNode history = this.teacherA.get(PATH + "/" + recent + "/executions").json();
		assertThat(history.get("count").asInt()).isEqualTo(1);
		long execution = history.get("results").get(0).get("id").asLong();
		assertThat(Instant.parse(history.get("results").get(0).get("scheduled_for").asString())).isEqualTo(twoHoursAgo);
		assertThat(awaitFinished(recent, execution).get("status").asString()).isEqualTo("completed");
		assertThat(nextRunAt(recent)).isEqualTo(twoHoursAgo.plus(1, ChronoUnit.DAYS));
		assertThat(this.teacherA.get(PATH + "/" + stale + "/executions").json().get("count").asInt()).isZero();
		assertThat(nextRunAt(stale)).isEqualTo(eightHoursAgo.plus(1, ChronoUnit.DAYS));
		assertThat(received(List.of(this.w.tutorX()))).hasSize(1);
		assertThat(received(List.of(this.w.parentX()))).isEmpty();
		// The dispatcher keeps running: still one execution, never a second of the same
		// occurrence.
		assertThat(this.delivery.dispatchDue()).isGreaterThanOrEqualTo(0);
		assertThat(this.teacherA.get(PATH + "/" + recent + "/executions").json().get("count").asInt()).isEqualTo(1);
	}

	@Test
	void aRunLeftWithoutItsTaskIsTakenOverAfterTheStuckTimeout() {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena daily", "07:00", x()));
		Schedules.addRecipients(this.teacherA, schedule, this.w.tutorX().id());
		Instant longAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
		// An instance died after starting the execution and before handing it to the
		// scheduler.
		this.jdbc.sql("""
				INSERT INTO report_executions (schedule_id, occurrence_key, scheduled_for, status, started_at,
				    heartbeat_at, total_recipients, successful_sends, failed_sends)
				VALUES (?, 'manual:crashed', ?, 'started', ?, ?, 0, 0, 0)""")
			.params(schedule, longAgo.atOffset(ZoneOffset.UTC), longAgo.atOffset(ZoneOffset.UTC),
					longAgo.atOffset(ZoneOffset.UTC))
			.update();
		long execution = this.jdbc.sql("SELECT id FROM report_executions WHERE schedule_id = ?")
			.param(schedule)
			.query(Long.class)
			.single();

		JsonNode done = awaitFinished(schedule, execution);

		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(received(List.of(this.w.tutorX()))).hasSize(1);
	}

	@Test
	void aTestEmailCarriesSampleDataOnly() throws Exception {
		long schedule = Schedules.create(this.teacherA, Schedules.forStudents("Xena daily", "07:00", x()));
		String address = "preview." + this.w.school().id() + "@school.example";

		Api.Reply accepted = this.teacherA.post(PATH + "/" + schedule + "/test_email",
				body("recipient_email", address));
		assertThat(accepted.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> smtp.receivedBy(Set.of(address)).size() == 1);

		MimeMessage message = smtp.receivedBy(Set.of(address)).get(0);
		assertThat(message.getSubject()).isEqualTo("Test: Classlytics report: Xena daily");
		assertThat(message.getMessageID())
			.isEqualTo("<test." + accepted.json().get("task_id").asString() + "@localhost>");
		assertThat(message.getHeader("List-Unsubscribe")).isNull();
		MimeMultipart mixed = (MimeMultipart) message.getContent();
		assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("sample.pdf");
		assertThat(new String(mixed.getBodyPart(1).getInputStream().readAllBytes()))
			.isEqualTo("sample student_report en");
		assertThat(this.reports.requests).noneMatch((request) -> request.scheduleId() == schedule);
	}

	@Test
	void theWeeklyPipelineGeneratesOnFridayMorningAndSendsOnFridayEveningInSchoolTime() {
		long school = this.w.school().id();
		// Friday 16 January 2026 in Athens (UTC+2): 08:00 is 06:00Z, 18:00 is 16:00Z.
		this.delivery.runWeeklyPipeline(Instant.parse("2026-01-16T05:59:59Z"));
		assertThat(this.reports.pipelineOf(school)).isEmpty();

		this.delivery.runWeeklyPipeline(Instant.parse("2026-01-16T06:00:00Z"));
		this.delivery.runWeeklyPipeline(Instant.parse("2026-01-16T09:00:00Z"));
		assertThat(this.reports.pipelineOf(school)).containsExactly("generate 2026-01-12 " + school);

		this.delivery.runWeeklyPipeline(Instant.parse("2026-01-16T16:00:30Z"));
		this.delivery.runWeeklyPipeline(Instant.parse("2026-01-16T16:01:00Z"));
		assertThat(this.reports.pipelineOf(school)).containsExactly("generate 2026-01-12 " + school,
				"send 2026-01-12 " + school);
		assertThat(this.jdbc.sql("SELECT items FROM weekly_pipeline_runs WHERE school_id = ? ORDER BY fired_at")
			.param(school)
			.query(Integer.class)
			.list()).containsExactly(3, 2);

		// A whole day late, both fires of the next week are past the grace: skipped.
		this.delivery.runWeeklyPipeline(Instant.parse("2026-01-24T10:00:00Z"));
		assertThat(this.reports.pipelineOf(school)).hasSize(2);
	}

	private long utcSchedule(String name, Instant at) {
		Map<String, Object> request = Schedules.daily(name, LocalTime.ofInstant(at, ZoneOffset.UTC).toString());
		request.put("time_zone", "UTC");
		return Schedules.create(this.teacherA, request);
	}

	private void setNextRunAt(long schedule, Instant at) {
		this.jdbc.sql("UPDATE report_schedules SET next_run_at = ? WHERE id = ?")
			.params(at.atOffset(ZoneOffset.UTC), schedule)
			.update();
	}

	private Instant nextRunAt(long schedule) {
		return this.jdbc.sql("SELECT next_run_at FROM report_schedules WHERE id = ?")
			.param(schedule)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
	}

	/**
	 * Who was recorded as having been emailed a student report about Xena.
	 */
	private List<Long> emailAuditActorsOfX() {
		this.audit.flush();
		return this.jdbc.sql("""
				SELECT e.actor_id FROM audit_entries e JOIN audit_entry_students s ON s.entry_id = e.id
				WHERE e.action = 'EMAIL' AND e.report_kind = 'student_report' AND s.student_id = ?""")
			.param(x())
			.query(Long.class)
			.list();
	}

	private long x() {
		return this.w.studentX().id();
	}

	private static long[] ids(List<Person> people) {
		return people.stream().mapToLong(Person::id).toArray();
	}

	private long runNow(long schedule) {
		Api.Reply reply = this.teacherA.post(PATH + "/" + schedule + "/run_now", body());
		assertThat(reply.status()).isEqualTo(202);
		return reply.json().get("execution_id").asLong();
	}

	private JsonNode awaitFinished(long schedule, long execution) {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> !"started".equals(this.jdbc.sql("SELECT status FROM report_executions WHERE id = ?")
				.param(execution)
				.query(String.class)
				.single()));
		JsonNode history = this.teacherA.get(PATH + "/" + schedule + "/executions?limit=100").json();
		for (JsonNode item : history.get("results")) {
			if (item.get("id").asLong() == execution) {
				return item;
			}
		}
		throw new AssertionError("No execution " + execution + " in " + history);
	}

	private long count(long execution, String state) {
		return this.jdbc.sql("SELECT COUNT(*) FROM report_deliveries WHERE execution_id = ? AND state = ?")
			.params(execution, state)
			.query(Long.class)
			.single();
	}

	private String token(long schedule, long recipient) {
		return this.jdbc
			.sql("SELECT unsubscribe_token FROM report_recipients WHERE schedule_id = ? AND recipient_id = ?")
			.params(schedule, recipient)
			.query(String.class)
			.single();
	}

	private static List<MimeMessage> received(List<Person> people) {
		return smtp.receivedBy(people.stream().map(Person::email).collect(Collectors.toSet()));
	}

	private static Map<String, MimeMessage> byRecipient(List<MimeMessage> messages) {
		return messages.stream().collect(Collectors.toMap(SmtpServer::to, Function.identity()));
	}

}
