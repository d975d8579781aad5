package org.classlytics.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Finds the person behind a web session. The locale resolver and the page frame both need
 * them, on pages and on error pages alike (where no controller runs), so the answer is
 * kept on the request.
 */
@Component
class Viewers {

	private static final String ATTRIBUTE = Viewers.class.getName() + ".current";

	private final Roster roster;

	Viewers(Roster roster) {
		this.roster = roster;
	}

	Optional<Viewer> current(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Known known) {
			return known.viewer();
		}
		Optional<Viewer> viewer = lookUp();
		request.setAttribute(ATTRIBUTE, new Known(viewer));
		return viewer;
	}

	private Optional<Viewer> lookUp() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// A web session's principal is the account signed in with the form; API callers
		// (tokens) and anonymous visitors have no page frame.
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof UserDetails details)) {
			return Optional.empty();
		}
		return this.roster.personByEmail(details.getUsername())
			.filter(Person::active)
			.map((person) -> new Viewer(person, this.roster.school(person.schoolId())));
	}

	private record Known(Optional<Viewer> viewer) {

	}

}
