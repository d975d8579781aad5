/**
 * Schools, terms, subjects, classes, people and enrollments, and the one access policy
 * that answers who may see which student.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roster")
package org.classlytics.roster;
