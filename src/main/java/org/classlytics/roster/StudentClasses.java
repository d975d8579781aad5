package org.classlytics.roster;

import java.util.List;
import java.util.Map;

/**
 * Students' enrollments, active or ended, with their subjects and teachers, read in one
 * statement.
 *
 * @param enrollments by id
 * @param subjects the enrollments' subjects by id
 * @param teachers the enrollments' teachers by id
 */
public record StudentClasses(List<Enrollment> enrollments, Map<Long, Subject> subjects, Map<Long, Person> teachers) {

}
