package org.classlytics.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.classlytics.attendance.AttendanceMark.DayKey;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records sets of attendance with set-based SQL: one query for the days' previous
 * statuses, one MERGE that inserts or replaces every row, one query to read them back.
 */
@Component
class AttendanceRegister {

	static final String COLUMNS = "id, school_id, student_id, on_date, status, note, recorded_by, recorded_at";

	private static final String VALUES_ROW = "(CAST(:student%1$d AS BIGINT), CAST(:date%1$d AS DATE), "
			+ "CAST(:status%1$d AS VARCHAR(10)), CAST(:note%1$d AS VARCHAR(1000)), CAST(:by%1$d AS BIGINT))";

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	AttendanceRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Inserts or replaces one row per mark; the marks name distinct days and carry their
	 * recorder. Returns the rows in the order of the marks, each with the status its day
	 * had before (null for a new day).
	 * <p>
	 * Two transactions creating the same new day at once both find no row to lock; the
	 * later insert waits for the earlier transaction and then fails on the day's key. By
	 * then that row is committed, so the write is rolled back to its savepoint and done
	 * once more, which now reads and replaces the row: the API upserts per (student,
	 * date) under concurrency too, instead of answering 409.
	 */
	List<Written> record(long schoolId, List<AttendanceMark> marks, Instant now) {
		try {
			return this.savepoint.execute((status) -> write(schoolId, marks, now));
		}
		catch (DuplicateKeyException concurrentCreate) {
			return this.savepoint.execute((status) -> write(schoolId, marks, now));
		}
	}

	private List<Written> write(long schoolId, List<AttendanceMark> marks, Instant now) {
		List<Long> students = marks.stream().map(AttendanceMark::studentId).distinct().toList();
		List<LocalDate> dates = marks.stream().map(AttendanceMark::date).distinct().toList();
		// Locks the days that exist, so that a concurrent write cannot change a status
		// between reading it as "previous" and replacing it.
		Map<DayKey, AttendanceStatus> previous = this.jdbc.sql("""
				SELECT student_id, on_date, status FROM attendance_records
				WHERE student_id IN (:students) AND on_date IN (:dates) FOR UPDATE""")
			.param("students", students)
			.param("dates", dates)
			.query((rs, n) -> Map.entry(new DayKey(rs.getLong("student_id"), rs.getObject("on_date", LocalDate.class)),
					AttendanceStatus.valueOf(rs.getString("status"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		merge(schoolId, marks, now);
		Map<DayKey, AttendanceRecord> written = this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM attendance_records WHERE student_id IN (:students) AND on_date IN (:dates)")
			.param("students", students)
			.param("dates", dates)
			.query(AttendanceRegister::row)
			.list()
			.stream()
			.collect(Collectors.toMap((row) -> new DayKey(row.studentId(), row.date()), Function.identity()));
		return marks.stream().map((mark) -> new Written(written.get(mark.day()), previous.get(mark.day()))).toList();
	}

	private void merge(long schoolId, List<AttendanceMark> marks, Instant now) {
		String values = IntStream.range(0, marks.size())
			.mapToObj((i) -> VALUES_ROW.formatted(i))
			.collect(Collectors.joining(", "));
		JdbcClient.StatementSpec merge = this.jdbc
			.sql("""
					MERGE INTO attendance_records a
					USING (VALUES %s) AS m (student_id, on_date, status, note, recorded_by)
					ON a.student_id = m.student_id AND a.on_date = m.on_date
					WHEN MATCHED THEN UPDATE SET status = m.status, note = m.note, recorded_by = m.recorded_by,
					    recorded_at = :now
					WHEN NOT MATCHED THEN INSERT (school_id, student_id, on_date, status, note, recorded_by, recorded_at)
					    VALUES (:school, m.student_id, m.on_date, m.status, m.note, m.recorded_by, :now)"""
				.formatted(values))
			.param("school", schoolId)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		for (int i = 0; i < marks.size(); i++) {
			AttendanceMark mark = marks.get(i);
			merge = merge.param("student" + i, mark.studentId())
				.param("date" + i, mark.date())
				.param("status" + i, mark.status().name())
				.param("note" + i, mark.note())
				.param("by" + i, mark.recordedBy());
		}
		merge.update();
	}

	static AttendanceRecord row(ResultSet rs, int n) throws SQLException {
		return new AttendanceRecord(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("student_id"),
				rs.getObject("on_date", LocalDate.class), AttendanceStatus.valueOf(rs.getString("status")),
				rs.getString("note"), rs.getLong("recorded_by"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * A row as written, with the status its day had before.
	 */
	record Written(AttendanceRecord record, AttendanceStatus previous) {

	}

}
