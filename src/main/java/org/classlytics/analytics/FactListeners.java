package org.classlytics.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.classlytics.attendance.AttendanceDeleted;
import org.classlytics.attendance.AttendanceMarked;
import org.classlytics.attendance.AttendanceRecorded;
import org.classlytics.attendance.BehaviorChanged;
import org.classlytics.attendance.BehaviorDeleted;
import org.classlytics.attendance.BehaviorFacts;
import org.classlytics.attendance.BehaviorRecorded;
import org.classlytics.attendance.LessonDeleted;
import org.classlytics.attendance.LessonFacts;
import org.classlytics.attendance.LessonSaved;
import org.classlytics.coursework.AssignmentChanged;
import org.classlytics.coursework.AssignmentCreated;
import org.classlytics.coursework.AssignmentDeleted;
import org.classlytics.coursework.AssignmentFacts;
import org.classlytics.coursework.QuizAttemptDeleted;
import org.classlytics.coursework.QuizAttemptFacts;
import org.classlytics.coursework.QuizAttemptRecorded;
import org.classlytics.coursework.QuizChanged;
import org.classlytics.coursework.QuizDeleted;
import org.classlytics.coursework.SubmissionDeleted;
import org.classlytics.coursework.SubmissionFacts;
import org.classlytics.coursework.SubmissionGraded;
import org.classlytics.coursework.SubmissionSubmitted;
import org.classlytics.messaging.ParentCommunicationDeleted;
import org.classlytics.messaging.ParentCommunicationFacts;
import org.classlytics.messaging.ParentCommunicationRecorded;
import org.classlytics.payments.PaymentChanged;
import org.classlytics.payments.PaymentDeleted;
import org.classlytics.payments.PaymentFacts;
import org.classlytics.payments.PaymentRecorded;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Enrollment;
import org.classlytics.roster.EnrollmentDeleted;
import org.classlytics.roster.EnrollmentSaved;
import org.classlytics.roster.PersonSaved;
import org.classlytics.roster.Roster;
import org.classlytics.roster.SchoolUpdated;
import org.classlytics.roster.TermDeleted;
import org.classlytics.roster.TermSaved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the analytics facts and the derived records in step with the intake events.
 *
 * <p>
 * The listeners are plain synchronous {@code @EventListener}s: they run inside the
 * publisher's transaction, so when an intake request returns, every analytics endpoint
 * already reflects it (read-your-writes), and a failed analytics update rolls the write
 * back instead of leaving the figures behind. An {@code @ApplicationModuleListener} would
 * run after commit in its own transaction and give only eventual consistency.
 *
 * <p>
 * Every write is keyed by the source record: the old row is read, replaced, and both its
 * old and its new (student, week), day and term are rebuilt. Replaying an event writes
 * the same row and rebuilds the same keys, so it changes nothing.
 */
@Component
class FactListeners {

	private final JdbcClient jdbc;

	private final Roster roster;

	private final Rollups rollups;

	FactListeners(JdbcClient jdbc, Roster roster, Rollups rollups) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.rollups = rollups;
	}

	// Graded items and homework

	@EventListener
	void on(SubmissionGraded event) {
		submission(event.submission());
	}

	@EventListener
	void on(SubmissionSubmitted event) {
		submission(event.submission());
	}

	@EventListener
	void on(SubmissionDeleted event) {
		SubmissionFacts s = event.submission();
		Affected affected = new Affected();
		removeItem("A", s.submissionId(), affected);
		homeworkDays(s.assignmentId(), affected);
		this.jdbc
			.sql("UPDATE analytics_homework SET submission_id = NULL, submitted_at = NULL "
					+ "WHERE assignment_id = ? AND student_id = ? AND submission_id = ?")
			.params(s.assignmentId(), s.studentId(), s.submissionId())
			.update();
		apply(affected);
	}

	@EventListener
	void on(AssignmentCreated event) {
		assignment(event.assignment());
	}

	@EventListener
	void on(AssignmentChanged event) {
		assignment(event.assignment());
	}

	@EventListener
	void on(AssignmentDeleted event) {
		long id = event.assignment().assignmentId();
		Affected affected = new Affected();
		removeItemsOf("A", id, affected);
		homeworkDays(id, affected);
		this.jdbc.sql("DELETE FROM analytics_homework WHERE assignment_id = ?").param(id).update();
		assignmentWeek(id, affected);
		this.jdbc.sql("DELETE FROM analytics_assignments WHERE assignment_id = ?").param(id).update();
		apply(affected);
	}

	@EventListener
	void on(QuizAttemptRecorded event) {
		attempt(event.attempt());
	}

	@EventListener
	void on(QuizAttemptDeleted event) {
		Affected affected = new Affected();
		removeItem("Q", event.attempt().attemptId(), affected);
		apply(affected);
	}

	@EventListener
	void on(QuizDeleted event) {
		Affected affected = new Affected();
		removeItemsOf("Q", event.quiz().quizId(), affected);
		apply(affected);
	}

	@EventListener
	void on(QuizChanged event) {
		Affected affected = new Affected();
		rescore("Q", event.quiz().quizId(), event.quiz().maxScore(), affected);
		apply(affected);
	}

	private void submission(SubmissionFacts s) {
		Affected affected = new Affected();
		ZoneId zone = zone(s.schoolId());
		upsertHomework(s.assignmentId(), s.studentId(), s.schoolId(), s.teacherId(), s.subjectId(), s.dueAt(), zone,
				affected);
		this.jdbc
			.sql("UPDATE analytics_homework SET submission_id = ?, submitted_at = ? "
					+ "WHERE assignment_id = ? AND student_id = ?")
			.params(s.submissionId(), Facts.utc(s.submittedAt()), s.assignmentId(), s.studentId())
			.update();
		if (s.graded()) {
			putItem("A", s.submissionId(), s.assignmentId(), s.schoolId(), s.studentId(), s.teacherId(), s.subjectId(),
					s.score(), s.maxScore(), s.gradedAt(), zone, affected);
		}
		else {
			removeItem("A", s.submissionId(), affected);
		}
		apply(affected);
	}

	private void attempt(QuizAttemptFacts a) {
		Affected affected = new Affected();
		if (a.counts()) {
			putItem("Q", a.attemptId(), a.quizId(), a.schoolId(), a.studentId(), a.teacherId(), a.subjectId(),
					a.finalScore(), a.maxScore(), a.completedAt(), zone(a.schoolId()), affected);
		}
		else {
			removeItem("Q", a.attemptId(), affected);
		}
		apply(affected);
	}

	private void assignment(AssignmentFacts a) {
		Affected affected = new Affected();
		ZoneId zone = zone(a.schoolId());
		assignmentWeek(a.assignmentId(), affected);
		this.jdbc.sql("DELETE FROM analytics_assignments WHERE assignment_id = ?").param(a.assignmentId()).update();
		LocalDate createdWeek = LocalWeek.of(a.createdAt(), zone).weekStart();
		this.jdbc
			.sql("INSERT INTO analytics_assignments (assignment_id, school_id, teacher_id, created_at, week_start) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(a.assignmentId(), a.schoolId(), a.teacherId(), Facts.utc(a.createdAt()), createdWeek)
			.update();
		affected.teacherWeeks.add(Map.entry(a.teacherId(), createdWeek));
		homeworkDays(a.assignmentId(), affected);
		List<Long> before = this.jdbc.sql("SELECT student_id FROM analytics_homework WHERE assignment_id = ?")
			.param(a.assignmentId())
			.query(Long.class)
			.list();
		for (Long student : before) {
			if (!a.studentIds().contains(student)) {
				this.jdbc.sql("DELETE FROM analytics_homework WHERE assignment_id = ? AND student_id = ?")
					.params(a.assignmentId(), student)
					.update();
			}
		}
		for (Long student : a.studentIds()) {
			upsertHomework(a.assignmentId(), student, a.schoolId(), a.teacherId(), a.subjectId(), a.dueAt(), zone,
					affected);
		}
		rescore("A", a.assignmentId(), a.maxScore(), affected);
		apply(affected);
	}

	private void upsertHomework(long assignmentId, long studentId, long schoolId, long teacherId, long subjectId,
			Instant dueAt, ZoneId zone, Affected affected) {
		LocalDate dueDate = Facts.localDate(dueAt, zone);
		int updated = this.jdbc
			.sql("UPDATE analytics_homework SET school_id = ?, teacher_id = ?, subject_id = ?, "
					+ "due_at = ?, due_date = ? WHERE assignment_id = ? AND student_id = ?")
			.params(schoolId, teacherId, subjectId, Facts.utc(dueAt), dueDate, assignmentId, studentId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO analytics_homework (assignment_id, student_id, school_id, teacher_id, "
						+ "subject_id, due_at, due_date) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(assignmentId, studentId, schoolId, teacherId, subjectId, Facts.utc(dueAt), dueDate)
				.update();
		}
		affected.days.add(Map.entry(studentId, dueDate));
	}

	private void homeworkDays(long assignmentId, Affected affected) {
		this.jdbc.sql("SELECT student_id, due_date FROM analytics_homework WHERE assignment_id = ?")
			.param(assignmentId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.forEach(affected.days::add);
	}

	private void assignmentWeek(long assignmentId, Affected affected) {
		this.jdbc.sql("SELECT teacher_id, week_start FROM analytics_assignments WHERE assignment_id = ?")
			.param(assignmentId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.forEach(affected.teacherWeeks::add);
	}

	private void putItem(String kind, long sourceId, long parentId, long schoolId, long studentId, long teacherId,
			long subjectId, BigDecimal score, BigDecimal maxScore, Instant at, ZoneId zone, Affected affected) {
		removeItem(kind, sourceId, affected);
		LocalDate day = Facts.localDate(at, zone);
		LocalDate week = LocalWeek.of(day).weekStart();
		this.jdbc.sql("""
				INSERT INTO analytics_items (kind, source_id, parent_id, school_id, student_id, teacher_id, subject_id,
				  score, max_score, percentage, occurred_at, local_date, week_start)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(kind, sourceId, parentId, schoolId, studentId, teacherId, subjectId, score, maxScore,
					Facts.percentage(score, maxScore), Facts.utc(at), day, week)
			.update();
		affected.weeks.add(Map.entry(studentId, week));
		affected.terms.add(studentId);
	}

	private void removeItem(String kind, long sourceId, Affected affected) {
		itemKeys("kind = ? AND source_id = ?", affected, kind, sourceId);
		this.jdbc.sql("DELETE FROM analytics_items WHERE kind = ? AND source_id = ?").params(kind, sourceId).update();
	}

	private void removeItemsOf(String kind, long parentId, Affected affected) {
		itemKeys("kind = ? AND parent_id = ?", affected, kind, parentId);
		this.jdbc.sql("DELETE FROM analytics_items WHERE kind = ? AND parent_id = ?").params(kind, parentId).update();
	}

	/**
	 * A changed maximum score changes the percentage of every graded item of the parent.
	 */
	private void rescore(String kind, long parentId, BigDecimal maxScore, Affected affected) {
		List<Map.Entry<Long, BigDecimal>> items = this.jdbc
			.sql("SELECT source_id, score FROM analytics_items WHERE kind = ? AND parent_id = ? AND max_score <> ?")
			.params(kind, parentId, maxScore)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		if (items.isEmpty()) {
			return;
		}
		itemKeys("kind = ? AND parent_id = ?", affected, kind, parentId);
		for (Map.Entry<Long, BigDecimal> item : items) {
			this.jdbc.sql("UPDATE analytics_items SET max_score = ?, percentage = ? WHERE kind = ? AND source_id = ?")
				.params(maxScore, Facts.percentage(item.getValue(), maxScore), kind, item.getKey())
				.update();
		}
	}

	private void itemKeys(String where, Affected affected, Object... params) {
		this.jdbc.sql("SELECT student_id, week_start FROM analytics_items WHERE " + where)
			.params(params)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.forEach((key) -> {
				affected.weeks.add(key);
				affected.terms.add(key.getKey());
			});
	}

	// Attendance, behaviour, lessons, parent communications, payments

	/**
	 * Several students' days at once: every lock their days' rebuilds take (classes, then
	 * teachers, each ascending) is taken here first, so the days that follow wait for
	 * nothing more, and two such requests queue instead of deadlocking.
	 */
	@EventListener
	void on(AttendanceMarked event) {
		this.rollups.lockForAttendanceOf(event.studentIds());
	}

	@EventListener
	void on(AttendanceRecorded event) {
		Affected affected = new Affected();
		removeAttendance(event.attendanceId(), event.studentId(), event.date(), affected);
		this.jdbc
			.sql("INSERT INTO analytics_attendance (student_id, on_date, attendance_id, school_id, status, "
					+ "week_start) VALUES (?, ?, ?, ?, ?, ?)")
			.params(event.studentId(), event.date(), event.attendanceId(), event.schoolId(), event.status().name(),
					LocalWeek.of(event.date()).weekStart())
			.update();
		attendanceKeys(event.studentId(), event.date(), affected);
		apply(affected);
	}

	@EventListener
	void on(AttendanceDeleted event) {
		Affected affected = new Affected();
		removeAttendance(event.attendanceId(), event.studentId(), event.date(), affected);
		apply(affected);
	}

	private void removeAttendance(long attendanceId, long studentId, LocalDate date, Affected affected) {
		this.jdbc.sql("SELECT student_id, on_date FROM analytics_attendance WHERE attendance_id = ?")
			.param(attendanceId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.forEach((key) -> attendanceKeys(key.getKey(), key.getValue(), affected));
		this.jdbc.sql("DELETE FROM analytics_attendance WHERE attendance_id = ? OR (student_id = ? AND on_date = ?)")
			.params(attendanceId, studentId, date)
			.update();
		attendanceKeys(studentId, date, affected);
	}

	private void attendanceKeys(long studentId, LocalDate date, Affected affected) {
		affected.days.add(Map.entry(studentId, date));
		affected.terms.add(studentId);
		affected.attendanceWeeks.add(Map.entry(studentId, date));
	}

	@EventListener
	void on(BehaviorRecorded event) {
		behavior(event.entry().entryId(), event.entry());
	}

	@EventListener
	void on(BehaviorChanged event) {
		behavior(event.entry().entryId(), event.entry());
	}

	@EventListener
	void on(BehaviorDeleted event) {
		behavior(event.entry().entryId(), null);
	}

	private void behavior(long entryId, BehaviorFacts entry) {
		Affected affected = new Affected();
		this.jdbc.sql("SELECT student_id, on_date FROM analytics_behavior WHERE entry_id = ?")
			.param(entryId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.forEach(affected.days::add);
		this.jdbc.sql("DELETE FROM analytics_behavior WHERE entry_id = ?").param(entryId).update();
		if (entry != null) {
			this.jdbc
				.sql("INSERT INTO analytics_behavior (entry_id, school_id, student_id, on_date, score, "
						+ "recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(entryId, entry.schoolId(), entry.studentId(), entry.date(), entry.score(),
						Facts.utc(entry.recordedAt()))
				.update();
			affected.days.add(Map.entry(entry.studentId(), entry.date()));
		}
		apply(affected);
	}

	@EventListener
	void on(LessonSaved event) {
		lesson(event.lesson().lessonId(), event.lesson());
	}

	@EventListener
	void on(LessonDeleted event) {
		lesson(event.lesson().lessonId(), null);
	}

	private void lesson(long lessonId, LessonFacts lesson) {
		Affected affected = new Affected();
		teacherKeys("analytics_lessons", "lesson_id", lessonId, affected);
		this.jdbc.sql("DELETE FROM analytics_lessons WHERE lesson_id = ?").param(lessonId).update();
		if (lesson != null) {
			LocalDate week = LocalWeek.of(lesson.startsAt(), zone(lesson.schoolId())).weekStart();
			this.jdbc
				.sql("INSERT INTO analytics_lessons (lesson_id, school_id, teacher_id, starts_at, week_start, "
						+ "held) VALUES (?, ?, ?, ?, ?, ?)")
				.params(lessonId, lesson.schoolId(), lesson.teacherId(), Facts.utc(lesson.startsAt()), week,
						lesson.held())
				.update();
			affected.teacherWeeks.add(Map.entry(lesson.teacherId(), week));
		}
		apply(affected);
	}

	@EventListener
	void on(ParentCommunicationRecorded event) {
		communication(event.communication().communicationId(), event.communication());
	}

	@EventListener
	void on(ParentCommunicationDeleted event) {
		communication(event.communication().communicationId(), null);
	}

	private void communication(long id, ParentCommunicationFacts c) {
		Affected affected = new Affected();
		teacherKeys("analytics_parent_communications", "communication_id", id, affected);
		this.jdbc.sql("DELETE FROM analytics_parent_communications WHERE communication_id = ?").param(id).update();
		if (c != null) {
			LocalDate week = LocalWeek.of(c.sentAt(), zone(c.schoolId())).weekStart();
			this.jdbc
				.sql("INSERT INTO analytics_parent_communications (communication_id, school_id, teacher_id, "
						+ "student_id, sent_at, week_start) VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, c.schoolId(), c.teacherId(), c.studentId(), Facts.utc(c.sentAt()), week)
				.update();
			affected.teacherWeeks.add(Map.entry(c.teacherId(), week));
		}
		apply(affected);
	}

	private void teacherKeys(String table, String idColumn, long id, Affected affected) {
		this.jdbc.sql("SELECT teacher_id, week_start FROM " + table + " WHERE " + idColumn + " = ?")
			.param(id)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.forEach(affected.teacherWeeks::add);
	}

	@EventListener
	void on(PaymentRecorded event) {
		payment(event.payment().paymentId(), event.payment());
	}

	@EventListener
	void on(PaymentChanged event) {
		payment(event.payment().paymentId(), event.payment());
	}

	@EventListener
	void on(PaymentDeleted event) {
		payment(event.payment().paymentId(), null);
	}

	private void payment(long id, PaymentFacts p) {
		this.jdbc.sql("DELETE FROM analytics_payments WHERE payment_id = ?").param(id).update();
		if (p != null) {
			this.jdbc
				.sql("INSERT INTO analytics_payments (payment_id, school_id, student_id, amount, currency, "
						+ "paid_at, local_date) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(id, p.schoolId(), p.studentId(), p.amount(), p.currency().getCurrencyCode(),
						Facts.utc(p.paidAt()), Facts.localDate(p.paidAt(), zone(p.schoolId())))
				.update();
		}
	}

	// Roster

	@EventListener
	void on(PersonSaved event) {
		this.jdbc.sql("DELETE FROM analytics_people WHERE user_id = ?").param(event.userId()).update();
		this.jdbc
			.sql("INSERT INTO analytics_people (user_id, school_id, role, active, class_section_id) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(event.userId(), event.schoolId(), event.role().name(), event.active(), event.classSectionId())
			.update();
		if (!event.created() && event.classChanged()) {
			this.rollups.studentTerms(event.userId(), event.previousClassSectionId());
		}
	}

	@EventListener
	void on(EnrollmentSaved event) {
		Long previousTeacher = (event.previous() != null
				&& event.previous().teacherId() != event.enrollment().teacherId()) ? event.previous().teacherId()
						: null;
		enrollment(event.enrollment(), false, previousTeacher);
	}

	@EventListener
	void on(EnrollmentDeleted event) {
		enrollment(event.enrollment(), true, null);
	}

	/**
	 * @param previousTeacher the teacher the enrollment moved from, whose weeks lose the
	 * student's attendance, or null
	 */
	private void enrollment(Enrollment e, boolean deleted, Long previousTeacher) {
		this.jdbc.sql("DELETE FROM analytics_enrollments WHERE enrollment_id = ?").param(e.id()).update();
		if (!deleted) {
			this.jdbc
				.sql("INSERT INTO analytics_enrollments (enrollment_id, school_id, student_id, teacher_id, "
						+ "subject_id, start_date, end_date, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(e.id(), e.schoolId(), e.studentId(), e.teacherId(), e.subjectId(), e.startDate(), e.endDate(),
						e.active())
				.update();
		}
		this.rollups.studentTerms(e.studentId());
		SortedSet<Long> teachers = new TreeSet<>();
		if (hasAttendance(e.studentId())) {
			teachers.add(e.teacherId());
		}
		if (previousTeacher != null) {
			teachers.add(previousTeacher);
		}
		this.rollups.teacherWeeks(teachers);
	}

	private boolean hasAttendance(long studentId) {
		return !this.jdbc.sql("SELECT 1 FROM analytics_attendance WHERE student_id = ? LIMIT 1")
			.param(studentId)
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	@EventListener
	void on(TermSaved event) {
		this.jdbc.sql("DELETE FROM analytics_terms WHERE term_id = ?").param(event.termId()).update();
		this.jdbc.sql("INSERT INTO analytics_terms (term_id, school_id, start_date, end_date) VALUES (?, ?, ?, ?)")
			.params(event.termId(), event.schoolId(), event.startDate(), event.endDate())
			.update();
		this.rollups.terms(Scope.term(event.termId()));
	}

	@EventListener
	void on(TermDeleted event) {
		this.jdbc.sql("DELETE FROM analytics_terms WHERE term_id = ?").param(event.termId()).update();
		this.jdbc.sql("DELETE FROM analytics_student_terms WHERE term_id = ?").param(event.termId()).update();
	}

	/**
	 * A new zone moves every instant-based fact of the school to another local day and
	 * week: the facts are re-bucketed in Java, then every derived record of the school is
	 * rebuilt.
	 */
	@EventListener
	void on(SchoolUpdated event) {
		if (!event.timeZoneChanged()) {
			return;
		}
		ZoneId zone = event.timeZone();
		long school = event.schoolId();
		rebucket("analytics_items", "kind = ? AND source_id = ?", "occurred_at", school, zone, true, "kind",
				"source_id");
		rebucket("analytics_lessons", "lesson_id = ?", "starts_at", school, zone, false, "lesson_id");
		rebucket("analytics_parent_communications", "communication_id = ?", "sent_at", school, zone, false,
				"communication_id");
		rebucket("analytics_assignments", "assignment_id = ?", "created_at", school, zone, false, "assignment_id");
		this.jdbc.sql("SELECT assignment_id, student_id, due_at FROM analytics_homework WHERE school_id = ?")
			.param(school)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
			.list()
			.forEach((row) -> this.jdbc
				.sql("UPDATE analytics_homework SET due_date = ? WHERE assignment_id = ? AND student_id = ?")
				.params(Facts.localDate(((OffsetDateTime) row.get(2)).toInstant(), zone), row.get(0), row.get(1))
				.update());
		this.jdbc.sql("SELECT payment_id, paid_at FROM analytics_payments WHERE school_id = ?")
			.param(school)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
			.list()
			.forEach((row) -> this.jdbc.sql("UPDATE analytics_payments SET local_date = ? WHERE payment_id = ?")
				.params(Facts.localDate(row.getValue().toInstant(), zone), row.getKey())
				.update());
		Scope scope = Scope.school(school);
		for (DerivedTable table : Rollups.ALL) {
			if (table == Rollups.TEACHER_WEEKS) {
				this.rollups.lockTeachersOfSchool(school);
			}
			table.apply(this.jdbc, scope);
		}
		this.rollups.rankAll();
	}

	private void rebucket(String table, String keyWhere, String instantColumn, long school, ZoneId zone,
			boolean withDate, String... keyColumns) {
		String keys = String.join(", ", keyColumns);
		String set = withDate ? "local_date = ?, week_start = ?" : "week_start = ?";
		this.jdbc.sql("SELECT " + keys + ", " + instantColumn + " FROM " + table + " WHERE school_id = ?")
			.param(school)
			.query((rs, n) -> {
				Object[] row = new Object[keyColumns.length + 1];
				for (int i = 0; i < keyColumns.length; i++) {
					row[i] = rs.getObject(i + 1);
				}
				row[keyColumns.length] = rs.getObject(keyColumns.length + 1, OffsetDateTime.class);
				return row;
			})
			.list()
			.forEach((row) -> {
				LocalDate day = Facts.localDate(((OffsetDateTime) row[keyColumns.length]).toInstant(), zone);
				LocalDate week = LocalWeek.of(day).weekStart();
				Object[] params = new Object[keyColumns.length + (withDate ? 2 : 1)];
				int i = 0;
				if (withDate) {
					params[i++] = day;
				}
				params[i++] = week;
				System.arraycopy(row, 0, params, i, keyColumns.length);
				this.jdbc.sql("UPDATE " + table + " SET " + set + " WHERE " + keyWhere).params(params).update();
			});
	}

	private ZoneId zone(long schoolId) {
		return this.roster.zoneOf(schoolId);
	}

	private void apply(Affected affected) {
		Set<Long> students = new HashSet<>(affected.terms);
		affected.weeks.forEach((key) -> students.add(key.getKey()));
		affected.days.forEach((key) -> students.add(key.getKey()));
		affected.attendanceWeeks.forEach((key) -> students.add(key.getKey()));
		this.rollups.lockClassesOf(students);
		affected.weeks.forEach((key) -> this.rollups.studentWeek(key.getKey(), key.getValue()));
		affected.days.forEach((key) -> this.rollups.studentDay(key.getKey(), key.getValue()));
		this.rollups.studentTerms(affected.terms);
		this.rollups.teacherWeeks(affected.teacherWeeks, affected.attendanceWeeks);
	}

	/**
	 * The derived keys one event touches, each rebuilt once.
	 */
	private static final class Affected {

		final Set<Map.Entry<Long, LocalDate>> weeks = new HashSet<>();

		final Set<Map.Entry<Long, LocalDate>> days = new HashSet<>();

		final Set<Long> terms = new HashSet<>();

		final Set<Map.Entry<Long, LocalDate>> teacherWeeks = new HashSet<>();

		final Set<Map.Entry<Long, LocalDate>> attendanceWeeks = new HashSet<>();

	}

}
