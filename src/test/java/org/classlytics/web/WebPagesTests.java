package org.classlytics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.roster.Subject;
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
import static org.classlytics.support.BrowserHttp.form;

/**
 * What each page shows, read as HTML over real HTTP: the landing page of every role with
 * that person's own people, the student page, the empty states, sign-in and sign-out, and
 * the friendly error pages next to the API's untouched problems.
 */
@IntegrationTest
class WebPagesTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
	}

	@Test
	void sendsEachRoleFromTheHomeAddressToItsLandingPage() {
		assertThat(as(this.w.admin()).get("/").redirectPath()).isEqualTo("/admin");
		assertThat(as(this.w.teacherA()).get("/").redirectPath()).isEqualTo("/teacher");
		assertThat(as(this.w.tutorX()).get("/").redirectPath()).isEqualTo("/tutor");
		assertThat(as(this.w.parentX()).get("/").redirectPath()).isEqualTo("/parent");
		assertThat(as(this.w.studentX()).get("/").redirectPath()).isEqualTo("/student");
	}

	@Test
	void signingInGoesHomeAndAWrongPasswordShowsTheError() {
		BrowserHttp visitor = BrowserHttp.anonymous(this.api);

		BrowserHttp.Page wrong = visitor.signIn(this.w.teacherA().email(), "not-the-password");
		BrowserHttp.Page again = visitor.get("/login?error");
		BrowserHttp.Page right = visitor.signIn(this.w.teacherA().email(), Fixtures.PASSWORD);

		assertThat(wrong.status()).isEqualTo(302);
		assertThat(wrong.location()).endsWith("/login?error");
		assertThat(again.html()).contains("id=\"login-error\"")
			.contains("Wrong email or password. Check both and try again.")
			.contains("aria-invalid=\"true\"");
		assertThat(right.status()).isEqualTo(302);
		assertThat(right.redirectPath()).isEqualTo("/");
	}

	@Test
	void aDeactivatedPersonCannotSignIn() {
		Person gone = this.w.school().teacher("Gus", "Gone");
		this.api.as(this.w.token("admin")).delete("/api/users/" + gone.id());

		BrowserHttp.Page reply = BrowserHttp.anonymous(this.api).signIn(gone.email(), Fixtures.PASSWORD);

		assertThat(reply.location()).endsWith("/login?error");
	}

	@Test
	void signingOutEndsTheSession() {
		BrowserHttp teacher = as(this.w.teacherA());

		BrowserHttp.Page out = teacher.submit("/teacher", "/logout", form());

		assertThat(out.location()).endsWith("/login?logout");
		assertThat(teacher.get("/login?logout").html()).contains("You have signed out.");
		assertThat(teacher.get("/teacher").redirectPath()).isEqualTo("/login");
	}

	@Test
	void refusesASignInWithoutItsCsrfTokenOnTheFriendlyPage() {
		BrowserHttp.Page reply = BrowserHttp.anonymous(this.api)
			.post("/login", form("email", this.w.teacherA().email(), "password", Fixtures.PASSWORD));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.contentType()).startsWith("text/html");
		assertThat(reply.html()).contains("data-status=\"403\"").contains("Error 403");
	}

	@Test
	void theFrameShowsTheSchoolThePersonAndTheirNavigation() {
		String html = as(this.w.teacherA()).get("/teacher").html();

		assertThat(text(html, "school-name")).isEqualTo(this.w.school().school().name());
		assertThat(text(html, "signed-in-as")).isEqualTo("Alice Anders (Teacher)");
		assertThat(html).contains("<title>My students · " + this.w.school().school().name() + " · Classlytics</title>")
			.contains("<a href=\"/teacher\" aria-current=\"page\">My students</a>")
			.contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>")
			.contains("<main id=\"main\" tabindex=\"-1\">")
			.contains("<label for=\"language\">Language</label>")
			.contains("<html lang=\"en\">");
	}

	@Test
	void theTeacherSeesTheirOwnStudentsWithTheSubjectsTheyTeachThem() {
		Subject physics = this.w.school().subject("Physics", "PHY");
		Subject art = this.w.school().subject("Art", "ART");
		this.w.school().enroll(this.w.studentX(), this.w.teacherA(), physics);
		this.w.school().enroll(this.w.studentX(), this.w.teacherB(), art);

		String html = as(this.w.teacherA()).get("/teacher").html();

		assertThat(text(html, "welcome")).isEqualTo("Welcome, Alice");
		assertThat(text(html, "who")).isEqualTo("You are signed in as Teacher at " + schoolName() + ".");
		assertThat(rows(html)).containsExactly("Xena Xenos | 9A | Tom Xenos | Mathematics Physics");
		assertThat(html).contains("href=\"/students/" + this.w.studentX().id() + "\"")
			.doesNotContain("Yuri Young")
			.doesNotContain("Art");
	}

	@Test
	void theTutorSeesTheirTuteesAndTheParentTheirChildren() {
		Person sibling = this.w.school()
			.student("Xander", "Xenos", this.w.classSection(), this.w.tutorX(), this.w.parentX());

		String tutor = as(this.w.tutorX()).get("/tutor").html();
		String parent = as(this.w.parentX()).get("/parent").html();

		assertThat(rows(tutor)).containsExactly("Xander Xenos | 9A | Tom Xenos | No subjects",
				"Xena Xenos | 9A | Tom Xenos | Mathematics");
		assertThat(text(parent, "welcome")).isEqualTo("Welcome, Paula");
		assertThat(parent).contains("data-student-id=\"" + sibling.id() + "\"")
			.contains("data-student-id=\"" + this.w.studentX().id() + "\"")
			.contains(">Xena Xenos</a>")
			.contains(">Xander Xenos</a>")
			.contains("<dd>Mathematics</dd>")
			.contains("<dd>No subjects</dd>")
			.doesNotContain("Yuri Young");
	}

	@Test
	void theStudentPageShowsClassTutorGuardiansAndSubjects() {
		String html = as(this.w.teacherA()).get("/students/" + this.w.studentX().id()).html();
		String own = as(this.w.studentX()).get("/student").html();

		assertThat(text(html, "student-name")).isEqualTo("Xena Xenos");
		assertThat(text(html, "student-class")).isEqualTo("9A");
		assertThat(text(html, "student-tutor")).isEqualTo("Tom Xenos");
		assertThat(text(html, "student-guardians")).isEqualTo("Paula Xenos");
		assertThat(html).contains("<th scope=\"row\">Mathematics</th>")
			.contains("<td>Alice Anders</td>")
			.contains("<time datetime=\"2024-09-01\">1 September 2024</time>");
		assertThat(text(own, "welcome")).isEqualTo("Welcome, Xena");
		assertThat(text(own, "student-guardians")).isEqualTo("Paula Xenos");
	}

	@Test
	void theAdminSeesTheSchoolAtAGlanceWithAChartOfItsClasses() {
		ClassSection other = this.w.school().classSection("9B");
		this.w.school().student("Zoe", "Zed", other, null);
		this.w.school().student("Una", "Placed", null, null);
		this.w.school().term("Autumn", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 20));

		String html = as(this.w.admin()).get("/admin").html();

		assertThat(text(html, "count-students")).isEqualTo("4");
		assertThat(text(html, "count-teachers")).isEqualTo("2");
		assertThat(text(html, "count-tutors")).isEqualTo("2");
		assertThat(text(html, "count-parents")).isEqualTo("2");
		assertThat(html).contains("<summary>9A (2)</summary>")
			.contains("<summary>9B (1)</summary>")
			.contains("<summary>No class (1)</summary>")
			.contains("<time datetime=\"2024-09-01\">1 September 2024</time>")
			.contains("<li>Mathematics</li>")
			.contains("src=\"/webjars/chart.js/");
		JsonNode chart = JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(attribute(html, "data-chart")));
		assertThat(chart.get("type").asString()).isEqualTo("bar");
		assertThat(chart.get("labels").toString()).isEqualTo("[\"9A\",\"9B\"]");
		assertThat(chart.get("series").get(0).get("label").asString()).isEqualTo("Students");
		assertThat(chart.get("series").get(0).get("values").toString()).isEqualTo("[2,1]");
	}

	@Test
	void emptySchoolsAndPeopleWithoutStudentsGetAFriendlyEmptyState() {
		Fixtures.TestSchool empty = this.fixtures.school();
		String admin = as(empty.admin()).get("/admin").html();
		Person teacher = empty.teacher("Nora", "New");
		Person tutor = empty.tutor("Tim", "New");
		Person parent = empty.parent("Pat", "New");
		Person student = empty.student("Sam", "New");

		assertThat(text(admin, "classes-empty"))
			.isEqualTo("No classes yet. Classes added through the API or an import appear here.");
		assertThat(text(admin, "students-empty")).startsWith("No active students yet.");
		assertThat(text(as(teacher).get("/teacher").html(), "empty-state")).isEqualTo(
				"You have no students yet. When the school enrolls students in your subjects, they appear here.");
		assertThat(text(as(tutor).get("/tutor").html(), "empty-state")).startsWith("No student has you as their tutor");
		assertThat(text(as(parent).get("/parent").html(), "empty-state"))
			.startsWith("No children are linked to your account yet.");
		assertThat(text(as(student).get("/student").html(), "courses-empty")).startsWith("No subjects yet.");
	}

	@Test
	void errorPagesAreFriendlyAndTheApiKeepsItsProblems() {
		BrowserHttp parent = as(this.w.parentX());

		BrowserHttp.Page forbidden = parent.get("/admin");
		BrowserHttp.Page missing = parent.get("/no/such/page");
		Api.Reply apiMissing = this.api.as(this.w.token("parentX")).get("/api/users/" + this.w.studentY().id());
		Api.Reply apiForbidden = this.api.as(this.w.token("parentX")).delete("/api/users/" + this.w.studentX().id());

		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(text(forbidden.html(), "main")).contains("This page is not for you");
		assertThat(forbidden.html()).contains("href=\"/\"").doesNotContain("ForbiddenException");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.html()).contains("<h1>Page not found</h1>").contains("Error 404");
		assertThat(apiMissing.status()).isEqualTo(404);
		assertThat(apiMissing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(apiForbidden.status()).isEqualTo(403);
		assertThat(apiForbidden.json().get("status").asInt()).isEqualTo(403);
	}

	@Test
	void servesChartJsFromItsWebJarWithoutAVersionInThePath() {
		Api.Reply script = this.api.anonymous().get("/webjars/chart.js/dist/chart.umd.js");

		assertThat(script.status()).isEqualTo(200);
		assertThat(script.header("Content-Type")).startsWith("text/javascript");
		assertThat(script.text()).contains("Chart.js v4.5.1");
	}

	private BrowserHttp as(Person person) {
		return BrowserHttp.signedIn(this.api, person);
	}

	private String schoolName() {
		return this.w.school().school().name();
	}

	/**
	 * The text of the element with an id, tags stripped and spaces collapsed.
	 */
	static String text(String html, String id) {
		Matcher start = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(start.find()).as("an element #%s in %s", id, html).isTrue();
		String tag = start.group(1);
		int end = html.indexOf("</" + tag + ">", start.end());
		return plain(html.substring(start.end(), end));
	}

	/**
	 * The rows of the students table, their cells joined by " | ".
	 */
	static List<String> rows(String html) {
		String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		return Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL)
			.matcher(body)
			.results()
			.map((row) -> Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL)
				.matcher(row.group(1))
				.results()
				.map((cell) -> plain(cell.group(1)))
				.reduce((a, b) -> a + " | " + b)
				.orElse(""))
			.toList();
	}

	private static String attribute(String html, String name) {
		Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as("an attribute %s", name).isTrue();
		return matcher.group(1);
	}

	private static String plain(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim();
	}

}
