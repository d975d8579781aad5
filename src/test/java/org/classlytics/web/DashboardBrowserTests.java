package org.classlytics.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.classlytics.analytics.Analytics;
import org.classlytics.demo.DemoPlan;
import org.classlytics.demo.DemoSchool;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;
import org.classlytics.support.Browser;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in a real browser, over a generated demo school of 30 students (made
 * once per run): every role signs in, the parent's charts draw one point per week with
 * grades, a teacher sorts the class and downloads its PDF, a parent is refused another
 * child's page, and the language switch changes the dashboard. The main pages are the
 * README's screenshots.
 */
@IntegrationTest
@Tag("browser")
class DashboardBrowserTests {

	private static final String DOMAIN = "web-dashboards.example.org";

	private static final String PASSWORD = "demo1234";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	DemoSchool demo;

	@Autowired
	Roster roster;

	@Autowired
	Analytics analytics;

	@BeforeEach
	void setUp() {
		if (this.roster.personByEmail("admin@" + DOMAIN).isEmpty()) {
			this.demo.generate(
					new DemoPlan(30, 20261122L, "Demo School", DOMAIN, Instant.now().truncatedTo(ChronoUnit.HOURS)));
		}
	}

	@Test
	void everyRoleSignsInToItsOwnLandingPage() {
		List<String> roles = List.of("admin", "teacher", "tutor", "parent", "student");
		for (String role : roles) {
			browser.signIn(role + "@" + DOMAIN, PASSWORD);

			assertThat(browser.path()).isEqualTo("/" + role);
			assertThat(browser.text("#signed-in-as")).isNotBlank();
			browser.signOut();
		}
	}

	@Test
	void theParentChartsDrawAPointForEveryWeekWithGrades() {
		Person parent = person("parent");
		List<Long> children = this.roster.childrenOf(parent.id());
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Athens"));

		browser.signIn(parent.email(), PASSWORD);

		assertThat(browser.all("canvas.trend-chart")).hasSize(children.size());
		for (Long child : children) {
			long expected = this.analytics.weeklyTrend(child, 6, today)
				.weeklyTrend()
				.stream()
				.filter((week) -> week.overallAvg() != null)
				.count();
			Object drawn = browser.waitUntil((driver) -> browser.script(
					"""
							var chart = window.Chart && window.Chart.getChart(document.getElementById(arguments[0]));
							if (!chart) { return null; }
							var meta = chart.getDatasetMeta(0);
							return meta.data.filter(function (point, i) { return chart.data.datasets[0].data[i] !== null; }).length
							  + '/' + chart.data.labels.length;""",
					"trend-chart-" + child));
			assertThat(drawn).isEqualTo(expected + "/6");
		}
		assertThat(children).hasSize(2);
		browser.screenshot("parent-dashboard");
	}

	@Test
	void aParentCannotOpenAnotherChildsPageByChangingTheAddress() {
		Person parent = person("parent");
		List<Long> children = this.roster.childrenOf(parent.id());
		Person stranger = this.roster.activeStudents(parent.schoolId())
			.stream()
			.filter((student) -> !children.contains(student.id()))
			.findFirst()
			.orElseThrow();

		browser.signIn(parent.email(), PASSWORD).open("/students/" + stranger.id());

		assertThat(browser.text("h1")).isEqualTo("Page not found");
		assertThat(browser.driver().getPageSource()).doesNotContain(stranger.lastName() + "</h1>");

		browser.open("/students/" + stranger.id() + "/report?format=pdf");

		assertThat(browser.text("h1")).isEqualTo("Page not found");
	}

	@Test
	void theTeacherSortsTheClassDrillsIntoAStudentAndDownloadsThePdf() {
		browser.signIn(person("teacher").email(), PASSWORD).open("/teacher/week");
		browser.find("#week option:nth-child(2)").click();
		browser.find("#show-week").click();
		browser.waitUntil((driver) -> browser.has("#class-report"));
		browser.screenshot("teacher-week");

		WebElement average = browser.find("#class-report thead th:nth-child(4) button");
		average.click();
		assertThat(browser.find("#class-report thead th:nth-child(4)").getAttribute("aria-sort"))
			.isEqualTo("ascending");
		List<Double> ascending = column(4);
		assertThat(ascending).isSorted();
		average.click();
		assertThat(browser.find("#class-report thead th:nth-child(4)").getAttribute("aria-sort"))
			.isEqualTo("descending");

		String href = browser.find("#week-downloads a[data-format='pdf']").getAttribute("href");
		Object file = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(function (reply) {
				  return reply.arrayBuffer().then(function (body) {
				    done(reply.status + ' ' + reply.headers.get('content-type') + ' '
				      + String.fromCharCode.apply(null, new Uint8Array(body.slice(0, 5))));
				  });
				}).catch(function (error) { done('failed ' + error); });""", href);
		assertThat(file).isEqualTo("200 application/pdf %PDF-");

		browser.find("#class-report tbody tr:first-child th a").click();
		browser.waitUntil((driver) -> browser.path().startsWith("/students/"));
		browser.waitUntil((driver) -> browser
			.script("return !!(window.Chart && window.Chart.getChart(document.querySelector('canvas.trend-chart')));"));
		assertThat(browser.has("#daily") || browser.has("#daily-empty")).isTrue();
		browser.screenshot("teacher-drill-down");
	}

	@Test
	void theTeacherSavesATermCommentAndSeesTheirWeeks() {
		browser.signIn(person("teacher").email(), PASSWORD).open("/teacher/terms");
		WebElement comment = browser.find("#term-rows tbody tr:first-child textarea");
		comment.clear();
		comment.sendKeys("Working steadily");
		browser.find("#term-rows tbody tr:first-child form button").click();

		browser.waitUntil((driver) -> browser.has("#notice"));
		assertThat(browser.text("#notice")).isEqualTo("The comment is saved.");
		assertThat(browser.find("#term-rows tbody tr:first-child textarea").getAttribute("value"))
			.isEqualTo("Working steadily");
		browser.screenshot("teacher-terms");

		browser.open("/teacher/metrics");
		assertThat(browser.all("#metrics tbody tr")).hasSize(8);
		browser.screenshot("teacher-metrics");
	}

	@Test
	void theStudentAndTheTutorSeeTheirTrends() {
		browser.signIn(person("student").email(), PASSWORD);
		browser.waitUntil((driver) -> browser
			.script("return !!(window.Chart && window.Chart.getChart(document.querySelector('canvas.trend-chart')));"));
		assertThat(browser.text("#progress-heading")).isEqualTo("My progress");
		browser.screenshot("student-dashboard");
		browser.signOut();

		browser.signIn(person("tutor").email(), PASSWORD);
		assertThat(browser.all("#trends tbody tr")).isNotEmpty();
		browser.screenshot("tutor-home");
	}

	@Test
	void theLanguageSwitchChangesTheParentDashboard() {
		browser.signIn(person("parent").email(), PASSWORD);
		assertThat(browser.text(".dashboard h3")).isEqualTo("Weekly performance");

		browser.chooseLanguage("ru");

		assertThat(browser.path()).isEqualTo("/parent");
		assertThat(browser.text(".dashboard h3")).isEqualTo("Успеваемость по неделям");
		assertThat(browser.text("#subscriptions-heading")).isEqualTo("Отчёты по почте");

		browser.chooseLanguage("el");

		assertThat(browser.text(".dashboard h3")).isEqualTo("Επίδοση ανά εβδομάδα");
		browser.screenshot("parent-dashboard-el");
		browser.chooseLanguage("en");
	}

	@Test
	void theDashboardsFitAPhone() {
		browser.resize(Browser.PHONE).signIn(person("parent").email(), PASSWORD);

		assertThat(scrollsSideways()).isFalse();
		browser.screenshot("parent-dashboard-phone");
		browser.signOut();
		browser.signIn(person("teacher").email(), PASSWORD);
		for (String page : List.of("/teacher/week", "/teacher/terms", "/teacher/metrics")) {
			browser.open(page);
			assertThat(scrollsSideways()).as(page).isFalse();
		}
		browser.open("/teacher/week").find("#class-report tbody tr:first-child th a").click();
		browser.waitUntil((driver) -> browser.path().startsWith("/students/"));
		assertThat(scrollsSideways()).isFalse();
	}

	private static boolean scrollsSideways() {
		return (Boolean) browser
			.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	@Test
	void everyControlOfTheDashboardsIsLabelledAndTheSortButtonsTakeTheKeyboard() {
		browser.signIn(person("parent").email(), PASSWORD);
		assertThat(unlabelled()).isEmpty();
		browser.signOut();
		browser.signIn(person("teacher").email(), PASSWORD);
		for (String page : List.of("/teacher/week", "/teacher/terms", "/teacher/metrics")) {
			browser.open(page);
			assertThat(unlabelled()).as(page).isEmpty();
		}
		browser.open("/teacher/week");
		WebElement sort = browser.find("#class-report thead th:first-child button");
		sort.sendKeys(org.openqa.selenium.Keys.ENTER);

		assertThat(browser.find("#class-report thead th:first-child").getAttribute("aria-sort")).isEqualTo("ascending");
		assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
	}

	@SuppressWarnings("unchecked")
	private static List<String> unlabelled() {
		return (List<String>) browser.script("""
				return Array.from(document.querySelectorAll('input, select, textarea'))
				  .filter(c => c.type !== 'hidden')
				  .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label'))
				  .map(c => c.outerHTML);""");
	}

	private Person person(String role) {
		return this.roster.personByEmail(role + "@" + DOMAIN).orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<Double> column(int index) {
		return ((List<Object>) browser.script("""
				var cell = arguments[0] - 1;
				return Array.from(document.querySelectorAll('#class-report tbody tr'))
				  .map(function (row) { return parseFloat(row.children[cell].getAttribute('data-sort')); });""", index))
			.stream()
			.map((value) -> ((Number) value).doubleValue())
			.toList();
	}

}
