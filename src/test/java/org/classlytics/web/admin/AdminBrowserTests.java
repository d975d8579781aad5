package org.classlytics.web.admin;

import java.time.LocalDate;
import java.util.List;

import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.roster.Actor;
import org.classlytics.support.Api;
import org.classlytics.support.Browser;
import org.classlytics.support.Fixtures;
import org.classlytics.support.OwnH2Database;
import org.classlytics.support.TestSupport;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.AttendanceFixtures.attendance;

/**
 * The admin pages in headless Chromium, with the job scheduler on (its own context, as in
 * delivery's DeliveryRunTests) and no SMTP server, so scheduled emails land in the
 * outbox: an admin creates a weekly schedule, adds a recipient, runs it and sees the
 * execution completed; recompute shows its progress and result. Each page is saved as
 * {@code docs/screenshots/admin-*.png} with {@code -Dclasslytics.screenshots=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "db-scheduler.enabled=true", "db-scheduler.polling-interval=100ms",
				"db-scheduler.scheduler-name=admin-browser-tests", "classlytics.delivery.dispatch-interval=100ms",
				// A dispatcher an earlier test class left picked on the shared PostgreSQL
				// database is found dead after 3 s (see DeliveryRunTests).
				"db-scheduler.heartbeat-interval=500ms", "db-scheduler.missed-heartbeats-limit=6" })
@ActiveProfiles("test")
@Import(TestSupport.class)
@Tag("integration")
@Tag("browser")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AdminBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		OwnH2Database.register(registry, "admin-browser-tests");
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	Api api;

	@Autowired
	AuditTrail audit;

	private World w;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
	}

	@Test
	void anAdminCreatesAWeeklyScheduleAddsARecipientRunsItAndSeesItCompleted() {
		browser.signIn(this.w.admin()).open("/admin/schedules");
		assertThat(browser.text("#schedules-empty")).startsWith("No schedules yet.");
		browser.find("#new-schedule").click();
		browser.waitUntil((driver) -> browser.path().equals("/admin/schedules/new"));
		assertThat(new Select(browser.find("#frequency")).getFirstSelectedOption().getText()).isEqualTo("Weekly");
		browser.find("#name").sendKeys("Monday digest");
		new Select(browser.find("#exportFormat")).selectByValue("csv");
		browser.screenshot("admin-schedule-form");
		browser.find("#save-schedule").click();

		browser.waitUntil((driver) -> browser.path().matches("/admin/schedules/\\d+"));
		assertThat(browser.text("#notice")).isEqualTo("The schedule was created.");
		assertThat(browser.text("#setting-when")).isEqualTo("Every Monday at 08:00 (Europe/Athens)");

		new Select(browser.find("#recipientId")).selectByValue(String.valueOf(this.w.teacherA().id()));
		browser.find("#add-recipient-button").click();
		browser.waitUntil(
				(driver) -> browser.has("#notice") && browser.text("#notice").equals("The recipient was added."));
		assertThat(browser.text("#recipients tbody th")).isEqualTo("Alice Anders");

		browser.find("#run-now").click();
		browser.waitUntil(
				(driver) -> !driver.findElements(By.cssSelector("#executions [data-status='completed']")).isEmpty());
		assertThat(browser.all("#executions tbody tr")).hasSize(1);
		assertThat(browser.text("#executions tbody tr td:nth-child(4)")).isEqualTo("1");
		browser.find("details.group summary").click();
		assertThat(browser.text("details.group tbody th")).isEqualTo(this.w.teacherA().email());
		assertThat(browser.text("details.group [data-state]")).isEqualTo("Sent");
		browser.screenshot("admin-schedule");

		browser.open("/admin/schedules");
		assertThat(browser.text("#schedules tbody th")).isEqualTo("Monday digest");
		browser.screenshot("admin-schedules");

		browser.open("/admin/outbox");
		assertThat(browser.text("#outbox tbody td")).isEqualTo(this.w.teacherA().email());
		browser.screenshot("admin-outbox");
		browser.find("#outbox tbody th a").click();
		browser.waitUntil((driver) -> browser.path().matches("/admin/outbox/\\d+"));
		assertThat(browser.text("#message-to")).isEqualTo(this.w.teacherA().email());
		browser.screenshot("admin-outbox-message");
	}

	@Test
	void recomputeShowsItsProgressAndThenItsResult() {
		browser.signIn(this.w.admin()).open("/admin/recompute");
		browser.find("#dryRun").click();
		browser.find("#start-recompute").click();

		browser.waitUntil((driver) -> browser.has("#recompute-progress") || browser.has("#recompute-result"));
		if (browser.has("#recompute-progress")) {
			assertThat(browser.text("#recompute-progress label")).isEqualTo("Recomputing…");
			browser.screenshot("admin-recompute-progress");
		}
		browser.waitUntil((driver) -> browser.has("#recompute-result"));
		assertThat(browser.text("#recompute-verdict"))
			.isEqualTo("No mismatches: the stored analytics matched the sources.");
		assertThat(browser.text("#count-mismatches")).isEqualTo("0");
		browser.screenshot("admin-recompute");
	}

	@Test
	void theOtherAdminPagesShowTheirFigures() {
		this.w.school().term("Spring", LocalDate.parse("2025-01-07"), LocalDate.parse("2025-06-20"));
		Api.Caller admin = this.api.as(this.w.token("admin"));
		attendance(admin, this.w.studentX().id(), "2025-03-03", "PRESENT");
		attendance(admin, this.w.studentY().id(), "2025-03-03", "ABSENT");

		browser.signIn(this.w.admin()).open("/admin/health?date=2025-03-03");
		assertThat(browser.text("#attendance-today")).isEqualTo("50 %");
		assertThat(browser.text("#at-risk tbody th")).isEqualTo("Yuri Young");
		browser.screenshot("admin-health");

		Actor teacher = new Actor(this.w.teacherA().id(), this.w.school().id(), this.w.teacherA().role());
		this.audit.record(teacher, AuditAction.VIEW, "student_performance", List.of(this.w.studentX().id()));
		this.audit.record(new Actor(this.w.admin().id(), this.w.school().id(), this.w.admin().role()),
				AuditAction.EXPORT, "student_performance", List.of(this.w.studentX().id(), this.w.studentY().id()));
		this.audit.flush();
		browser.open("/admin/audit");
		// newest first; the oldest is the admin's own view of the at-risk list above
		assertThat(browser.all("#audit tbody tr")).hasSize(3);
		assertThat(browser.text("#audit tbody tr:first-child td:nth-child(3)")).isEqualTo("Downloaded");
		assertThat(browser.text("#audit tbody tr:first-child td:nth-child(5)")).isEqualTo("Xena Xenos, Yuri Young");
		assertThat(browser.text("#audit tbody tr:last-child td:nth-child(3)")).isEqualTo("Viewed");
		assertThat(browser.text("#audit tbody tr:last-child td:nth-child(5)")).isEqualTo("Yuri Young");
		browser.screenshot("admin-audit");

		browser.open("/admin/bulk-reports");
		assertThat(new Select(browser.find("#class")).getFirstSelectedOption().getText()).isEqualTo("9A");
		browser.screenshot("admin-bulk-reports");

		browser.resize(Browser.PHONE).open("/admin/health?date=2025-03-03");
		Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
		assertThat(overflow).isEqualTo(false);
		browser.screenshot("admin-health-phone");
		browser.resize(Browser.DESKTOP);
	}

}
