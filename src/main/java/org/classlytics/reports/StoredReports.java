package org.classlytics.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.StudentScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of stored teacher weekly reports, read and written with plain SQL.
 */
@Component
class StoredReports {

	private static final String SELECT = """
			SELECT r.id, r.school_id, r.teacher_id, t.first_name AS t_first, t.last_name AS t_last, r.student_id,
			       s.first_name AS s_first, s.last_name AS s_last, r.subject_id, j.name AS subject_name, r.tutor_id,
			       r.week_start, r.week_end, r.title, r.summary, r.academic_progress, r.performance_notes,
			       r.achievements, r.concerns, r.recommendations, r.assignments_completed, r.assignments_total,
			       r.average_score, r.attendance_percentage, r.status, r.sent_at, r.created_at, r.updated_at
			FROM teacher_weekly_reports r
			JOIN users t ON t.id = r.teacher_id
			JOIN users s ON s.id = r.student_id
			JOIN subjects j ON j.id = r.subject_id""";

	private final JdbcClient jdbc;

	StoredReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A report to write: the key (teacher, student, subject, week) and its content.
	 */
	record Draft(long schoolId, long teacherId, long studentId, long subjectId, Long tutorId, LocalDate weekStart,
			LocalDate weekEnd, String title, String summary, String academicProgress, ReportTexts texts,
			int assignmentsCompleted, int assignmentsTotal, java.math.BigDecimal averageScore,
			java.math.BigDecimal attendancePercentage) {

	}

	/**
	 * Inserts the drafts that are new and refreshes those stored as DRAFT; SENT reports
	 * are left alone. Returns the ids of the reports written, in the order of the drafts.
	 */
	List<Long> save(long teacherId, LocalDate weekStart, List<Draft> drafts, Instant now) {
		java.util.Map<String, long[]> existing = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT id, student_id, subject_id, status FROM teacher_weekly_reports
				WHERE teacher_id = ? AND week_start = ?""").params(teacherId, weekStart).query((rs) -> {
			existing.put(rs.getLong("student_id") + ":" + rs.getLong("subject_id"),
					new long[] { rs.getLong("id"), "SENT".equals(rs.getString("status")) ? 1 : 0 });
		});
		List<Long> written = new ArrayList<>();
		for (Draft draft : drafts) {
			long[] stored = existing.get(draft.studentId() + ":" + draft.subjectId());
			if (stored == null) {
				written.add(insert(draft, now));
			}
			else if (stored[1] == 0) {
				update(stored[0], draft, now);
				written.add(stored[0]);
			}
		}
		return written;
	}

	private long insert(Draft d, Instant now) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO teacher_weekly_reports (school_id, teacher_id, student_id, subject_id, tutor_id, week_start,
				    week_end, title, summary, academic_progress, performance_notes, achievements, concerns,
				    recommendations, assignments_completed, assignments_total, average_score, attendance_percentage,
				    status, created_at, updated_at)
				VALUES (:school, :teacher, :student, :subject, :tutor, :weekStart, :weekEnd, :title, :summary,
				    :progress, :notes, :achievements, :concerns, :recommendations, :completed, :total, :average,
				    :attendance, 'DRAFT', :now, :now)""")
			.param("school", d.schoolId())
			.param("teacher", d.teacherId())
			.param("student", d.studentId())
			.param("subject", d.subjectId())
			.param("tutor", d.tutorId())
			.param("weekStart", d.weekStart())
			.param("weekEnd", d.weekEnd())
			.params(content(d))
			.param("now", timestamp(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private void update(long id, Draft d, Instant now) {
		this.jdbc.sql("""
				UPDATE teacher_weekly_reports SET tutor_id = :tutor, title = :title, summary = :summary,
				    academic_progress = :progress, performance_notes = :notes, achievements = :achievements,
				    concerns = :concerns, recommendations = :recommendations, assignments_completed = :completed,
				    assignments_total = :total, average_score = :average, attendance_percentage = :attendance,
				    updated_at = :now
				WHERE id = :id AND status = 'DRAFT'""")
			.param("id", id)
			.param("tutor", d.tutorId())
			.params(content(d))
			.param("now", timestamp(now))
			.update();
	}

	private static java.util.Map<String, Object> content(Draft d) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("title", d.title());
		values.put("summary", d.summary());
		values.put("progress", d.academicProgress());
		values.put("notes", d.texts().performanceNotes());
		values.put("achievements", d.texts().achievements());
		values.put("concerns", d.texts().concerns());
		values.put("recommendations", d.texts().recommendations());
		values.put("completed", d.assignmentsCompleted());
		values.put("total", d.assignmentsTotal());
		values.put("average", d.averageScore());
		values.put("attendance", d.attendancePercentage());
		return values;
	}

	List<StoredReport> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<StoredReport> reports = this.jdbc.sql(SELECT + " WHERE r.id IN (:ids)")
			.param("ids", List.copyOf(ids))
			.query(StoredReports::report)
			.list();
		List<Long> order = List.copyOf(ids);
		return reports.stream().sorted(java.util.Comparator.comparingInt((r) -> order.indexOf(r.id()))).toList();
	}

	Optional<Located> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE r.id = ?")
			.param(id)
			.query((rs, n) -> new Located(rs.getLong("school_id"), report(rs, n)))
			.optional();
	}

	/**
	 * A report with the school it belongs to.
	 */
	record Located(long schoolId, StoredReport report) {

	}

	/**
	 * The reports the scope may see (its students', plus the teacher's own), newest week
	 * first.
	 */
	Paged<StoredReport> list(StudentScope scope, Long teacherId, LocalDate weekStart, StoredReport.Status status,
			PageQuery page) {
		if (scope.isEmpty() && teacherId == null) {
			return new Paged<>(0, List.of());
		}
		String visible = scope.wholeSchool() ? "r.school_id = :school"
				: "r.school_id = :school AND (r.student_id IN (:students) OR r.teacher_id = :teacher)";
		String where = " WHERE " + visible + " " + """
				AND (CAST(:weekStart AS DATE) IS NULL OR r.week_start = :weekStart)
				AND (CAST(:status AS VARCHAR(10)) IS NULL OR r.status = :status)""";
		List<Long> students = scope.studentIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.studentIds());
		long count = this.jdbc.sql("SELECT COUNT(*) FROM teacher_weekly_reports r" + where)
			.param("school", scope.schoolId())
			.param("students", students)
			.param("teacher", (teacherId != null) ? teacherId : -1L)
			.param("weekStart", weekStart)
			.param("status", (status != null) ? status.name() : null)
			.query(Long.class)
			.single();
		List<StoredReport> results = this.jdbc
			.sql(SELECT + where
					+ " ORDER BY r.week_start DESC, s.last_name, s.first_name, r.id LIMIT :limit OFFSET :offset")
			.param("school", scope.schoolId())
			.param("students", students)
			.param("teacher", (teacherId != null) ? teacherId : -1L)
			.param("weekStart", weekStart)
			.param("status", (status != null) ? status.name() : null)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(StoredReports::report)
			.list();
		return new Paged<>(count, results);
	}

	/**
	 * The DRAFT reports of a school's week, in id order, with the teacher who wrote each.
	 */
	List<Draftee> drafts(long schoolId, LocalDate weekStart) {
		return this.jdbc.sql("""
				SELECT id, teacher_id FROM teacher_weekly_reports
				WHERE school_id = :school AND week_start = :weekStart AND status = 'DRAFT' ORDER BY id""")
			.param("school", schoolId)
			.param("weekStart", weekStart)
			.query((rs, n) -> new Draftee(rs.getLong("id"), rs.getLong("teacher_id")))
			.list();
	}

	/**
	 * A DRAFT report and its teacher.
	 */
	record Draftee(long reportId, long teacherId) {

	}

	/**
	 * Marks a DRAFT report SENT; false when it was no longer a draft.
	 */
	boolean markSent(long id, Instant sentAt) {
		return this.jdbc.sql("""
				UPDATE teacher_weekly_reports SET status = 'SENT', sent_at = :sent, updated_at = :sent
				WHERE id = :id AND status = 'DRAFT'""").param("id", id).param("sent", timestamp(sentAt)).update() == 1;
	}

	private static StoredReport report(ResultSet rs, int row) throws SQLException {
		long tutor = rs.getLong("tutor_id");
		Long tutorId = rs.wasNull() ? null : tutor;
		return new StoredReport(rs.getLong("id"), rs.getLong("teacher_id"),
				rs.getString("t_first") + " " + rs.getString("t_last"), rs.getLong("student_id"),
				rs.getString("s_first") + " " + rs.getString("s_last"), rs.getLong("subject_id"),
				rs.getString("subject_name"), tutorId, rs.getObject("week_start", LocalDate.class),
				rs.getObject("week_end", LocalDate.class), rs.getString("title"), rs.getString("summary"),
				rs.getString("academic_progress"), rs.getString("performance_notes"), rs.getString("achievements"),
				rs.getString("concerns"), rs.getString("recommendations"), rs.getInt("assignments_completed"),
				rs.getInt("assignments_total"), rs.getBigDecimal("average_score"),
				rs.getBigDecimal("attendance_percentage"), StoredReport.Status.valueOf(rs.getString("status")),
				instant(rs, "sent_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
