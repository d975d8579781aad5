package org.classlytics.web.admin;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.mail.Attachment;
import org.classlytics.mail.Mailer;
import org.classlytics.mail.OutgoingMail;
import org.classlytics.roster.Actor;
import org.classlytics.support.Api;
import org.classlytics.support.BrowserHttp;
import org.classlytics.support.BrowserHttp.Page;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.classlytics.support.AttendanceFixtures.attendance;
import static org.classlytics.support.BrowserHttp.form;

/**
 * The admin pages over plain HTTP, as a browser without JavaScript sees them: exact
 * figures, the forms and their refusals.
 */
@IntegrationTest
class AdminPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mailer mailer;

	@Autowired
	AuditTrail audit;

	World w;

	BrowserHttp admin;

	@BeforeEach
	void world() {
		this.w = World.create(this.fixtures);
		this.admin = BrowserHttp.signedIn(this.api, this.w.admin());
	}

	@Test
	void schoolHealthShowsTheFiguresOfTheDayAndTheStudentsAtRisk() {
		this.w.school()
			.term("Spring", java.time.LocalDate.parse("2025-01-07"), java.time.LocalDate.parse("2025-06-20"));
		Api.Caller admin = this.api.as(this.w.token("admin"));
		attendance(admin, this.w.studentX().id(), "2025-03-03", "PRESENT");
		attendance(admin, this.w.studentY().id(), "2025-03-03", "ABSENT");
		attendance(admin, this.w.studentX().id(), "2025-03-04", "LATE");

		Page page = this.admin.get("/admin/health?date=2025-03-03");

		assertThat(page.status()).isEqualTo(200);
		assertThat(text(page, "attendance-today")).isEqualTo("50 %");
		assertThat(text(page, "attendance-week")).isEqualTo("66.67 %");
		assertThat(text(page, "attendance-term")).isEqualTo("66.67 %");
		assertThat(text(page, "average-grade")).isEqualTo("—");
		assertThat(text(page, "at-risk-count")).isEqualTo("1");
		assertThat(page.html()).contains("Figures on 3 March 2025")
			.contains(">Yuri Young</a>")
			.contains(">Low attendance</strong>")
			.contains("Attendance over the last 28 days is 0 %, below 90 %.")
			.doesNotContain(">Xena Xenos</a>");
	}

	@Test
	void schoolHealthWithoutRecordsSaysSoInEveryLanguage() {
		Page page = this.admin.get("/admin/health?date=2025-03-03");
		assertThat(text(page, "attendance-today")).isEqualTo("—");
		assertThat(text(page, "revenue")).isEqualTo("—");
		assertThat(page.html()).contains("No student has an early-warning flag on this day.");
		Page changed = this.admin.submit("/admin/health", "/language", form("lang", "el", "next", "/admin/health"));
		assertThat(changed.redirectPath()).isEqualTo("/admin/health");
		Page greek = this.admin.get("/admin/health?date=2025-03-03");
		assertThat(greek.html()).contains("<html lang=\"el\">")
			.contains("<h1>Κατάσταση σχολείου</h1>")
			.contains("Κανένας μαθητής δεν έχει προειδοποίηση")
			.contains("Στοιχεία στις 3 Μαρτίου 2025");
		this.admin.submit("/admin/health", "/language", form("lang", "ru", "next", "/admin/health"));
		assertThat(this.admin.get("/admin/health?date=2025-03-03").html()).contains("<h1>Состояние школы</h1>");
	}

	@Test
	void anAdminCreatesASchedulePicksRecipientsAndEditsIt() {
		assertThat(this.admin.get("/admin/schedules").html()).contains("id=\"schedules-empty\"");

		Page created = this.admin.submit("/admin/schedules/new", "/admin/schedules",
				form("name", "Monday digest", "reportType", "student_report", "frequency", "weekly", "dayOfWeek", "1",
						"dayOfMonth", "1", "time", "08:00", "timeZone", "Europe/Athens", "exportFormat", "csv",
						"subjectId", "", "active", "true"));
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		String path = created.redirectPath();
		assertThat(path).matches("/admin/schedules/\\d+");

		Page schedule = this.admin.get(path);
		assertThat(text(schedule, "notice")).isEqualTo("The schedule was created.");
		assertThat(text(schedule, "setting-when")).isEqualTo("Every Monday at 08:00 (Europe/Athens)");
		assertThat(text(schedule, "setting-type")).isEqualTo("Student report");
		assertThat(text(schedule, "setting-students")).isEqualTo("Every student the recipient may see");
		assertThat(schedule.html()).contains("id=\"recipients-empty\"").contains("id=\"history-empty\"");

		Page added = this.admin.submit(path, path + "/recipients",
				form("recipientId", String.valueOf(this.w.teacherA().id())));
		assertThat(added.redirectPath()).isEqualTo(path);
		Page withRecipient = this.admin.get(path);
		assertThat(text(withRecipient, "notice")).isEqualTo("The recipient was added.");
		assertThat(withRecipient.html()).contains("<th scope=\"row\">Alice Anders</th>")
			.contains(">" + this.w.teacherA().email() + "</td>");

		this.admin.submit(path, path + "/recipients", form("recipientId", String.valueOf(this.w.teacherA().id())));
		assertThat(text(this.admin.get(path), "problem")).isEqualTo("That person already receives this schedule.");

		Page edited = this.admin.submit(path + "/edit", path,
				form("name", "Month end", "reportType", "student_report", "frequency", "monthly", "dayOfWeek", "1",
						"dayOfMonth", "28", "time", "17:30", "timeZone", "Europe/Athens", "exportFormat", "pdf",
						"subjectId", String.valueOf(this.w.subject().id())));
		assertThat(edited.redirectPath()).isEqualTo(path);
		Page after = this.admin.get(path);
		assertThat(text(after, "schedule-name")).isEqualTo("Month end");
		assertThat(text(after, "setting-when")).isEqualTo("Every month on day 28 at 17:30 (Europe/Athens)");
		assertThat(text(after, "setting-status")).isEqualTo("Paused");

		Page removed = this.admin.submit(path, path + "/recipients/" + this.w.teacherA().id() + "/remove", form());
		assertThat(removed.redirectPath()).isEqualTo(path);
		assertThat(text(this.admin.get(path), "notice")).isEqualTo("The recipient was removed.");

		Page list = this.admin.get("/admin/schedules");
		assertThat(list.html()).contains(">Month end</a>").contains("Every month on day 28 at 17:30");
	}

	@Test
	void aBrokenScheduleFormComesBackWithTheFieldsNamed() {
		Page refused = this.admin.submit("/admin/schedules/new", "/admin/schedules",
				form("name", " ", "reportType", "student_report", "frequency", "weekly", "dayOfWeek", "1", "time",
						"25:00", "timeZone", "Mars/Olympus", "exportFormat", "csv"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html()).contains("id=\"form-errors\"")
			.contains("<li id=\"error-name\">Give the schedule a name (at most 200 characters).</li>")
			.contains("value=\"Mars/Olympus\"")
			.doesNotContain("Exception");
		assertThat(this.admin.get("/admin/schedules").html()).contains("id=\"schedules-empty\"");
	}

	@Test
	void aRecipientWhoMayNotSeeTheScopeIsRefusedWithAReason() {
		String path = this.admin
			.submit("/admin/schedules/new", "/admin/schedules",
					form("name", "Xena only", "reportType", "student_report", "frequency", "daily", "time", "07:00",
							"timeZone", "Europe/Athens", "exportFormat", "pdf", "studentIds",
							String.valueOf(this.w.studentX().id()), "active", "true"))
			.redirectPath();
		assertThat(text(this.admin.get(path), "setting-students")).isEqualTo("1 chosen students");
		this.admin.submit(path, path + "/recipients", form("recipientId", String.valueOf(this.w.parentY().id())));
		assertThat(text(this.admin.get(path), "problem"))
			.isEqualTo("That person cannot be added: they may not see every student of this schedule.");
	}

	@Test
	void theOutboxListsTheSchoolsKeptMailAndShowsOne() {
		assertThat(this.admin.get("/admin/outbox").html()).contains("id=\"outbox-empty\"");
		this.mailer.send(OutgoingMail
			.of(this.w.school().id(), "paula@example.org", "Your weekly report", "Dear Paula,\nall is well.", null)
			.withAttachment(new Attachment("report.csv", "text/csv", "a,b\n".getBytes())));

		Page list = this.admin.get("/admin/outbox");
		Matcher link = Pattern.compile("href=\"(/admin/outbox/\\d+)\">Your weekly report</a>").matcher(list.html());
		assertThat(link.find()).as(list.html()).isTrue();
		assertThat(list.html()).contains("<td>paula@example.org</td>").contains("1–1 of 1");

		Page message = this.admin.get(link.group(1));
		assertThat(text(message, "message-to")).isEqualTo("paula@example.org");
		assertThat(message.html()).contains(">Dear Paula,\nall is well.</pre>");
		assertThat(message.html()).contains(">report.csv</a>").contains("(4 bytes)");
		Page file = this.admin.get(link.group(1) + "/attachments/0");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.html()).isEqualTo("a,b\n");

		Page foreign = BrowserHttp.signedIn(this.api, this.w.outsider()).get(link.group(1));
		assertThat(foreign.status()).isEqualTo(404);
	}

	@Test
	void theAuditLogFiltersByStudentAndDays() {
		Actor teacher = new Actor(this.w.teacherA().id(), this.w.school().id(), this.w.teacherA().role());
		this.audit.record(teacher, AuditAction.VIEW, "student_report", List.of(this.w.studentX().id()));
		this.audit.flush();

		Page all = this.admin.get("/admin/audit");
		assertThat(all.html()).contains("<td>Alice Anders</td>")
			.contains("<td>Viewed</td>")
			.containsPattern("<td>\\s*Xena Xenos\\s*</td>");
		assertThat(this.admin.get("/admin/audit?student=" + this.w.studentY().id()).html())
			.contains("id=\"audit-empty\"");
		assertThat(this.admin.get("/admin/audit?student=" + this.w.studentX().id() + "&from=2000-01-01").html())
			.contains("<td>Alice Anders</td>");

		Page refused = this.admin.get("/admin/audit?from=2025-03-05&to=2025-03-01");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(text(refused, "audit-error")).isEqualTo("The end date must be a valid date, not before the start.");
	}

	@Test
	void recomputeRunsInTheBackgroundAndShowsItsResult() {
		assertThat(this.admin.get("/admin/recompute").html()).doesNotContain("id=\"recompute-run\"");
		Page started = this.admin.submit("/admin/recompute", "/admin/recompute", form("dryRun", "true"));
		assertThat(started.redirectPath()).isEqualTo("/admin/recompute");
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.admin.get("/admin/recompute/status").html().contains("\"state\":\"done\""));
		assertThat(this.admin.get("/admin/recompute/status").html()).contains("\"mismatches\":0");
		Page done = this.admin.get("/admin/recompute");
		assertThat(text(done, "recompute-verdict"))
			.isEqualTo("No mismatches: the stored analytics matched the sources.");
		assertThat(text(done, "count-mismatches")).isEqualTo("0");
		assertThat(done.html()).contains("Latest dry run");

		Page refused = this.admin.submit("/admin/recompute", "/admin/recompute",
				form("from", "2025-03-05", "to", "2025-03-01"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(text(refused, "recompute-error")).isEqualTo("The end date must not be before the start date.");
	}

	@Test
	void bulkReportsDownloadAClassAndExplainWhatCannotBeServed() {
		long classId = this.w.classSection().id();
		Page csv = this.admin.submit("/admin/bulk-reports", "/admin/bulk-reports",
				form("class", String.valueOf(classId), "format", "csv", "from", "2025-03-01", "to", "2025-03-31"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.html()).contains("Xena").contains("Yuri");

		Page json = this.admin.submit("/admin/bulk-reports", "/admin/bulk-reports",
				form("class", String.valueOf(classId), "format", "json"));
		assertThat(json.contentType()).startsWith("application/json");
		assertThat(json.html()).contains("\"total_requested\":2").contains("\"total_generated\":2");

		Page empty = this.admin.submit("/admin/bulk-reports", "/admin/bulk-reports",
				form("class", String.valueOf(this.w.school().classSection("Empty").id()), "format", "zip"));
		assertThat(empty.status()).isEqualTo(303);
		assertThat(text(this.admin.get(empty.location().replaceFirst("^https?://[^/]+", "")), "bulk-problem"))
			.isEqualTo("This class has no active students, so there is nothing to download.");

		Page foreign = BrowserHttp.signedIn(this.api, this.w.outsider())
			.submit("/admin/bulk-reports", "/admin/bulk-reports",
					form("class", String.valueOf(classId), "format", "csv"));
		assertThat(foreign.status()).isEqualTo(303);
		assertThat(foreign.location()).endsWith("/admin/bulk-reports?format=csv&problem=noClass");
	}

	private static String text(Page page, String id) {
		Matcher element = Pattern
			.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</(dd|p|h1|pre|span|td)>", Pattern.DOTALL)
			.matcher(page.html());
		assertThat(element.find()).as("#%s in %s", id, page).isTrue();
		return element.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip().replace("&amp;", "&");
	}

}
