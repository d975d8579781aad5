package org.classlytics.web;

import java.util.Locale;

import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.School;

/**
 * The signed-in person looking at a page, with their school: what the page frame shows in
 * its header and what decides the default language.
 */
record Viewer(Person person, School school) {

	public Role role() {
		return this.person.role();
	}

	/**
	 * The person's own language, else their school's.
	 */
	public Locale preferredLocale() {
		return (this.person.locale() != null) ? this.person.locale() : this.school.locale();
	}

}
