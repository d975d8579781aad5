package org.classlytics.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists parent communications within the caller's reach (a teacher their own, a parent
 * those addressed to them, an admin the school's), and counts them per teacher.
 */
@Component
class ParentCommunicationQueries {

	private static final String COLUMNS = "c.id, c.school_id, c.teacher_id, c.parent_id, c.student_id, c.sent_at, c.channel, c.summary";

	private final JdbcClient jdbc;

	ParentCommunicationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Newest first: a communication log is read from the latest entry.
	 */
	Paged<ParentCommunication> list(Actor actor, CommunicationFilter filter, PageQuery page) {
		String where = """
				c.school_id = :school AND (%s)
				AND (CAST(:student AS BIGINT) IS NULL OR c.student_id = :student)
				AND (CAST(:teacher AS BIGINT) IS NULL OR c.teacher_id = :teacher)
				AND (CAST(:parent AS BIGINT) IS NULL OR c.parent_id = :parent)""".formatted(reach(actor));
		long count = bind(this.jdbc.sql("SELECT COUNT(*) FROM parent_communications c WHERE " + where), actor, filter)
			.query(Long.class)
			.single();
		List<ParentCommunication> results = bind(
				this.jdbc.sql("SELECT " + COLUMNS + " FROM parent_communications c WHERE " + where
						+ " ORDER BY c.sent_at DESC, c.id DESC LIMIT :limit OFFSET :offset"),
				actor, filter)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(MessagingRows::communication)
			.list();
		return new Paged<>(count, results);
	}

	/**
	 * How many communications each teacher sent from {@code from} up to but excluding
	 * {@code to}, zeros included.
	 */
	Map<Long, Long> countsByTeacher(Collection<Long> teacherIds, Instant from, Instant to) {
		if (teacherIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		teacherIds.forEach((teacherId) -> counts.put(teacherId, 0L));
		this.jdbc.sql("""
				SELECT teacher_id, COUNT(*) AS sent FROM parent_communications
				WHERE teacher_id IN (:teachers) AND sent_at >= :from AND sent_at < :to GROUP BY teacher_id""")
			.param("teachers", List.copyOf(new HashSet<>(teacherIds)))
			.param("from", MessagingRows.param(from))
			.param("to", MessagingRows.param(to))
			.query((rs, n) -> Map.entry(rs.getLong("teacher_id"), rs.getLong("sent")))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return Map.copyOf(counts);
	}

	/**
	 * The facts of the teachers' communications sent from {@code from} up to but
	 * excluding {@code to}, oldest first.
	 */
	List<ParentCommunicationFacts> factsOfTeachers(Collection<Long> teacherIds, Instant from, Instant to) {
		if (teacherIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM parent_communications c
				WHERE c.teacher_id IN (:teachers) AND c.sent_at >= :from AND c.sent_at < :to
				ORDER BY c.sent_at, c.id""")
			.param("teachers", List.copyOf(new HashSet<>(teacherIds)))
			.param("from", MessagingRows.param(from))
			.param("to", MessagingRows.param(to))
			.query(MessagingRows::communication)
			.list()
			.stream()
			.map(ParentCommunication::facts)
			.toList();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Actor actor,
			CommunicationFilter filter) {
		return statement.param("school", actor.schoolId())
			.param("me", actor.userId())
			.param("student", filter.studentId())
			.param("teacher", filter.teacherId())
			.param("parent", filter.parentId());
	}

	/**
	 * Callers of other roles are refused before a list is read.
	 */
	private static String reach(Actor actor) {
		return switch (actor.role()) {
			case ADMIN -> "TRUE";
			case TEACHER -> "c.teacher_id = :me";
			case PARENT -> "c.parent_id = :me";
			case TUTOR, STUDENT -> "FALSE";
		};
	}

	record CommunicationFilter(Long studentId, Long teacherId, Long parentId) {

	}

}
