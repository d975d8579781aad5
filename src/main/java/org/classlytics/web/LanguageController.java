package org.classlytics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.roster.Actor;
import org.classlytics.roster.SelfService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switcher of a signed-in reader: remembers the choice (in a cookie and on
 * the person's record) and goes back to the page it was made on. (Before signing in, the
 * sign-in page takes {@code ?lang=}.)
 */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	private final SelfService selfService;

	LanguageController(LocaleResolver locales, SelfService selfService) {
		this.locales = locales;
		this.selfService = selfService;
	}

	@PostMapping("/language")
	String change(Actor actor, @RequestParam String lang, @RequestParam(defaultValue = "/") String next,
			HttpServletRequest request, HttpServletResponse response) {
		Language language = Language.ofTag(lang)
			.orElseThrow(() -> InvalidInputException.field("lang", "must be one of en, ru, el"));
		this.locales.setLocale(request, response, language.locale());
		this.selfService.changeOwnLocale(actor, language.locale());
		return "redirect:" + LocalPath.orHome(next);
	}

}
