package org.classlytics.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a page: the reader's explicit choice (a cookie, so it survives signing
 * out and in again), else the signed-in person's own language, else their school's, else
 * the browser's; always one of the {@link Language}s the UI is written in.
 * <p>
 * API requests keep Spring's plain reading of {@code Accept-Language}: the API's
 * languages (reports, mail) come from the records, never from a UI cookie.
 */
class UiLocaleResolver implements LocaleResolver {

	static final String COOKIE = "classlytics-language";

	private final CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);

	UiLocaleResolver(Viewers viewers) {
		this.cookie.setCookieMaxAge(Duration.ofDays(365));
		this.cookie.setCookieHttpOnly(true);
		this.cookie.setCookieSameSite("Lax");
		this.cookie.setDefaultLocaleFunction(
				(request) -> viewers.current(request).map(Viewer::preferredLocale).orElseGet(request::getLocale));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (isApi(request)) {
			return request.getLocale();
		}
		return Language.closestTo(this.cookie.resolveLocale(request)).locale();
	}

	/**
	 * Remembers a language of the UI; any other locale is ignored, and null forgets the
	 * choice.
	 */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale == null) {
			this.cookie.setLocale(request, response, null);
			return;
		}
		Language.of(locale).ifPresent((language) -> this.cookie.setLocale(request, response, language.locale()));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
