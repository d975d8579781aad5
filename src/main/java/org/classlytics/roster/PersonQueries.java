package org.classlytics.roster;

import java.util.List;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists the people a caller may see, with the same reach as
 * {@link AccessPolicy#canSeePerson}, filtered and paged in the database.
 */
@Component
class PersonQueries {

	private static final String COLUMNS = "u.id, u.school_id, u.email, u.first_name, u.last_name, u.role, u.active, u.locale, u.class_section_id, u.tutor_id";

	private final JdbcClient jdbc;

	PersonQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<Person> list(Actor actor, PersonFilter filter, PageQuery page) {
		String where = """
				u.school_id = :school AND (%s)
				AND (CAST(:role AS VARCHAR(20)) IS NULL OR u.role = :role)
				AND (CAST(:class AS BIGINT) IS NULL OR u.class_section_id = :class)
				AND (CAST(:active AS BOOLEAN) IS NULL OR u.active = :active)""".formatted(reach(actor));
		long count = bind(this.jdbc.sql("SELECT COUNT(*) FROM users u WHERE " + where), actor, filter).query(Long.class)
			.single();
		List<Person> people = bind(this.jdbc.sql("SELECT " + COLUMNS + " FROM users u WHERE " + where
				+ " ORDER BY u.last_name, u.first_name, u.id LIMIT :limit OFFSET :offset"), actor, filter)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(RosterRows::person)
			.list();
		return new Paged<>(count, people);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Actor actor, PersonFilter filter) {
		return statement.param("school", actor.schoolId())
			.param("me", actor.userId())
			.param("role", (filter.role() != null) ? filter.role().name() : null)
			.param("class", filter.classSectionId())
			.param("active", filter.active());
	}

	private static String reach(Actor actor) {
		return switch (actor.role()) {
			case ADMIN -> "TRUE";
			case TEACHER -> """
					u.id = :me
					OR u.id IN (SELECT e.student_id FROM enrollments e WHERE e.teacher_id = :me AND e.active = TRUE)
					OR u.id IN (SELECT g.guardian_id FROM student_guardians g
					            JOIN enrollments e ON e.student_id = g.student_id
					            WHERE e.teacher_id = :me AND e.active = TRUE)""";
			case TUTOR -> """
					u.id = :me OR (u.tutor_id = :me AND u.role = 'STUDENT')
					OR u.id IN (SELECT g.guardian_id FROM student_guardians g
					            JOIN users s ON s.id = g.student_id WHERE s.tutor_id = :me)""";
			case PARENT ->
				"u.id = :me OR u.id IN (SELECT g.student_id FROM student_guardians g WHERE g.guardian_id = :me)";
			case STUDENT -> "u.id = :me";
		};
	}

	record PersonFilter(Role role, Long classSectionId, Boolean active) {

	}

}
