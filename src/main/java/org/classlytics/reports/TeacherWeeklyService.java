package org.classlytics.reports;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.audit.AuditedStudents;
import org.classlytics.export.ExportLabels;
import org.classlytics.export.ExportMessages;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Enrollment;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;
import org.classlytics.roster.Subject;
import org.classlytics.roster.TeacherClass;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher weekly class report, live (computed on request) and as stored per-student
 * reports.
 */
@Service
class TeacherWeeklyService {

	static final String KIND = "teacher_weekly";

	/**
	 * The cache kind of a viewer's reach for a class report (see
	 * {@link ReportCache#reach}).
	 */
	static final String REACH = ReportCache.REACH_PREFIX + KIND;

	private final Roster roster;

	private final AccessPolicy policy;

	private final ClassFactsReader reader;

	private final StoredReports stored;

	private final ExportMessages messages;

	private final AuditTrail audit;

	private final Clock clock;

	private final ReportCache cache;

	/**
	 * The audited students of each report served from the cache, by identity: a hit
	 * returns the same report object, so the students of a class of thousands are sorted
	 * once per report rather than on every hit. Weak keys: an entry goes with its report.
	 */
	private final Cache<TeacherWeeklyReport, AuditedStudents> audited = Caffeine.newBuilder().weakKeys().build();

	TeacherWeeklyService(Roster roster, AccessPolicy policy, ClassFactsReader reader, StoredReports stored,
			ExportMessages messages, AuditTrail audit, Clock clock, ReportCache cache) {
		this.cache = cache;
		this.roster = roster;
		this.policy = policy;
		this.reader = reader;
		this.stored = stored;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a class report is about: a teacher, a week, optional filters.
	 */
	/**
	 * What a class report covers, with the class as the roster read it: the teacher's
	 * active enrollments (of the subject, if one is given), their students and the
	 * viewer's locale.
	 */
	record Scope(School school, Person teacher, LocalWeek week, Long subjectId, Long studentId,
			List<Enrollment> enrollments, Map<Long, Person> students, Locale viewerLocale) {

	}

	/**
	 * A teacher's class report with the computed weeks behind it.
	 */
	record Computed(Scope scope, ClassFacts facts, ClassWeek week, TeacherWeeklyReport report, Texts texts,
			Locale locale) {

	}

	@Transactional(readOnly = true)
	public TeacherWeeklyReport live(Actor actor, Long teacherId, LocalDate weekStart, Long subjectId, Long studentId) {
		Scope scope = scope(actor, teacherId, weekStart, subjectId, studentId);
		ReportCache.Key key = new ReportCache.Key(KIND, scope.school().id(), actor.userId(), java.util.Arrays
			.asList(scope.teacher().id(), scope.week().weekStart(), scope.subjectId(), scope.studentId()));
		TeacherWeeklyReport report = this.cache.get(key, TeacherWeeklyReport.class,
				() -> compute(actor, scope).report(), (r) -> {
					List<Long> people = new ArrayList<>(students(r));
					people.add(r.teacherId());
					people.add(actor.userId());
					return people;
				});
		this.audit.record(actor, AuditAction.VIEW, KIND,
				this.audited.get(report, (r) -> AuditedStudents.of(students(r))));
		return report;
	}

	/**
	 * Resolves who and what a class report covers: a teacher gets their own; an admin
	 * names the teacher; other roles are refused.
	 */
	Scope scope(Actor actor, Long teacherId, LocalDate weekStart, Long subjectId, Long studentId) {
		this.policy.requireRole(actor, Role.TEACHER, Role.ADMIN);
		if (actor.isAdmin() && teacherId == null) {
			throw InvalidInputException.field("teacher_id", "is required for an admin");
		}
		if (!actor.isAdmin() && teacherId != null && teacherId != actor.userId()) {
			throw InvalidInputException.field("teacher_id", "a teacher can only get their own report");
		}
		// One statement: the school, the teacher, the viewer, the subject and the class;
		// none on a cached reach.
		long teacher = actor.isAdmin() ? teacherId : actor.userId();
		ReportCache.Key reach = new ReportCache.Key(REACH, actor.schoolId(), actor.userId(),
				java.util.Arrays.asList(actor.role(), teacher, subjectId));
		TeacherClass found = this.cache.reach(reach,
				() -> this.roster.teacherClass(actor.schoolId(), teacher, actor.userId(), subjectId), (c) -> {
					List<Long> people = new ArrayList<>(c.students().keySet());
					c.enrollments().forEach((e) -> people.add(e.studentId()));
					people.add(teacher);
					people.add(actor.userId());
					return people;
				});
		School school = found.school();
		LocalWeek week = week(weekStart, school.timeZone());
		Person person = found.teacher()
			.filter((p) -> p.role() == Role.TEACHER)
			.orElseThrow(() -> InvalidInputException.field("teacher_id", "must be a teacher of the school"));
		if (subjectId != null && found.subject().isEmpty()) {
			throw InvalidInputException.field("subject_id", "must be a subject of the school");
		}
		// Like subject_id: a student outside the teacher's class is a reference out of
		// reach (api.md), refused rather than answered with an empty report.
		if (studentId != null && !found.students().containsKey(studentId)) {
			throw InvalidInputException.field("student_id", "must be a student of the teacher");
		}
		return new Scope(school, person, week, subjectId, studentId, found.enrollments(), found.students(),
				found.viewer().map(Person::locale).orElse(null));
	}

	/**
	 * The week starting on the given Monday, or the current week in the school's zone.
	 */
	LocalWeek week(LocalDate weekStart, ZoneId zone) {
		if (weekStart == null) {
			return LocalWeek.of(this.clock.instant(), zone);
		}
		if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw InvalidInputException.field("week_start", "must be a Monday");
		}
		return LocalWeek.of(weekStart);
	}

	Computed compute(Actor actor, Scope scope) {
		List<Enrollment> enrollments = enrollments(scope);
		Set<Long> studentIds = new LinkedHashSet<>();
		enrollments.forEach((e) -> studentIds.add(e.studentId()));
		ClassFacts facts = this.reader.read(scope.teacher().id(), scope.subjectId(), scope.students(), studentIds,
				scope.week(), scope.school().timeZone());
		List<StudentWeek> weeks = studentIds.stream()
			.map((id) -> StudentWeek.of(facts.inputs(id, scope.subjectId())))
			.toList();
		ClassWeek week = new ClassWeek(weeks, facts.activeStudents());
		ExportLabels labels = labels(scope);
		Texts texts = labels::get;
		TeacherWeeklyReport report = new TeacherWeeklyReport(scope.week().weekStart(), scope.week().weekEnd(),
				scope.teacher().id(), scope.teacher().fullName(), this.clock.instant(), week.summary(),
				week.students().stream().map(StudentWeek::row).toList(), week.statistics(),
				week.recommendations(texts));
		return new Computed(scope, facts, week, report, texts, labels.locale());
	}

	/**
	 * The viewer's language, else the school's.
	 */
	ExportLabels labels(Scope scope) {
		return this.messages.labels(scope.viewerLocale(), scope.school().locale());
	}

	private List<Enrollment> enrollments(Scope scope) {
		return scope.enrollments()
			.stream()
			.filter((e) -> scope.studentId() == null || e.studentId() == scope.studentId())
			.toList();
	}

	/**
	 * Stores one report per (student, subject) in scope. Teachers only.
	 */
	@Transactional
	public Generated generate(Actor actor, LocalDate weekStart, Long studentId, Long subjectId) {
		this.policy.requireRole(actor, Role.TEACHER);
		Scope scope = scope(actor, null, weekStart, subjectId, studentId);
		Computed computed = compute(actor, scope);
		List<Enrollment> pairs = enrollments(scope);
		Map<Long, Subject> subjects = this.roster
			.subjects(pairs.stream().map(Enrollment::subjectId).distinct().toList());
		Map<Long, Person> students = computed.facts().students();
		List<StoredReports.Draft> drafts = new ArrayList<>();
		for (Enrollment pair : pairs) {
			StudentWeek week = StudentWeek.of(computed.facts().inputs(pair.studentId(), pair.subjectId()));
			drafts.add(draft(scope, students.get(pair.studentId()), subjects.get(pair.subjectId()), week,
					computed.texts()));
		}
		Instant now = this.clock.instant();
		List<Long> ids = this.stored.save(scope.teacher().id(), scope.week().weekStart(), drafts, now);
		List<StoredReport> reports = this.stored.byIds(ids);
		this.audit.record(actor, AuditAction.VIEW, KIND, students(computed.report()));
		TeacherWeeklyReport report = computed.report();
		return new Generated("Reports generated successfully", scope.week().weekStart(), reports.size(), reports,
				report.summary(), report.statistics(), report.recommendations());
	}

	private StoredReports.Draft draft(Scope scope, Person student, Subject subject, StudentWeek week, Texts texts) {
		TeacherWeeklyReport.StudentLine line = week.row();
		String none = texts.get("reports.texts.none");
		String title = texts.get("reports.texts.title", student.fullName(), subject.name(),
				scope.week().weekStart().toString(), scope.week().weekEnd().toString());
		String summary = texts.get("reports.texts.summary", student.fullName(),
				String.valueOf(line.assignmentsCompleted()), String.valueOf(line.assignmentsTotal()), subject.name(),
				percent(line.averageScore(), none), percent(line.attendancePercentage(), none));
		String progress = texts.get("reports.texts.academic-progress", String.valueOf(line.assignmentsGraded()),
				percent(line.averageScore(), none), String.valueOf(line.materialsCompleted()),
				String.valueOf(line.materialsAssigned()), percent(line.learningProgress(), none),
				line.timeSpentHours().toPlainString(), texts.get("reports.engagement." + week.engagement().name()));
		return new StoredReports.Draft(scope.school().id(), scope.teacher().id(), student.id(), subject.id(),
				student.tutorId(), scope.week().weekStart(), scope.week().weekEnd(), title, summary, progress,
				ReportTexts.of(week, texts), line.assignmentsCompleted(), line.assignmentsTotal(), line.averageScore(),
				line.attendancePercentage());
	}

	private static String percent(java.math.BigDecimal value, String none) {
		return (value != null) ? value.toPlainString() + "%" : none;
	}

	private static List<Long> students(TeacherWeeklyReport report) {
		return report.students().stream().map(TeacherWeeklyReport.StudentLine::studentId).toList();
	}

	/**
	 * The reply of generate_now.
	 */
	record Generated(String message, LocalDate weekStart, int reportsCreated, List<StoredReport> reports,
			TeacherWeeklyReport.Summary summary, TeacherWeeklyReport.Statistics statistics,
			List<String> recommendations) {

	}

}
