package org.classlytics.web;

import org.classlytics.support.Browser;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language switcher in a real browser: the page's text changes to Greek and to
 * Russian, and the choice is still there after signing out and in again.
 */
@IntegrationTest
@Tag("browser")
class LanguageBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Fixtures fixtures;

	private World w;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
	}

	@Test
	void switchesThePageToGreekAndRussianAndStaysOnIt() {
		browser.signIn(this.w.teacherA());
		assertThat(browser.text("h1")).isEqualTo("Welcome, Alice");

		browser.chooseLanguage("el");

		assertThat(browser.path()).isEqualTo("/teacher");
		assertThat(browser.text("h1")).isEqualTo("Καλώς ήρθατε, Alice");
		assertThat(browser.text("#signed-in-as")).isEqualTo("Alice Anders (Εκπαιδευτικός)");
		assertThat(browser.text("#sign-out")).isEqualTo("Αποσύνδεση");
		assertThat(browser.title()).startsWith("Οι μαθητές μου · ");
		browser.screenshot("teacher-home-el");

		browser.chooseLanguage("ru");

		assertThat(browser.text("h1")).isEqualTo("Здравствуйте, Alice");
		assertThat(browser.text("#students caption")).isEqualTo("Ученики, записанные на ваши предметы");
		assertThat(browser.text("nav a[aria-current='page']")).isEqualTo("Мои ученики");
		browser.screenshot("teacher-home-ru");
	}

	@Test
	void remembersTheChoiceAfterSigningOutAndIn() {
		browser.signIn(this.w.parentX());
		browser.chooseLanguage("el");

		browser.signOut();

		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("el");
		assertThat(browser.text("h1")).isEqualTo("Σύνδεση στο Classlytics");
		assertThat(browser.text("#signed-out")).isEqualTo("Αποσυνδεθήκατε.");
		browser.screenshot("sign-in-el");

		browser.signIn(this.w.parentX());

		assertThat(browser.path()).isEqualTo("/parent");
		assertThat(browser.text("h1")).isEqualTo("Καλώς ήρθατε, Paula");
		assertThat(browser.text("#children-heading")).isEqualTo("Τα παιδιά σας");
	}

	@Test
	void theSignInPageHasItsOwnSwitcher() {
		browser.open("/login");

		browser.chooseLanguage("ru");

		assertThat(browser.text("h1")).isEqualTo("Вход в Classlytics");
		assertThat(browser.text("label[for='email']")).isEqualTo("Электронная почта");
		browser.signIn(this.w.studentX());
		assertThat(browser.text("h1")).isEqualTo("Здравствуйте, Xena");
	}

}
