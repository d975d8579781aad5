package org.classlytics.web;

import java.util.List;

import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.roster.Subject;
import org.classlytics.roster.Term;

/**
 * An admin's view of their school: how many active people of each role, the classes with
 * their students, the terms and the subjects.
 */
record SchoolOverview(long students, long teachers, long tutors, long parents, List<ClassGroup> classes,
		List<Person> unplaced, List<Term> terms, List<Subject> subjects) {

	/**
	 * A class and its active students, by name.
	 */
	record ClassGroup(ClassSection section, List<Person> students) {

	}

}
