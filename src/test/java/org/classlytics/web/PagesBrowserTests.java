package org.classlytics.web;

import java.util.List;

import org.classlytics.support.Browser;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page frame in a real browser: friendly 403 and 404 pages, Chart.js drawing the
 * admin's chart, keyboard use from the skip link on, labelled controls, and a layout that
 * fits a phone.
 */
@IntegrationTest
@Tag("browser")
class PagesBrowserTests {

	/**
	 * Every visible form control with no label of its own: a {@code <label for>}, an
	 * enclosing label or an {@code aria-label}.
	 */
	private static final String UNLABELLED_CONTROLS = """
			return Array.from(document.querySelectorAll('input, select, textarea'))
			  .filter(c => c.type !== 'hidden')
			  .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label'))
			  .map(c => c.outerHTML);""";

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
	void aPageTheRoleMayNotSeeIsTheFriendly403() {
		browser.signIn(this.w.teacherA()).open("/admin");

		assertThat(browser.text("h1")).isEqualTo("This page is not for you");
		assertThat(browser.text(".error-code")).isEqualTo("Error 403");
		assertThat(browser.text("#signed-in-as")).isEqualTo("Alice Anders (Teacher)");
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
		browser.screenshot("error-403");

		browser.find("#error-home").click();

		browser.waitUntil((driver) -> browser.path().equals("/teacher"));
	}

	@Test
	void anUnknownPathIsTheFriendly404() {
		browser.signIn(this.w.parentX()).open("/reports/nowhere");

		assertThat(browser.text("h1")).isEqualTo("Page not found");
		assertThat(browser.text(".error-code")).isEqualTo("Error 404");
		assertThat(browser.driver().getPageSource()).doesNotContain("Whitelabel").doesNotContain("\"status\"");
		browser.screenshot("error-404");

		browser.open("/students/" + this.w.studentY().id());

		assertThat(browser.text("h1")).isEqualTo("Page not found");
	}

	@Test
	void chartJsLoadsAndDrawsTheAdminsChart() {
		browser.signIn(this.w.admin());

		assertThat(browser.script("return typeof window.Chart")).isEqualTo("function");
		Object drawn = browser.waitUntil(
				(driver) -> browser.script("var c = window.Chart.getChart(document.getElementById('class-chart'));"
						+ " return c ? c.data.labels.join(',') + '=' + c.data.datasets[0].data.join(',') : null;"));
		assertThat(drawn).isEqualTo("9A=2");
	}

	@Test
	void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
		browser.signIn(this.w.tutorX());

		WebElement body = browser.find("body");
		body.sendKeys(Keys.TAB);
		WebElement first = browser.driver().switchTo().activeElement();

		assertThat(first.getText()).isEqualTo("Skip to main content");
		assertThat(first.getLocation().getY()).isGreaterThanOrEqualTo(0);
		first.sendKeys(Keys.ENTER);
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void everyControlIsLabelledAndFocusIsVisible() {
		browser.open("/login");
		assertThat(unlabelled()).isEmpty();
		browser.find("#email").click();
		assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");

		browser.signIn(this.w.admin());
		assertThat(unlabelled()).isEmpty();
		browser.open("/students/" + this.w.studentX().id());
		assertThat(unlabelled()).isEmpty();
	}

	@Test
	void fitsAPhoneWithoutSidewaysScrolling() {
		browser.resize(Browser.PHONE).signIn(this.w.admin());

		assertThat(scrollsSideways()).isFalse();
		assertThat(browser.find("#sign-out").isDisplayed()).isTrue();
		assertThat(browser.find("#language").isDisplayed()).isTrue();
		browser.screenshot("admin-home-phone");

		browser.open("/students/" + this.w.studentX().id());

		assertThat(scrollsSideways()).isFalse();
		browser.screenshot("student-page-phone");
	}

	/**
	 * Whether the page is wider than the viewport (its vertical scroll bar excluded).
	 */
	private static boolean scrollsSideways() {
		return (Boolean) browser
			.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	@SuppressWarnings("unchecked")
	private static List<String> unlabelled() {
		return (List<String>) browser.script(UNLABELLED_CONTROLS);
	}

}
