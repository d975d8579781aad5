package org.classlytics.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit trail as admins read it (over the API and in the web UI): their own school's
 * entries, newest first.
 */
@Service
public class AuditLog {

	private static final String MATCHING = """
			FROM audit_entries e WHERE e.school_id = :school
			AND (CAST(:student AS BIGINT) IS NULL OR EXISTS (
				SELECT 1 FROM audit_entry_students s WHERE s.entry_id = e.id AND s.student_id = :student))
			AND (CAST(:start AS TIMESTAMP WITH TIME ZONE) IS NULL OR e.accessed_at >= :start)
			AND (CAST(:end AS TIMESTAMP WITH TIME ZONE) IS NULL OR e.accessed_at < :end)
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final Roster roster;

	private final AuditTrail trail;

	AuditLog(JdbcClient jdbc, AccessPolicy access, Roster roster, AuditTrail trail) {
		this.jdbc = jdbc;
		this.access = access;
		this.roster = roster;
		this.trail = trail;
	}

	/**
	 * Writes the accesses still queued first, so that the answer holds every access
	 * recorded before the request.
	 */
	public Paged<AuditEntry> entries(Actor actor, Long studentId, String from, String to, PageQuery page) {
		this.access.requireRole(actor, Role.ADMIN);
		AuditWindow window = AuditWindow.parse(from, to, this.roster.zoneOf(actor.schoolId()));
		this.trail.flush();
		long count = filtered("SELECT COUNT(*) " + MATCHING, actor, studentId, window).query(Long.class).single();
		List<Row> rows = filtered(
				"SELECT e.id, e.actor_id, e.action, e.report_kind, e.accessed_at " + MATCHING
						+ "ORDER BY e.accessed_at DESC, e.id DESC LIMIT :limit OFFSET :offset",
				actor, studentId, window)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(AuditLog::row)
			.list();
		Map<Long, List<Long>> students = studentsOf(rows.stream().map(Row::id).toList());
		Map<Long, Person> actors = this.roster.people(rows.stream().map(Row::actorId).distinct().toList());
		return new Paged<>(count, rows.stream().map((row) -> {
			Person person = actors.get(row.actorId());
			return new AuditEntry(row.id(), row.actorId(), (person != null) ? person.fullName() : null, row.action(),
					row.reportKind(), students.getOrDefault(row.id(), List.of()), row.at());
		}).toList());
	}

	private JdbcClient.StatementSpec filtered(String sql, Actor actor, Long studentId, AuditWindow window) {
		return this.jdbc.sql(sql)
			.param("school", actor.schoolId())
			.param("student", studentId, Types.BIGINT)
			.param("start", utc(window.start()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("end", utc(window.end()), Types.TIMESTAMP_WITH_TIMEZONE);
	}

	private Map<Long, List<Long>> studentsOf(List<Long> entryIds) {
		Map<Long, List<Long>> students = new HashMap<>();
		if (entryIds.isEmpty()) {
			return students;
		}
		this.jdbc.sql("""
				SELECT entry_id, student_id FROM audit_entry_students
				WHERE entry_id IN (:ids) ORDER BY entry_id, student_id""")
			.param("ids", entryIds)
			.query((ResultSet rs) -> {
				students.computeIfAbsent(rs.getLong("entry_id"), (key) -> new ArrayList<>())
					.add(rs.getLong("student_id"));
			});
		return students;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("actor_id"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("report_kind"), rs.getObject("accessed_at", OffsetDateTime.class).toInstant());
	}

	private record Row(long id, long actorId, AuditAction action, String reportKind, Instant at) {

	}

}
