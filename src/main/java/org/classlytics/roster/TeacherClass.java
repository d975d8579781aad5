package org.classlytics.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A teacher's class as one read: the school, the teacher and the viewer (each empty when
 * the id is not a person of the school), the subject asked for (empty when none was, or
 * it is not the school's), the teacher's active enrollments (of that subject, if one was
 * asked for) ordered by student and subject, and the enrolled students by id.
 */
public record TeacherClass(School school, Optional<Person> teacher, Optional<Person> viewer, Optional<Subject> subject,
		List<Enrollment> enrollments, Map<Long, Person> students) {

}
