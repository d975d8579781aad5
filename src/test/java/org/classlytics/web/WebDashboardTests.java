package org.classlytics.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.BrowserHttp;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.AttendanceFixtures.attendance;
import static org.classlytics.support.BrowserHttp.form;
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * The dashboards of parents, students, tutors and teachers, read as HTML over real HTTP,
 * with coursework and attendance placed in the weeks before today (Europe/Athens): Xena
 * has an essay graded 60 % two weeks ago and a worksheet graded 90 % last week, and was
 * present on last week's Wednesday and absent on its Thursday.
 */
@IntegrationTest
class WebDashboardTests {

	private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private LocalDate thisMonday;

	private LocalDate lastMonday;

	private LocalDate essayDay;

	private LocalDate worksheetDay;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.thisMonday = LocalWeek.of(LocalDate.now(ATHENS)).weekStart();
		this.lastMonday = this.thisMonday.minusWeeks(1);
		this.essayDay = this.lastMonday.minusWeeks(1).plusDays(1);
		this.worksheetDay = this.lastMonday.plusDays(2);
		Api.Caller teacher = this.api.as(this.w.token("teacherA"));
		grade(teacher, "Essay", this.essayDay, 30);
		grade(teacher, "Worksheet", this.worksheetDay, 45);
		attendance(teacher, this.w.studentX().id(), this.worksheetDay.toString(), "PRESENT");
		attendance(teacher, this.w.studentX().id(), this.worksheetDay.plusDays(1).toString(), "ABSENT");
	}

	@Test
	void theParentSeesTheTrendAttendanceWarningsAndLatestWorkOfTheirChild() {
		String html = as(this.w.parentX()).get("/parent").html();
		long x = this.w.studentX().id();

		assertThat(rows(html, "trend-table-" + x)).containsExactly(week(5, "No data | No data | No data | 0"),
				week(4, "No data | No data | No data | 0"), week(3, "No data | No data | No data | 0"),
				week(2, "60.0 % | No data | 60.0 % | 1"), week(1, "90.0 % | No data | 90.0 % | 1"),
				week(0, "No data | No data | No data | 0"));
		assertThat(WebPagesTests.text(html, "attendance-rate-" + x)).isEqualTo("50.0 %");
		assertThat(WebPagesTests.text(html, "attendance-absent-" + x)).isEqualTo("1");
		assertThat(WebPagesTests.text(html, "warnings-" + x))
			.isEqualTo("Low attendance : attendance over the last 28 days is 50.0 %, below 90.0 %.");
		assertThat(rows(html, "work-" + x)).containsExactly(
				DAY.format(this.worksheetDay) + " | Assignment: Worksheet | Mathematics | 90.0 %",
				DAY.format(this.essayDay) + " | Assignment: Essay | Mathematics | 60.0 %");
		assertThat(html).contains("href=\"/students/" + x + "/report?format=pdf\"")
			.contains("href=\"/students/" + x + "/report?format=xlsx\"")
			.contains("src=\"/webjars/chart.js/");
		JsonNode chart = chart(html, "trend-chart-" + x);
		assertThat(chart.get("type").asString()).isEqualTo("line");
		assertThat(chart.get("labels")).hasSize(6);
		assertThat(chart.get("series").get(0).get("label").asString()).isEqualTo("Overall");
		assertThat(values(chart, 0)).containsExactly(null, null, null, 60.0, 90.0, null);
		assertThat(chart.get("series").get(1).get("label").asString()).isEqualTo("Quizzes");
		assertThat(values(chart, 1)).containsOnlyNulls();
		assertThat(values(chart, 2)).containsExactly(null, null, null, 60.0, 90.0, null);
		assertThat(WebPagesTests.text(html, "subscriptions-empty")).startsWith("You receive no scheduled reports.");
	}

	@Test
	void aParentCannotOpenAnotherChildByChangingTheAddress() {
		BrowserHttp parent = as(this.w.parentX());
		long y = this.w.studentY().id();

		BrowserHttp.Page page = parent.get("/students/" + y);
		BrowserHttp.Page file = parent.get("/students/" + y + "/report?format=pdf");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html()).contains("<h1>Page not found</h1>").doesNotContain("Yuri");
		assertThat(file.status()).isEqualTo(404);
		assertThat(file.contentType()).startsWith("text/html");
		assertThat(parent.get("/parent").html()).doesNotContain("Yuri Young");
	}

	@Test
	void downloadsTheStudentReportInEachFormatAndRefusesAnUnknownOne() {
		BrowserHttp parent = as(this.w.parentX());
		String path = "/students/" + this.w.studentX().id() + "/report?format=";

		BrowserHttp.Page pdf = parent.get(path + "pdf");
		BrowserHttp.Page csv = parent.get(path + "csv");
		BrowserHttp.Page xlsx = parent.get(path + "xlsx");
		BrowserHttp.Page json = parent.get(path + "json");

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.html()).startsWith("%PDF-");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.html()).contains("Xena");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.html()).contains("data-status=\"400\"");
	}

	@Test
	void theParentUnsubscribesFromAReportTheyReceive() {
		Api.Caller tutor = this.api.as(this.w.token("tutorX"));
		Api.Reply schedule = tutor.post("/api/reports/schedules",
				body("name", "Xena every Friday", "report_type", "student_report", "frequency", "weekly", "day_of_week",
						5, "time", "18:00", "export_format", "pdf", "scope",
						body("student_ids", List.of(this.w.studentX().id()))));
		assertThat(schedule.status()).as(schedule.toString()).isEqualTo(201);
		long id = schedule.id();
		assertThat(
				tutor.post("/api/reports/schedules/" + id + "/recipients", body("recipient_id", this.w.parentX().id()))
					.status())
			.isEqualTo(201);
		BrowserHttp parent = as(this.w.parentX());

		assertThat(rows(parent.get("/parent").html(), "subscriptions-table")).hasSize(1)
			.first()
			.asString()
			.startsWith("Xena every Friday | Weekly | PDF | ");
		BrowserHttp.Page done = parent.submit("/parent", "/subscriptions/" + id + "/unsubscribe", form());
		String after = parent.get("/parent?done=unsubscribed").html();
		BrowserHttp.Page again = parent.submit("/parent", "/subscriptions/" + id + "/unsubscribe", form());

		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith("/parent?done=unsubscribed#subscriptions");
		assertThat(WebPagesTests.text(after, "notice")).isEqualTo("Done: you will no longer receive that report.");
		assertThat(WebPagesTests.text(after, "subscriptions-empty")).startsWith("You receive no scheduled reports.");
		assertThat(again.status()).isEqualTo(404);
	}

	@Test
	void theStudentSeesTheirOwnTrendAndTheirDays() {
		String html = as(this.w.studentX()).get("/student").html();
		long x = this.w.studentX().id();

		assertThat(WebPagesTests.text(html, "progress-heading")).isEqualTo("My progress");
		assertThat(rows(html, "trend-table-" + x)).hasSize(6).contains(week(1, "90.0 % | No data | 90.0 % | 1"));
		assertThat(rows(html, "daily")).contains(
				DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(this.worksheetDay.plusDays(1))
						+ " | Absent | None due | No data",
				DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(this.worksheetDay)
						+ " | Present | Handed in | No data");
	}

	@Test
	void theTutorSeesTheTrendOfEachTutee() {
		String html = as(this.w.tutorX()).get("/tutor").html();

		assertThat(rows(html, "trends")).containsExactly(
				"Xena Xenos | No data | No data | No data | 60.0 % | 90.0 % | No data | 50.0 % | Low attendance | PDF CSV Excel (XLSX)");
	}

	@Test
	void theTeacherSeesTheClassReportOfAWeekAndDrillsIntoAStudent() {
		BrowserHttp teacher = as(this.w.teacherA());

		String html = teacher.get("/teacher/week?week=" + this.lastMonday).html();
		String drill = teacher.get("/students/" + this.w.studentX().id()).html();

		assertThat(WebPagesTests.text(html, "week-shown")).isEqualTo("Week of " + long_(this.lastMonday) + " to "
				+ long_(this.lastMonday.plusDays(6)) + ", all my subjects.");
		assertThat(rows(html, "class-report"))
			.containsExactly("Xena Xenos | Medium | 100.0 % | 90.0 % | 50.0 % | 0.0 h");
		assertThat(WebPagesTests.text(html, "stat-students")).isEqualTo("1");
		assertThat(WebPagesTests.text(html, "stat-average")).isEqualTo("90.0 %");
		assertThat(html).contains("<option value=\"" + this.lastMonday + "\" selected=\"selected\">")
			.contains("data-sortable")
			.contains("src=\"/js/sort.js\"")
			.contains("href=\"/teacher/week/download?week=" + this.lastMonday + "&amp;format=pdf\"");
		assertThat(WebPagesTests.text(html, "stored-empty")).startsWith("No reports for this week yet.");
		assertThat(rows(drill, "trend-table-" + this.w.studentX().id())).hasSize(6);
		assertThat(rows(drill, "daily"))
			.contains(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(this.worksheetDay)
					+ " | Present | Handed in | No data");
	}

	@Test
	void aTeacherCannotOpenAnotherTeachersStudentNorFilterBySubjectsTheyDoNotTeach() {
		BrowserHttp other = as(this.w.teacherB());
		long x = this.w.studentX().id();

		assertThat(other.get("/students/" + x).status()).isEqualTo(404);
		assertThat(other.get("/students/" + x + "/report?format=pdf").status()).isEqualTo(404);
		assertThat(other.get("/teacher/week").html()).doesNotContain("Xena");
		assertThat(as(this.w.teacherA()).get("/teacher/week?subject=" + this.w.school().subject("Art", "ART").id())
			.status()).isEqualTo(404);
		assertThat(as(this.w.teacherA()).get("/teacher/week?week=2026-01-07").status()).isEqualTo(400);
	}

	@Test
	void theTeacherDownloadsTheWeekAndGeneratesAndSendsTheStoredReports() {
		BrowserHttp teacher = as(this.w.teacherA());
		String page = "/teacher/week?week=" + this.lastMonday;

		BrowserHttp.Page pdf = teacher.get("/teacher/week/download?week=" + this.lastMonday + "&format=pdf");
		BrowserHttp.Page generated = teacher.submit(page, "/teacher/week/generate",
				form("week", this.lastMonday.toString()));
		String listed = teacher.get(page).html();
		Matcher report = Pattern.compile("data-report-id=\"(\\d+)\"").matcher(listed);
		assertThat(report.find()).isTrue();
		BrowserHttp.Page sent = teacher.submit(page, "/teacher/reports/" + report.group(1) + "/send",
				form("week", this.lastMonday.toString()));
		BrowserHttp.Page again = teacher.submit(page, "/teacher/reports/" + report.group(1) + "/send",
				form("week", this.lastMonday.toString()));

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.html()).startsWith("%PDF-");
		assertThat(generated.location()).endsWith(page + "&done=generated&count=1#stored");
		assertThat(rows(listed, "stored-reports"))
			.containsExactly("Xena Xenos | Mathematics | Draft | Send to the tutor");
		assertThat(sent.location()).endsWith(page + "&done=sent#stored");
		assertThat(WebPagesTests.text(teacher.get(page + "&done=sent").html(), "notice"))
			.isEqualTo("The report is sent to the tutor.");
		assertThat(rows(teacher.get(page).html(), "stored-reports")).hasSize(1)
			.first()
			.asString()
			.startsWith("Xena Xenos | Mathematics | Sent on ");
		assertThat(again.location()).endsWith(page + "&done=not-sent#stored");
		assertThat(as(this.w.teacherB())
			.submit("/teacher/week", "/teacher/reports/" + report.group(1) + "/send",
					form("week", this.lastMonday.toString()))
			.status()).isEqualTo(404);
	}

	@Test
	void theTeacherCommentsOnTermPerformanceAndSeesTheirWeeks() {
		Person xena = this.w.studentX();
		var term = this.w.school().term("This term", this.thisMonday.minusWeeks(10), this.thisMonday.plusWeeks(10));
		Api.Caller teacherApi = this.api.as(this.w.token("teacherA"));
		grade(teacherApi, "Test", this.worksheetDay, 40);
		BrowserHttp teacher = as(this.w.teacherA());

		String before = teacher.get("/teacher/terms?term=" + term.id()).html();
		BrowserHttp.Page saved = teacher.submit("/teacher/terms", "/teacher/terms/comment",
				form("student", String.valueOf(xena.id()), "term", String.valueOf(term.id()), "subject",
						String.valueOf(this.w.subject().id()), "comment", "Steady progress"));
		String after = teacher.get("/teacher/terms?term=" + term.id() + "&done=saved").html();
		BrowserHttp.Page refused = as(this.w.teacherB()).submit("/teacher/terms", "/teacher/terms/comment",
				form("student", String.valueOf(xena.id()), "term", String.valueOf(term.id()), "subject",
						String.valueOf(this.w.subject().id()), "comment", "Not mine"));
		String metrics = teacher.get("/teacher/metrics").html();

		assertThat(rows(before, "term-rows")).hasSize(1)
			.first()
			.asString()
			.startsWith("Mathematics | 1 | Xena Xenos | ");
		assertThat(saved.location()).endsWith(
				"/teacher/terms?term=" + term.id() + "&done=saved#row-" + xena.id() + "-" + this.w.subject().id());
		assertThat(WebPagesTests.text(after, "notice")).isEqualTo("The comment is saved.");
		assertThat(after).contains(">Steady progress</textarea>");
		assertThat(refused.status()).isEqualTo(404);
		assertThat(rows(metrics, "metrics")).hasSize(8);
		assertThat(rows(metrics, "metrics").stream().mapToInt((row) -> Integer.parseInt(row.split(" \\| ")[2])).sum())
			.isEqualTo(3);
		assertThat(metrics).doesNotContain("id=\"metrics-empty\"");
	}

	@Test
	void peopleWithoutDataGetFriendlyEmptyStates() {
		Fixtures.TestSchool empty = this.fixtures.school();
		Person teacher = empty.teacher("Nora", "New");
		Person student = empty.student("Sam", "New");

		String own = as(student).get("/student").html();
		String week = as(teacher).get("/teacher/week").html();
		String terms = as(teacher).get("/teacher/terms").html();
		String metrics = as(teacher).get("/teacher/metrics").html();

		assertThat(WebPagesTests.text(own, "trend-empty-" + student.id())).isEqualTo(
				"No graded work in the last six weeks yet. The chart fills in as teachers grade assignments and quizzes.");
		assertThat(WebPagesTests.text(own, "warnings-none-" + student.id()))
			.isEqualTo("No warnings: attendance, grades and homework are on track.");
		assertThat(WebPagesTests.text(own, "work-empty-" + student.id()))
			.isEqualTo("Nothing graded in the last six weeks yet. Marks appear here as teachers grade work.");
		assertThat(WebPagesTests.text(own, "attendance-rate-" + student.id())).isEqualTo("No data");
		assertThat(WebPagesTests.text(own, "daily-empty"))
			.isEqualTo("Nothing recorded in the last two weeks: no attendance, homework or behaviour notes.");
		assertThat(WebPagesTests.text(week, "class-empty")).isEqualTo(
				"No students in this class for the week. Students appear here once they are enrolled in your subjects.");
		assertThat(WebPagesTests.text(week, "recommendations-empty"))
			.isEqualTo("Nothing to act on this week: no recommendation applies.");
		assertThat(WebPagesTests.text(week, "stat-average")).isEqualTo("No data");
		assertThat(WebPagesTests.text(terms, "terms-empty"))
			.isEqualTo("The school has no terms yet. Terms appear here once the school adds them.");
		assertThat(WebPagesTests.text(metrics, "metrics-empty")).startsWith("Nothing recorded in these weeks yet.");
	}

	@Test
	void theDashboardSpeaksRussianAndGreekWithLocalNumbers() {
		BrowserHttp parent = as(this.w.parentX());
		long x = this.w.studentX().id();

		parent.submit("/parent", "/language", form("lang", "ru", "next", "/parent"));
		String ru = parent.get("/parent").html();
		parent.submit("/parent", "/language", form("lang", "el", "next", "/parent"));
		String el = parent.get("/parent").html();

		assertThat(WebPagesTests.text(ru, "trend-heading-" + x)).isEqualTo("Успеваемость по неделям");
		assertThat(WebPagesTests.text(ru, "attendance-rate-" + x)).isEqualTo("50,0 %");
		assertThat(WebPagesTests.text(ru, "warnings-" + x))
			.isEqualTo("Низкая посещаемость : посещаемость за последние 28 дней 50,0 %, ниже 90,0 %.");
		assertThat(WebPagesTests.text(el, "trend-heading-" + x)).isEqualTo("Επίδοση ανά εβδομάδα");
		assertThat(rows(el, "trend-table-" + x)).contains(week(1, "90,0 % | Χωρίς στοιχεία | 90,0 % | 1"));
	}

	private void grade(Api.Caller teacher, String title, LocalDate day, int score) {
		String at = day.atTime(10, 0).atZone(ATHENS).toInstant().toString();
		long assignment = create(teacher, "/api/assignments",
				body("subject_id", this.w.subject().id(), "title", title, "due_at",
						day.atTime(23, 0).atZone(ATHENS).toInstant().toString(), "max_score", 50, "student_ids",
						List.of(this.w.studentX().id()), "created_at",
						day.minusDays(3).atStartOfDay(ATHENS).toInstant().toString()));
		long submission = create(teacher, "/api/assignments/" + assignment + "/submissions",
				body("student_id", this.w.studentX().id(), "submitted_at", at));
		Api.Reply graded = teacher.post("/api/submissions/" + submission + "/grade",
				body("score", score, "feedback", "Fine", "graded_at", at));
		assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
	}

	/**
	 * A row of the trend table: the week {@code back} weeks before this one, then the
	 * given cells.
	 */
	private String week(int back, String cells) {
		return LocalWeek.of(this.thisMonday.minusWeeks(back)).label() + " | " + cells;
	}

	private static String long_(LocalDate day) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day);
	}

	private BrowserHttp as(Person person) {
		return BrowserHttp.signedIn(this.api, person);
	}

	/**
	 * The body rows of the table with an id, their cells joined by " | ".
	 */
	static List<String> rows(String html, String tableId) {
		int start = html.indexOf("id=\"" + tableId + "\"");
		assertThat(start).as("a table #%s in %s", tableId, html).isPositive();
		String table = html.substring(start, html.indexOf("</table>", start));
		String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
		List<String> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
		while (row.find()) {
			rows.add(Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL)
				.matcher(row.group(1))
				.results()
				.map((cell) -> plain(cell.group(1)))
				.reduce((a, b) -> a + " | " + b)
				.orElse(""));
		}
		return rows;
	}

	/**
	 * The values of a chart's series, nulls for gaps.
	 */
	static List<Double> values(JsonNode chart, int series) {
		List<Double> values = new ArrayList<>();
		chart.get("series").get(series).get("values").forEach((v) -> values.add(v.isNull() ? null : v.asDouble()));
		return values;
	}

	static JsonNode chart(String html, String canvasId) {
		Matcher canvas = Pattern
			.compile("<canvas[^>]*id=\"" + Pattern.quote(canvasId) + "\"[^>]*data-chart=\"([^\"]*)\"")
			.matcher(html);
		assertThat(canvas.find()).as("a chart #%s", canvasId).isTrue();
		return JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(canvas.group(1)));
	}

	private static String plain(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim();
	}

}
