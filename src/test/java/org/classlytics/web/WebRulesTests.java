package org.classlytics.web;

import java.util.Locale;

import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

class WebRulesTests {

	@Test
	void sendsReadersBackOnlyWithinTheSite() {
		assertThat(LocalPath.orHome("/students/7?tab=grades")).isEqualTo("/students/7?tab=grades");
		assertThat(LocalPath.orHome("/")).isEqualTo("/");
		assertThat(LocalPath.orHome(null)).isEqualTo("/");
		assertThat(LocalPath.orHome("https://evil.example/")).isEqualTo("/");
		assertThat(LocalPath.orHome("//evil.example/")).isEqualTo("/");
		assertThat(LocalPath.orHome("/\\evil.example/")).isEqualTo("/");
		assertThat(LocalPath.orHome("/admin\r\nSet-Cookie: x=1")).isEqualTo("/");
		assertThat(LocalPath.orHome("admin")).isEqualTo("/");
	}

	@Test
	void showsTheClosestLanguageOfTheUiAndEnglishOtherwise() {
		assertThat(Language.closestTo(Locale.forLanguageTag("el-GR"))).isEqualTo(Language.GREEK);
		assertThat(Language.closestTo(Locale.forLanguageTag("ru"))).isEqualTo(Language.RUSSIAN);
		assertThat(Language.closestTo(Locale.forLanguageTag("de-AT"))).isEqualTo(Language.ENGLISH);
		assertThat(Language.closestTo(null)).isEqualTo(Language.ENGLISH);
		assertThat(Language.ofTag(" EL ")).contains(Language.GREEK);
		assertThat(Language.ofTag("el-GR")).isEmpty();
	}

	@Test
	void landsEachRoleOnItsOwnPage() {
		assertThat(Navigation.landingOf(Role.ADMIN)).isEqualTo("/admin");
		assertThat(Navigation.landingOf(Role.TEACHER)).isEqualTo("/teacher");
		assertThat(Navigation.landingOf(Role.TUTOR)).isEqualTo("/tutor");
		assertThat(Navigation.landingOf(Role.PARENT)).isEqualTo("/parent");
		assertThat(Navigation.landingOf(Role.STUDENT)).isEqualTo("/student");
		assertThat(Navigation.itemsFor(Role.PARENT))
			.containsExactly(new Navigation.Item("/parent", "web.nav.home.parent"));
	}

	@Test
	void mapsFailuresOfPagesToTheStatusOfTheirErrorPage() {
		assertThat(PageExceptionResolver.statusOf(NotFoundException.of("Student", 7)).value()).isEqualTo(404);
		assertThat(PageExceptionResolver.statusOf(new NoResourceFoundException(HttpMethod.GET, "/x", "x")).value())
			.isEqualTo(404);
		assertThat(PageExceptionResolver.statusOf(new TypeMismatchException("x1", Long.class)).value()).isEqualTo(404);
		assertThat(PageExceptionResolver.statusOf(new ForbiddenException("no")).value()).isEqualTo(403);
		assertThat(PageExceptionResolver.statusOf(InvalidInputException.field("lang", "bad")).value()).isEqualTo(400);
		assertThat(PageExceptionResolver.statusOf(new HttpRequestMethodNotSupportedException("DELETE")).value())
			.isEqualTo(405);
		assertThat(PageExceptionResolver.statusOf(new IllegalStateException("bug")).value()).isEqualTo(500);
	}

}
