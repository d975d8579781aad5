package org.classlytics.web;

import jakarta.servlet.http.HttpServletRequest;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way in: the sign-in page, and the home address that sends each role to its own
 * landing page.
 */
@Controller
class HomeController {

	private final Viewers viewers;

	HomeController(Viewers viewers) {
		this.viewers = viewers;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request) {
		return this.viewers.current(request).isPresent() ? "redirect:/" : "login";
	}

	@GetMapping("/")
	String home(Actor actor) {
		return "redirect:" + Navigation.landingOf(actor.role());
	}

}
