package org.classlytics.analytics;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classlytics.attendance.Attendance;
import org.classlytics.attendance.AttendanceRecord;
import org.classlytics.attendance.BehaviorFacts;
import org.classlytics.attendance.LessonFacts;
import org.classlytics.coursework.AssignmentFacts;
import org.classlytics.coursework.Coursework;
import org.classlytics.coursework.MaterialTotalsRepair;
import org.classlytics.coursework.QuizAttemptFacts;
import org.classlytics.coursework.SubmissionFacts;
import org.classlytics.messaging.Messaging;
import org.classlytics.messaging.ParentCommunicationFacts;
import org.classlytics.payments.PaymentFacts;
import org.classlytics.payments.Payments;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Enrollment;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.Term;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds analytics from the sources and reports how far the stored records were off.
 *
 * <ol>
 * <li>The facts that come from coursework and attendance (graded items, homework,
 * assignments, attendance, behaviour, lessons) are computed afresh from those modules'
 * facades and reconciled with the stored facts by key.</li>
 * <li>Every derived table is recomputed from the facts with its set-based SELECT,
 * compared row by row with the stored rows, and written with one MERGE per table; rows
 * the rebuild no longer has are deleted.</li>
 * <li>Class ranks are compared with a fresh window ranking and rewritten.</li>
 * </ol>
 * The whole run is one transaction per school; a dry run rolls it back, so it reports the
 * same counts without changing anything. {@code mismatches} counts stored records (facts,
 * derived rows and ranks) that differed from the rebuild: 0 means the incremental path
 * was right.
 */
@Service
public class Recompute {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Coursework coursework;

	private final Attendance attendance;

	private final Roster roster;

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

	private final Rollups rollups;

	private final Messaging messaging;

	private final Payments payments;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Recompute(JdbcClient jdbc, JdbcTemplate template, Coursework coursework, Attendance attendance, Roster roster,
			Rollups rollups, Messaging messaging, Payments payments, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events) {
		this.events = events;
		this.messaging = messaging;
		this.payments = payments;
		this.jdbc = jdbc;
		this.template = template;
		this.coursework = coursework;
		this.attendance = attendance;
		this.roster = roster;
		this.rollups = rollups;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Recomputes one school, or with {@code schoolId} null every school.
	 */
	public Result run(Long schoolId, Request request, PrintStream progress) {
		List<Long> schools = (schoolId != null) ? List.of(schoolId)
				: this.roster.schools().stream().map(org.classlytics.roster.School::id).toList();
		Counts total = new Counts();
		int weeks = 0;
		for (Long school : schools) {
			SchoolRun run = this.transactions.execute((status) -> {
				SchoolRun result = school(school, request);
				if (request.dryRun()) {
					status.setRollbackOnly();
				}
				else if (result.counts().mismatches > 0) {
					// Reports read derived rows the repair changed (material totals, term
					// rows): cached ones must not outlive it.
					this.events.publishEvent(new AnalyticsRepaired(school, result.counts().mismatches));
				}
				return result;
			});
			total.add(run.counts());
			weeks += run.weeksExamined();
			if (progress != null) {
				progress.printf("school %d: %d weeks examined, %d created, %d updated, %d deleted, %d mismatches%n",
						school, run.weeksExamined(), run.counts().created, run.counts().updated, run.counts().deleted,
						run.counts().mismatches);
			}
		}
		return new Result(weeks, total.created, total.updated, total.deleted, total.mismatches);
	}

	/**
	 * Builds the analytics of a school that has none yet (a freshly generated demo
	 * school): the facts are written in batches, then each derived table with one
	 * set-based statement and the school's ranks with one more. Nothing is stored to
	 * compare with, so the recompute's row-by-row comparison of every derived row (and
	 * its second evaluation of each rebuild) is skipped; a later recompute still checks
	 * the result. Joins the caller's transaction.
	 */
	public Result build(long schoolId) {
		return this.transactions.execute((status) -> {
			Counts counts = facts(schoolId, null, this.roster.zoneOf(schoolId));
			analyzeFacts();
			Scope scope = Scope.school(schoolId);
			for (DerivedTable table : Rollups.ALL) {
				table.merge(this.jdbc, scope);
			}
			this.rollups.rankSchool(schoolId);
			int weeks = this.jdbc.sql("SELECT COUNT(*) FROM analytics_student_weeks WHERE school_id = ?")
				.param(schoolId)
				.query(Integer.class)
				.single();
			return new Result(weeks, counts.created, counts.updated, counts.deleted, 0);
		});
	}

	/**
	 * Gives PostgreSQL statistics of the facts just written in this transaction (ANALYZE
	 * counts the transaction's own rows): without them every estimate of the derived
	 * rebuilds is off by orders of magnitude on a server whose autovacuum has not run
	 * yet, and a nested loop over a whole school's rows is quadratic.
	 */
	private void analyzeFacts() {
		String database = this.template
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		if ("PostgreSQL".equals(database)) {
			this.template.execute("ANALYZE " + String.join(", ", FACT_TABLES));
		}
	}

	private static final List<String> FACT_TABLES = List.of("analytics_items", "analytics_homework",
			"analytics_assignments", "analytics_attendance", "analytics_behavior", "analytics_lessons",
			"analytics_people", "analytics_enrollments", "analytics_terms", "analytics_parent_communications",
			"analytics_payments");

	private SchoolRun school(long schoolId, Request request) {
		Counts counts = new Counts();
		ZoneId zone = this.roster.zoneOf(schoolId);
		Long student = request.studentId();
		counts.addAsMismatch(facts(schoolId, student, zone));
		LocalDate from = (request.from() != null) ? LocalWeek.of(request.from()).weekStart() : null;
		Scope weekScope = new Scope(schoolId, student, null, null, from, request.to());
		Scope dayScope = new Scope(schoolId, student, null, null, request.from(), request.to());
		Scope termScope = new Scope(schoolId, student, null, null, null, null);
		int weeksExamined = 0;
		for (DerivedTable table : Rollups.ALL) {
			Scope scope = (table == Rollups.STUDENT_DAYS) ? dayScope
					: (table == Rollups.STUDENT_TERMS) ? termScope : weekScope;
			Map<List<Object>, List<Object>> rebuilt = table.rebuilt(this.jdbc, scope);
			Map<List<Object>, List<Object>> stored = table.stored(this.jdbc, scope);
			if (table == Rollups.STUDENT_WEEKS) {
				Set<List<Object>> keys = new HashSet<>(rebuilt.keySet());
				keys.addAll(stored.keySet());
				weeksExamined = keys.size();
			}
			Counts diff = new Counts();
			rebuilt.forEach((key, row) -> {
				List<Object> before = stored.remove(key);
				if (before == null) {
					diff.created++;
				}
				else if (!before.equals(row)) {
					diff.updated++;
				}
			});
			diff.deleted = stored.size();
			if (diff.created + diff.updated > 0) {
				if (table == Rollups.TEACHER_WEEKS) {
					this.rollups.lockTeachersOfSchool(schoolId);
				}
				table.merge(this.jdbc, scope);
			}
			table.deleteKeys(this.template, List.copyOf(stored.keySet()));
			counts.addAsMismatch(diff);
		}
		// Coursework's own derived rows (material totals) are checked and repaired by
		// coursework in this transaction, so a dry run rolls them back too.
		MaterialTotalsRepair materials = this.coursework.rebuildMaterialTotals(schoolId, student);
		Counts materialDiff = new Counts();
		materialDiff.created = materials.created();
		materialDiff.updated = materials.updated();
		materialDiff.deleted = materials.deleted();
		counts.addAsMismatch(materialDiff);
		int ranks = this.rollups.rankMismatches(Scope.school(schoolId));
		if (ranks > 0) {
			this.rollups.rankAll();
			counts.updated += ranks;
			counts.mismatches += ranks;
		}
		return new SchoolRun(weeksExamined, counts);
	}

	/**
	 * Graded items, homework, assignments, attendance, behaviour and lessons, computed
	 * from the sources.
	 */
	private Counts facts(long schoolId, Long student, ZoneId zone) {
		FactTable items = new FactTable("analytics_items", List.of("kind", "source_id"),
				List.of("parent_id", "school_id", "student_id", "teacher_id", "subject_id", "score", "max_score",
						"percentage", "occurred_at", "local_date", "week_start"));
		FactTable homework = new FactTable("analytics_homework", List.of("assignment_id", "student_id"), List
			.of("school_id", "teacher_id", "subject_id", "due_at", "due_date", "submission_id", "submitted_at"));
		FactTable assignments = new FactTable("analytics_assignments", List.of("assignment_id"),
				List.of("school_id", "teacher_id", "created_at", "week_start"));
		FactTable attendance = new FactTable("analytics_attendance", List.of("student_id", "on_date"),
				List.of("attendance_id", "school_id", "status", "week_start"));
		Map<List<Long>, SubmissionFacts> submissions = new HashMap<>();
		for (SubmissionFacts s : this.coursework.submissionsOfSchool(schoolId)) {
			submissions.put(List.of(s.assignmentId(), s.studentId()), s);
			if (s.graded() && matches(student, s.studentId())) {
				LocalDate day = Facts.localDate(s.gradedAt(), zone);
				items.add("A", s.submissionId(), s.assignmentId(), s.schoolId(), s.studentId(), s.teacherId(),
						s.subjectId(), s.score(), s.maxScore(), Facts.percentage(s.score(), s.maxScore()),
						Facts.utc(s.gradedAt()), day, LocalWeek.of(day).weekStart());
			}
		}
		for (QuizAttemptFacts a : this.coursework.attemptsOfSchool(schoolId)) {
			if (a.counts() && matches(student, a.studentId())) {
				LocalDate day = Facts.localDate(a.completedAt(), zone);
				items.add("Q", a.attemptId(), a.quizId(), a.schoolId(), a.studentId(), a.teacherId(), a.subjectId(),
						a.finalScore(), a.maxScore(), Facts.percentage(a.finalScore(), a.maxScore()),
						Facts.utc(a.completedAt()), day, LocalWeek.of(day).weekStart());
			}
		}
		for (AssignmentFacts a : this.coursework.assignmentsOfSchool(schoolId)) {
			assignments.add(a.assignmentId(), a.schoolId(), a.teacherId(), Facts.utc(a.createdAt()),
					LocalWeek.of(a.createdAt(), zone).weekStart());
			for (Long assigned : a.studentIds()) {
				if (matches(student, assigned)) {
					SubmissionFacts s = submissions.get(List.of(a.assignmentId(), assigned));
					homework.add(a.assignmentId(), assigned, a.schoolId(), a.teacherId(), a.subjectId(),
							Facts.utc(a.dueAt()), Facts.localDate(a.dueAt(), zone),
							(s != null) ? s.submissionId() : null, (s != null) ? Facts.utc(s.submittedAt()) : null);
				}
			}
		}
		for (AttendanceRecord r : this.attendance.recordsOfSchool(schoolId)) {
			if (matches(student, r.studentId())) {
				attendance.add(r.studentId(), r.date(), r.id(), r.schoolId(), r.status().name(),
						LocalWeek.of(r.date()).weekStart());
			}
		}
		FactTable behavior = new FactTable("analytics_behavior", List.of("entry_id"),
				List.of("school_id", "student_id", "on_date", "score", "recorded_at"));
		for (BehaviorFacts b : this.attendance.behaviorOfSchool(schoolId)) {
			if (matches(student, b.studentId())) {
				behavior.add(b.entryId(), b.schoolId(), b.studentId(), b.date(), b.score(), Facts.utc(b.recordedAt()));
			}
		}
		FactTable lessons = new FactTable("analytics_lessons", List.of("lesson_id"),
				List.of("school_id", "teacher_id", "starts_at", "week_start", "held"));
		for (LessonFacts l : this.attendance.lessonsOfSchool(schoolId)) {
			lessons.add(l.lessonId(), l.schoolId(), l.teacherId(), Facts.utc(l.startsAt()),
					LocalWeek.of(l.startsAt(), zone).weekStart(), l.held());
		}
		Counts counts = new Counts();
		if (student == null) {
			counts.add(roster(schoolId, zone));
		}
		counts.add(items.reconcile(this.jdbc, this.template, schoolId, student));
		counts.add(behavior.reconcile(this.jdbc, this.template, schoolId, student));
		counts.add(homework.reconcile(this.jdbc, this.template, schoolId, student));
		if (student == null) {
			counts.add(assignments.reconcile(this.jdbc, this.template, schoolId, null));
			counts.add(lessons.reconcile(this.jdbc, this.template, schoolId, null));
		}
		counts.add(attendance.reconcile(this.jdbc, this.template, schoolId, student));
		return counts;
	}

	/**
	 * People, enrollments, terms, parent communications and payments: the facts that come
	 * from the roster, messaging and payments, for a whole school.
	 */
	private Counts roster(long schoolId, ZoneId zone) {
		FactTable people = new FactTable("analytics_people", List.of("user_id"),
				List.of("school_id", "role", "active", "class_section_id"));
		List<Person> everyone = this.roster.peopleOfSchool(schoolId);
		for (Person p : everyone) {
			people.add(p.id(), p.schoolId(), p.role().name(), p.active(), p.classSectionId());
		}
		FactTable enrollments = new FactTable("analytics_enrollments", List.of("enrollment_id"),
				List.of("school_id", "student_id", "teacher_id", "subject_id", "start_date", "end_date", "active"));
		List<Long> students = everyone.stream().filter((p) -> p.role() == Role.STUDENT).map(Person::id).toList();
		for (Enrollment e : this.roster.enrollmentsOf(students)) {
			enrollments.add(e.id(), e.schoolId(), e.studentId(), e.teacherId(), e.subjectId(), e.startDate(),
					e.endDate(), e.active());
		}
		FactTable terms = new FactTable("analytics_terms", List.of("term_id"),
				List.of("school_id", "start_date", "end_date"));
		for (Term t : this.roster.terms(schoolId)) {
			terms.add(t.id(), t.schoolId(), t.startDate(), t.endDate());
		}
		FactTable communications = new FactTable("analytics_parent_communications", List.of("communication_id"),
				List.of("school_id", "teacher_id", "student_id", "sent_at", "week_start"));
		List<Long> staff = everyone.stream()
			.filter((p) -> p.role() == Role.TEACHER || p.role() == Role.ADMIN)
			.map(Person::id)
			.toList();
		if (!staff.isEmpty()) {
			for (ParentCommunicationFacts c : this.messaging.parentCommunications(staff, EARLIEST, LATEST)) {
				communications.add(c.communicationId(), c.schoolId(), c.teacherId(), c.studentId(),
						Facts.utc(c.sentAt()), LocalWeek.of(c.sentAt(), zone).weekStart());
			}
		}
		FactTable payments = new FactTable("analytics_payments", List.of("payment_id"),
				List.of("school_id", "student_id", "amount", "currency", "paid_at", "local_date"));
		for (PaymentFacts p : this.payments.paymentsOfSchool(schoolId)) {
			payments.add(p.paymentId(), p.schoolId(), p.studentId(), p.amount(), p.currency().getCurrencyCode(),
					Facts.utc(p.paidAt()), Facts.localDate(p.paidAt(), zone));
		}
		Counts counts = new Counts();
		counts.add(people.reconcile(this.jdbc, this.template, schoolId, null));
		counts.add(enrollments.reconcile(this.jdbc, this.template, schoolId, null));
		counts.add(terms.reconcile(this.jdbc, this.template, schoolId, null));
		counts.add(communications.reconcile(this.jdbc, this.template, schoolId, null));
		counts.add(payments.reconcile(this.jdbc, this.template, schoolId, null));
		return counts;
	}

	private static boolean matches(Long student, long studentId) {
		return student == null || student == studentId;
	}

	/**
	 * What to recompute: a local date range (weeks overlapping it, days in it), one
	 * student, or everything; a dry run changes nothing.
	 */
	public record Request(LocalDate from, LocalDate to, Long studentId, boolean dryRun) {

	}

	public record Result(int weeksExamined, int recordsCreated, int recordsUpdated, int recordsDeleted,
			int mismatches) {

	}

	private record SchoolRun(int weeksExamined, Counts counts) {

	}

	static final class Counts {

		int created;

		int updated;

		int deleted;

		int mismatches;

		void add(Counts other) {
			this.created += other.created;
			this.updated += other.updated;
			this.deleted += other.deleted;
			this.mismatches += other.mismatches;
		}

		void addAsMismatch(Counts other) {
			add(other);
			this.mismatches += other.created + other.updated + other.deleted;
		}

	}

}
