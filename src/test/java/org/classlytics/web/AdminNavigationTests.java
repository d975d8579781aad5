package org.classlytics.web;

import org.classlytics.roster.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins reach their pages from the navigation; no other role sees them there.
 */
class AdminNavigationTests {

	@Test
	void adminsHaveTheirPagesAfterTheSchoolOverview() {
		assertThat(Navigation.itemsFor(Role.ADMIN)).extracting(Navigation.Item::path)
			.containsExactly("/admin", "/admin/health", "/admin/schedules", "/admin/outbox", "/admin/audit",
					"/admin/recompute", "/admin/bulk-reports");
		for (Role role : new Role[] { Role.TEACHER, Role.TUTOR, Role.PARENT, Role.STUDENT }) {
			assertThat(Navigation.itemsFor(role)).extracting(Navigation.Item::path)
				.noneMatch((path) -> path.startsWith("/admin"));
		}
	}

}
