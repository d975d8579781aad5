package org.classlytics.web;

import java.util.ArrayList;
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
		if (role == Role.ADMIN) {
			List<Item> items = new ArrayList<>(List.of(home));
			items.addAll(ADMIN_PAGES);
			return List.copyOf(items);
		}
		return List.of(home);
	}

	/**
	 * The administrators' pages (package {@code web.admin}), after their home page.
	 */
	static final List<Item> ADMIN_PAGES = List.of(new Item("/admin/health", "web.nav.admin.health"),
			new Item("/admin/schedules", "web.nav.admin.schedules"), new Item("/admin/outbox", "web.nav.admin.outbox"),
			new Item("/admin/audit", "web.nav.admin.audit"), new Item("/admin/recompute", "web.nav.admin.recompute"),
			new Item("/admin/bulk-reports", "web.nav.admin.bulk"));

	/**
	 * A link of the navigation: its path and the message key of its label.
	 */
	record Item(String path, String labelKey) {

		public boolean isCurrent(String currentPath) {
			return this.path.equals(currentPath);
		}

	}

}
