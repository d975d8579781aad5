package org.classlytics.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.classlytics.export.ExportFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Schedules and their scope students, kept with plain SQL.
 */
@Repository
class ScheduleStore {

	private static final String COLUMNS = """
			id, school_id, created_by, name, report_type, frequency, day_of_week, day_of_month, weekdays_only,
			time_of_day, time_zone, export_format, scope_subject_id, is_active, created_at, last_generated, last_sent,
			next_run_at""";

	private final JdbcClient jdbc;

	ScheduleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Schedule insert(Schedule schedule) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO report_schedules (school_id, created_by, name, report_type, frequency, day_of_week,
				    day_of_month, weekdays_only, time_of_day, time_zone, export_format, scope_subject_id, is_active,
				    created_at, next_run_at)
				VALUES (:school, :createdBy, :name, :type, :frequency, :dow, :dom, :weekdays, :time, :zone, :format,
				    :subject, :active, :createdAt, :nextRunAt)""")
			.param("school", schedule.schoolId())
			.param("createdBy", schedule.createdBy())
			.params(values(schedule))
			.param("createdAt", utc(schedule.createdAt()))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		saveStudents(id, schedule.scope().studentIds());
		return schedule.withId(id);
	}

	void update(Schedule schedule) {
		this.jdbc.sql("""
				UPDATE report_schedules SET name = :name, report_type = :type, frequency = :frequency,
				    day_of_week = :dow, day_of_month = :dom, weekdays_only = :weekdays, time_of_day = :time,
				    time_zone = :zone, export_format = :format, scope_subject_id = :subject, is_active = :active,
				    next_run_at = :nextRunAt
				WHERE id = :id""").param("id", schedule.id()).params(values(schedule)).update();
		this.jdbc.sql("DELETE FROM report_schedule_students WHERE schedule_id = ?").param(schedule.id()).update();
		saveStudents(schedule.id(), schedule.scope().studentIds());
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM report_schedules WHERE id = ?").param(id).update();
	}

	Optional<Schedule> find(long id) {
		return withStudents(this.jdbc.sql("SELECT " + COLUMNS + " FROM report_schedules WHERE id = ?")
			.param(id)
			.query(ScheduleStore::row)
			.list()).stream().findFirst();
	}

	/**
	 * A school's schedules, or one owner's (ownerId not null), newest first.
	 */
	List<Schedule> list(long schoolId, Long ownerId, int limit, long offset) {
		return withStudents(this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM report_schedules
				WHERE school_id = :school AND (CAST(:owner AS BIGINT) IS NULL OR created_by = :owner)
				ORDER BY id DESC LIMIT :limit OFFSET :offset""")
			.param("school", schoolId)
			.param("owner", ownerId)
			.param("limit", limit)
			.param("offset", offset)
			.query(ScheduleStore::row)
			.list());
	}

	long count(long schoolId, Long ownerId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM report_schedules
				WHERE school_id = :school AND (CAST(:owner AS BIGINT) IS NULL OR created_by = :owner)""")
			.param("school", schoolId)
			.param("owner", ownerId)
			.query(Long.class)
			.single();
	}

	/**
	 * Active schedules whose next unhandled occurrence has come.
	 */
	List<Schedule> due(Instant now, int limit) {
		return withStudents(this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM report_schedules
				WHERE is_active = TRUE AND next_run_at <= :now ORDER BY next_run_at, id LIMIT :limit""")
			.param("now", utc(now))
			.param("limit", limit)
			.query(ScheduleStore::row)
			.list());
	}

	/**
	 * Moves the next occurrence on, only if no one else has: the condition on the old
	 * value makes concurrent dispatchers agree.
	 */
	boolean advance(long id, Instant from, Instant to) {
		return this.jdbc.sql("UPDATE report_schedules SET next_run_at = :to WHERE id = :id AND next_run_at = :from")
			.param("id", id)
			.param("from", utc(from))
			.param("to", utc(to))
			.update() == 1;
	}

	void markGenerated(long id, Instant at) {
		this.jdbc.sql("UPDATE report_schedules SET last_generated = ? WHERE id = ?").params(utc(at), id).update();
	}

	void markSent(long id, Instant at) {
		this.jdbc.sql("UPDATE report_schedules SET last_sent = ? WHERE id = ?").params(utc(at), id).update();
	}

	private void saveStudents(long scheduleId, Set<Long> studentIds) {
		for (Long studentId : studentIds) {
			this.jdbc.sql("INSERT INTO report_schedule_students (schedule_id, student_id) VALUES (?, ?)")
				.params(scheduleId, studentId)
				.update();
		}
	}

	private List<Schedule> withStudents(List<Schedule> schedules) {
		if (schedules.isEmpty()) {
			return schedules;
		}
		Map<Long, Set<Long>> students = new HashMap<>();
		this.jdbc
			.sql("SELECT schedule_id, student_id FROM report_schedule_students WHERE schedule_id IN (:ids) "
					+ "ORDER BY student_id")
			.param("ids", schedules.stream().map(Schedule::id).toList())
			.query((rs) -> {
				students.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>()).add(rs.getLong(2));
			});
		List<Schedule> complete = new ArrayList<>(schedules.size());
		for (Schedule s : schedules) {
			complete.add(new Schedule(s.id(), s.schoolId(), s.createdBy(), s.name(), s.reportType(), s.frequency(),
					s.dayOfWeek(), s.dayOfMonth(), s.weekdaysOnly(), s.time(), s.zone(), s.format(),
					new ReportScope(students.getOrDefault(s.id(), Set.of()), s.scope().subjectId()), s.active(),
					s.createdAt(), s.lastGenerated(), s.lastSent(), s.nextRunAt()));
		}
		return complete;
	}

	private static Map<String, Object> values(Schedule schedule) {
		Map<String, Object> values = new HashMap<>();
		values.put("name", schedule.name());
		values.put("type", schedule.reportType().apiName());
		values.put("frequency", schedule.frequency().apiName());
		values.put("dow", schedule.dayOfWeek());
		values.put("dom", schedule.dayOfMonth());
		values.put("weekdays", schedule.weekdaysOnly());
		values.put("time", Times.format(schedule.time()));
		values.put("zone", schedule.zone().getId());
		values.put("format", schedule.format().extension());
		values.put("subject", schedule.scope().subjectId());
		values.put("active", schedule.active());
		values.put("nextRunAt", utc(schedule.nextRunAt()));
		return values;
	}

	private static Schedule row(ResultSet rs, int rowNum) throws SQLException {
		return new Schedule(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("created_by"), rs.getString("name"),
				ReportType.of(rs.getString("report_type")).orElseThrow(),
				Frequency.of(rs.getString("frequency")).orElseThrow(), (Integer) rs.getObject("day_of_week"),
				(Integer) rs.getObject("day_of_month"), rs.getBoolean("weekdays_only"),
				LocalTime.parse(rs.getString("time_of_day")), ZoneId.of(rs.getString("time_zone")),
				ExportFormat.of(rs.getString("export_format")).orElseThrow(),
				new ReportScope(Set.of(), (Long) rs.getObject("scope_subject_id", Long.class)),
				rs.getBoolean("is_active"), instant(rs, "created_at"), instant(rs, "last_generated"),
				instant(rs, "last_sent"), instant(rs, "next_run_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(java.time.ZoneOffset.UTC) : null;
	}

}
