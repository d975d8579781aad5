package org.classlytics.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.classlytics.roster.Person;
import org.classlytics.roster.Registration;
import org.classlytics.roster.Role;
import org.classlytics.roster.RosterSetup;
import org.classlytics.roster.School;
import org.classlytics.support.Api;
import org.classlytics.support.BrowserHttp;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.BrowserHttp.form;
import static org.classlytics.web.WebPagesTests.text;

/**
 * Which language a page is in: the reader's choice in the switcher, else the person's own
 * language, else their school's, else the browser's; only English, Russian and Greek, and
 * a choice is remembered across signing out and in.
 */
@IntegrationTest
class WebLanguageTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RosterSetup setup;

	private Fixtures.TestSchool school;

	@BeforeEach
	void setUp() {
		this.school = this.fixtures.school();
	}

	@Test
	void aPersonWithoutALanguageSeesTheirSchoolsLanguage() {
		School greek = this.setup.createSchool("Γυμνάσιο " + tag(), ZoneId.of("Europe/Athens"),
				Locale.forLanguageTag("el-GR"));
		Person teacher = register(greek.id(), null);

		String html = BrowserHttp.signedIn(this.api, teacher).get("/teacher").html();

		assertThat(html).contains("<html lang=\"el\">");
		assertThat(text(html, "welcome")).isEqualTo("Καλώς ήρθατε, Lena");
		assertThat(text(html, "signed-in-as")).isEqualTo("Lena Lang (Εκπαιδευτικός)");
	}

	@Test
	void aPersonsOwnLanguageBeatsTheSchoolsAndTheBrowsers() {
		Person teacher = register(this.school.id(), Locale.forLanguageTag("ru"));

		String html = BrowserHttp.signedIn(this.api, teacher).speaking("el").get("/teacher").html();

		assertThat(html).contains("<html lang=\"ru\">");
		assertThat(text(html, "welcome")).isEqualTo("Здравствуйте, Lena");
	}

	@Test
	void beforeSigningInThePageFollowsTheBrowserInALanguageTheUiHas() {
		assertThat(BrowserHttp.anonymous(this.api).speaking("ru-RU,ru;q=0.9").get("/login").html())
			.contains("<html lang=\"ru\">")
			.contains("<h1>Вход в Classlytics</h1>");
		assertThat(BrowserHttp.anonymous(this.api).speaking("de-DE,de;q=0.9").get("/login").html())
			.contains("<html lang=\"en\">")
			.contains("<h1>Sign in to Classlytics</h1>");
	}

	@Test
	void theSwitcherOnTheSignInPageRemembersTheChoice() {
		BrowserHttp visitor = BrowserHttp.anonymous(this.api);

		String chosen = visitor.get("/login?lang=el").html();
		String later = visitor.get("/login").html();
		String ignored = visitor.get("/login?lang=xx").html();

		assertThat(chosen).contains("<html lang=\"el\">").contains("<h1>Σύνδεση στο Classlytics</h1>");
		assertThat(later).contains("<html lang=\"el\">");
		assertThat(ignored).contains("<html lang=\"el\">");
	}

	@Test
	void aChoiceBeatsThePersonsLanguageAndOutlivesTheSession() {
		Person teacher = register(this.school.id(), Locale.forLanguageTag("ru"));
		BrowserHttp browser = BrowserHttp.signedIn(this.api, teacher);

		BrowserHttp.Page changed = browser.submit("/teacher", "/language", form("lang", "el", "next", "/teacher"));
		String greek = browser.get("/teacher").html();
		browser.submit("/teacher", "/logout", form());
		String signInPage = browser.get("/login?logout").html();
		browser.signIn(teacher.email(), Fixtures.PASSWORD);
		String again = browser.get("/teacher").html();

		assertThat(changed.status()).isEqualTo(302);
		assertThat(changed.redirectPath()).isEqualTo("/teacher");
		assertThat(text(greek, "welcome")).isEqualTo("Καλώς ήρθατε, Lena");
		assertThat(signInPage).contains("<html lang=\"el\">").contains("Αποσυνδεθήκατε.");
		assertThat(text(again, "welcome")).isEqualTo("Καλώς ήρθατε, Lena");
	}

	@Test
	void aChoiceFollowsThePersonToAnotherBrowser() {
		Person teacher = register(this.school.id(), Locale.forLanguageTag("ru"));
		BrowserHttp.signedIn(this.api, teacher).submit("/teacher", "/language", form("lang", "el", "next", "/teacher"));

		String elsewhere = BrowserHttp.signedIn(this.api, teacher).get("/teacher").html();

		assertThat(text(elsewhere, "welcome")).isEqualTo("Καλώς ήρθατε, Lena");
		assertThat(this.api.as(this.school.tokenOf(teacher)).get("/api/me").json().get("locale").asString())
			.isEqualTo("el");
	}

	@Test
	void refusesALanguageTheUiDoesNotHaveAndNeverLeavesTheSite() {
		BrowserHttp browser = BrowserHttp.signedIn(this.api, this.school.teacher("Tess", "Teacher"));

		BrowserHttp.Page unknown = browser.submit("/teacher", "/language", form("lang", "de", "next", "/teacher"));
		BrowserHttp.Page elsewhere = browser.submit("/teacher", "/language",
				form("lang", "ru", "next", "//evil.example/phish"));
		BrowserHttp.Page backslash = browser.submit("/teacher", "/language",
				form("lang", "ru", "next", "/\\evil.example"));
		BrowserHttp.Page forged = browser.post("/language", form("lang", "el", "next", "/teacher"));

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.html()).contains("data-status=\"400\"").contains("<html lang=\"en\">");
		assertThat(elsewhere.redirectPath()).isEqualTo("/");
		assertThat(elsewhere.location()).doesNotContain("evil");
		assertThat(backslash.redirectPath()).isEqualTo("/");
		assertThat(backslash.location()).doesNotContain("evil");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(browser.get("/teacher").html()).contains("<html lang=\"ru\">");
	}

	private Person register(long schoolId, Locale locale) {
		return this.setup.register(schoolId, new Registration("lena." + tag() + "@test.classlytics.org",
				Fixtures.PASSWORD, "Lena", "Lang", Role.TEACHER, locale, null, null, Set.of()));
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
