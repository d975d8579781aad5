package org.classlytics.roster;

import java.util.Arrays;

/**
 * The person making a request, as every module sees them.
 */
public record Actor(long userId, long schoolId, Role role) {

	public boolean is(Role... roles) {
		return Arrays.asList(roles).contains(this.role);
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

}
