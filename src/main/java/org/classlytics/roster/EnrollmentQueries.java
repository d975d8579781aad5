package org.classlytics.roster;

import java.util.List;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists the enrollments a caller may see: a teacher their own, others those of the
 * students in their reach.
 */
@Component
class EnrollmentQueries {

	private final JdbcClient jdbc;

	EnrollmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<Enrollment> list(Actor actor, EnrollmentFilter filter, PageQuery page) {
		String where = """
				e.school_id = :school AND (%s)
				AND (CAST(:student AS BIGINT) IS NULL OR e.student_id = :student)
				AND (CAST(:teacher AS BIGINT) IS NULL OR e.teacher_id = :teacher)
				AND (CAST(:subject AS BIGINT) IS NULL OR e.subject_id = :subject)
				AND (CAST(:active AS BOOLEAN) IS NULL OR e.active = :active)""".formatted(reach(actor));
		long count = bind(this.jdbc.sql("SELECT COUNT(*) FROM enrollments e WHERE " + where), actor, filter)
			.query(Long.class)
			.single();
		List<Enrollment> results = bind(this.jdbc.sql("""
				SELECT e.id, e.school_id, e.student_id, e.teacher_id, e.subject_id, e.start_date, e.end_date, e.active
				FROM enrollments e WHERE\s""" + where + " ORDER BY e.id LIMIT :limit OFFSET :offset"), actor, filter)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(RosterRows::enrollment)
			.list();
		return new Paged<>(count, results);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Actor actor,
			EnrollmentFilter filter) {
		return statement.param("school", actor.schoolId())
			.param("me", actor.userId())
			.param("student", filter.studentId())
			.param("teacher", filter.teacherId())
			.param("subject", filter.subjectId())
			.param("active", filter.active());
	}

	private static String reach(Actor actor) {
		return switch (actor.role()) {
			case ADMIN -> "TRUE";
			case TEACHER -> "e.teacher_id = :me";
			case TUTOR -> "e.student_id IN (SELECT s.id FROM users s WHERE s.tutor_id = :me)";
			case PARENT -> "e.student_id IN (SELECT g.student_id FROM student_guardians g WHERE g.guardian_id = :me)";
			case STUDENT -> "e.student_id = :me";
		};
	}

	record EnrollmentFilter(Long studentId, Long teacherId, Long subjectId, Boolean active) {

	}

}
