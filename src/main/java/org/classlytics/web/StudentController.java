package org.classlytics.web;

import org.classlytics.roster.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A student's page, where the student's dashboards plug in. A student out of the caller's
 * reach is not found (404), as in the API.
 */
@Controller
class StudentController {

	private final RosterViews views;

	StudentController(RosterViews views) {
		this.views = views;
	}

	@GetMapping("/students/{id}")
	String student(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("profile", this.views.student(actor, id));
		return "students/student";
	}

}
