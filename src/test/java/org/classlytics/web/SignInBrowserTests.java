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
 * Signing in and out in a real browser: each role lands on its own page under its own
 * name, a wrong password is told so, and signing out ends the session.
 */
@IntegrationTest
@Tag("browser")
class SignInBrowserTests {

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
	void theAdminLandsOnTheSchoolOverview() {
		browser.signIn(this.w.admin());

		assertLanded("/admin", "Welcome, Ada", "Ada Admin (Administrator)", "Administrator");
		assertThat(browser.text("#count-students")).isEqualTo("2");
		browser.screenshot("admin-home");
	}

	@Test
	void theTeacherLandsOnTheirStudents() {
		browser.signIn(this.w.teacherA());

		assertLanded("/teacher", "Welcome, Alice", "Alice Anders (Teacher)", "Teacher");
		assertThat(browser.text("#students tbody")).contains("Xena Xenos").doesNotContain("Yuri Young");
		browser.screenshot("teacher-home");
	}

	@Test
	void theTutorLandsOnTheirTutees() {
		browser.signIn(this.w.tutorY());

		assertLanded("/tutor", "Welcome, Tina", "Tina Young (Tutor)", "Tutor");
		assertThat(browser.text("#students tbody")).contains("Yuri Young").doesNotContain("Xena Xenos");
	}

	@Test
	void theParentLandsOnTheirChildrenAndOpensOne() {
		browser.signIn(this.w.parentX());

		assertLanded("/parent", "Welcome, Paula", "Paula Xenos (Parent)", "Parent");
		assertThat(browser.text("#children")).contains("Xena Xenos").contains("9A").contains("Tom Xenos");
		browser.screenshot("parent-home");
		browser.find("#children a").click();
		browser.waitUntil((driver) -> browser.path().equals("/students/" + this.w.studentX().id()));
		assertThat(browser.text("#student-name")).isEqualTo("Xena Xenos");
		assertThat(browser.text("#courses tbody")).contains("Mathematics").contains("Alice Anders");
	}

	@Test
	void theStudentLandsOnTheirOwnPage() {
		browser.signIn(this.w.studentY());

		assertLanded("/student", "Welcome, Yuri", "Yuri Young (Student)", "Student");
		assertThat(browser.text("#student-tutor")).isEqualTo("Tina Young");
		browser.screenshot("student-home");
	}

	@Test
	void aWrongPasswordIsToldSoAndNothingElse() {
		browser.signIn(this.w.teacherA().email(), "not-the-password");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.text("#login-error")).isEqualTo("Wrong email or password. Check both and try again.");
		assertThat(browser.find("#email").getAttribute("aria-describedby")).isEqualTo("login-error");
		assertThat(browser.has("#sign-out")).isFalse();
		browser.screenshot("sign-in-error");
	}

	@Test
	void signingOutEndsTheSession() {
		browser.signIn(this.w.parentY());

		browser.signOut();

		assertThat(browser.text("#signed-out")).isEqualTo("You have signed out.");
		browser.open("/parent");
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.has("#signed-in-as")).isFalse();
	}

	private void assertLanded(String path, String welcome, String signedInAs, String role) {
		assertThat(browser.path()).isEqualTo(path);
		assertThat(browser.text("h1")).isEqualTo(welcome);
		assertThat(browser.text("#signed-in-as")).isEqualTo(signedInAs);
		assertThat(browser.text("#school-name")).isEqualTo(this.w.school().school().name());
		assertThat(browser.text("#who"))
			.isEqualTo("You are signed in as " + role + " at " + this.w.school().school().name() + ".");
		assertThat(browser.find("nav a[aria-current='page']").getAttribute("href")).endsWith(path);
	}

}
