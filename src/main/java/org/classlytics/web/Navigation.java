package org.classlytics.web;

import java.util.List;
import java.util.Locale;

import org.classlytics.roster.Role;

/**
 * Where each role lands and what its navigation offers. A new page is reachable once it
 * has an entry here (and a message key for its label).
 */
final class Navigation {

	private Navigation() {
	}

	static String landingOf(Role role) {
		return switch (role) {
			case ADMIN -> "/admin";
			case TEACHER -> "/teacher";
			case TUTOR -> "/tutor";
			case PARENT -> "/parent";
			case STUDENT -> "/student";
		};
	}

	static List<Item> itemsFor(Role role) {
		Item home = new Item(landingOf(role), "web.nav.home." + role.name().toLowerCase(Locale.ROOT));
		if (role == Role.TEACHER) {
			return List.of(home, new Item("/teacher/week", "web.nav.teacher.week"),
					new Item("/teacher/terms", "web.nav.teacher.terms"),
					new Item("/teacher/metrics", "web.nav.teacher.metrics"));
		}
		return List.of(home);
	}

	/**
	 * A link of the navigation: its path and the message key of its label.
	 */
	record Item(String path, String labelKey) {

		public boolean isCurrent(String currentPath) {
			return this.path.equals(currentPath);
		}

	}

}
