package org.classlytics.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists lessons in start order: a teacher's own, or for an admin the whole school's. Days
 * of the {@code from}/{@code to} filter are the school's local days.
 */
@Component
@Transactional(readOnly = true)
class LessonQueries {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final Roster roster;

	LessonQueries(JdbcClient jdbc, AccessPolicy access, Roster roster) {
		this.jdbc = jdbc;
		this.access = access;
		this.roster = roster;
	}

	Paged<LessonFacts> list(Actor actor, LessonFilter filter, PageQuery page) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		ZoneId zone = this.roster.zoneOf(actor.schoolId());
		String where = """
				school_id = :school AND (CAST(:me AS BIGINT) IS NULL OR teacher_id = :me)
				AND (CAST(:teacher AS BIGINT) IS NULL OR teacher_id = :teacher)
				AND (CAST(:subject AS BIGINT) IS NULL OR subject_id = :subject)
				AND (CAST(:class AS BIGINT) IS NULL OR class_section_id = :class)
				AND (CAST(:status AS VARCHAR(10)) IS NULL OR status = :status)
				AND (CAST(:start AS TIMESTAMP WITH TIME ZONE) IS NULL OR starts_at >= :start)
				AND (CAST(:end AS TIMESTAMP WITH TIME ZONE) IS NULL OR starts_at < :end)""";
		long count = bind(this.jdbc.sql("SELECT COUNT(*) FROM lessons WHERE " + where), actor, filter, zone)
			.query(Long.class)
			.single();
		List<LessonFacts> results = bind(this.jdbc.sql("""
				SELECT id, school_id, teacher_id, subject_id, class_section_id, starts_at, status
				FROM lessons WHERE\s""" + where + " ORDER BY starts_at, id LIMIT :limit OFFSET :offset"), actor, filter,
				zone)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(LessonQueries::row)
			.list();
		return new Paged<>(count, results);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Actor actor, LessonFilter filter,
			ZoneId zone) {
		return statement.param("school", actor.schoolId())
			.param("me", actor.isAdmin() ? null : actor.userId())
			.param("teacher", filter.teacherId())
			.param("subject", filter.subjectId())
			.param("class", filter.classId())
			.param("status", (filter.status() != null) ? filter.status().name() : null)
			.param("start", filter.days().startIn(zone))
			.param("end", filter.days().endExclusiveIn(zone));
	}

	private static LessonFacts row(ResultSet rs, int n) throws SQLException {
		return new LessonFacts(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("teacher_id"),
				rs.getLong("subject_id"), rs.getLong("class_section_id"),
				rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				LessonStatus.valueOf(rs.getString("status")));
	}

	record LessonFilter(Long teacherId, Long subjectId, Long classId, LessonStatus status, DayRange days) {

	}

}
