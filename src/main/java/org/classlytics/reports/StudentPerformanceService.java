package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.classlytics.attendance.Attendance;
import org.classlytics.attendance.AttendanceTally;
import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.coursework.Coursework;
import org.classlytics.coursework.DueCount;
import org.classlytics.coursework.GradedWork;
import org.classlytics.coursework.StudentWork;
import org.classlytics.export.ExportLabels;
import org.classlytics.export.ExportMessages;
import org.classlytics.platform.LocalPeriod;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Enrollment;
import org.classlytics.roster.Person;
import org.classlytics.roster.PersonView;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;
import org.classlytics.roster.StudentClasses;
import org.classlytics.roster.Subject;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student performance report: a handful of set-based reads for the student, then the
 * rules of metrics.md.
 */
@Service
class StudentPerformanceService {

	static final String KIND = "student_performance";

	/**
	 * The cache kind of a viewer's reach for a student report (see
	 * {@link ReportCache#reach}).
	 */
	static final String REACH = ReportCache.REACH_PREFIX + KIND;

	private final Roster roster;

	private final AccessPolicy policy;

	private final Coursework coursework;

	private final Attendance attendance;

	private final ExportMessages messages;

	private final AuditTrail audit;

	private final Clock clock;

	private final ReportCache cache;

	StudentPerformanceService(Roster roster, AccessPolicy policy, Coursework coursework, Attendance attendance,
			ExportMessages messages, AuditTrail audit, Clock clock, ReportCache cache) {
		this.cache = cache;
		this.roster = roster;
		this.policy = policy;
		this.coursework = coursework;
		this.attendance = attendance;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A report with what rendering it needs: the student, the school and the language.
	 */
	record Prepared(StudentPerformanceReport report, Person student, School school, ExportLabels labels) {

	}

	@Transactional(readOnly = true)
	public StudentPerformanceReport view(Actor actor, long studentId, LocalDate from, LocalDate to, String period) {
		Prepared prepared = prepare(actor, studentId, from, to, period);
		this.audit.record(actor, AuditAction.VIEW, KIND, List.of(studentId));
		return prepared.report();
	}

	/**
	 * Checks the caller's reach (404 outside it), resolves the period and computes.
	 */
	@Transactional(readOnly = true)
	public Prepared prepare(Actor actor, long studentId, LocalDate from, LocalDate to, String period) {
		Reach reach = this.cache.reach(
				new ReportCache.Key(REACH, actor.schoolId(), actor.userId(), List.of(actor.role(), studentId)),
				() -> reach(actor, studentId), (r) -> List.of(studentId, actor.userId()));
		Person student = reach.student();
		School school = reach.school();
		ZoneId zone = school.timeZone();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), zone);
		ReportPeriod range = ReportPeriod.resolve(from, to, period, today, (period != null && period.equals("term"))
				? this.roster.termOn(school.id(), today) : java.util.Optional.empty());
		ExportLabels labels = this.messages.labels(reach.viewerLocale(), school.locale());
		ReportCache.Key key = new ReportCache.Key(KIND, school.id(), actor.userId(),
				java.util.Arrays.asList(studentId, range.days().from(), range.days().to(), range.name()));
		StudentPerformanceReport report = this.cache.get(key, StudentPerformanceReport.class,
				() -> compute(student, range, zone, labels::get), (r) -> {
					List<Long> people = new ArrayList<>();
					people.add(studentId);
					people.add(actor.userId());
					r.subjects().forEach((line) -> {
						if (line.teacherId() != null) {
							people.add(line.teacherId());
						}
					});
					return people;
				});
		return new Prepared(report, student, school, labels);
	}

	/**
	 * What a viewer's student report needs from the roster once the policy let them see
	 * the student: the student, the school and the viewer's language (null for the
	 * school's).
	 */
	record Reach(Person student, School school, Locale viewerLocale) {

	}

	private Reach reach(Actor actor, long studentId) {
		this.policy.requireStudent(actor, studentId);
		// One statement: the school, the student and the viewer.
		PersonView view = this.roster.personView(actor.schoolId(), studentId, actor.userId());
		Person student = view.person()
			.filter((p) -> p.role() == Role.STUDENT)
			.orElseThrow(() -> NotFoundException.of("Student", studentId));
		return new Reach(student, view.school(), view.viewer().map(Person::locale).orElse(null));
	}

	private StudentPerformanceReport compute(Person student, ReportPeriod range, ZoneId zone, Texts texts) {
		return computeAll(List.of(student), range, zone, texts).get(student.id());
	}

	/**
	 * The reports of several students over the same range, with one read per kind of
	 * record for all of them (the same number of statements for 1 student or 50).
	 * @return the reports by student id, in the order of {@code students}
	 */
	Map<Long, StudentPerformanceReport> computeAll(List<Person> students, ReportPeriod range, ZoneId zone,
			Texts texts) {
		Map<Long, StudentPerformanceReport> reports = new LinkedHashMap<>();
		if (students.isEmpty()) {
			return reports;
		}
		LocalPeriod days = range.days();
		Instant start = days.startIn(zone);
		Instant end = days.endExclusiveIn(zone);
		List<Long> ids = students.stream().map(Person::id).toList();

		Map<Long, List<Enrollment>> enrollments = new HashMap<>();
		// One statement for the classes (enrollments, subjects, teachers), one for the
		// coursework, one for attendance.
		StudentClasses classes = this.roster.classesOf(ids);
		classes.enrollments()
			.stream()
			.filter((e) -> e.overlaps(days))
			.sorted(Comparator.comparing(Enrollment::startDate).thenComparingLong(Enrollment::id))
			.forEach((e) -> enrollments.computeIfAbsent(e.studentId(), (k) -> new ArrayList<>()).add(e));
		Map<Long, Subject> subjects = classes.subjects();
		Map<Long, Person> teachers = classes.teachers();

		StudentWork work = this.coursework.studentWork(ids, start, end);
		Map<Long, List<GradedItem>> items = new HashMap<>();
		for (GradedWork w : work.graded()) {
			items.computeIfAbsent(w.studentId(), (k) -> new ArrayList<>())
				.add(new GradedItem(w.at(), w.id(), w.subjectId(), w.quiz(), w.percentage()));
		}
		Map<Long, List<DueCount>> due = new HashMap<>();
		work.due().forEach((d) -> due.computeIfAbsent(d.studentId(), (k) -> new ArrayList<>()).add(d));
		Map<Long, AttendanceTally> tallies = new HashMap<>();
		this.attendance.talliesOf(ids, days.from(), days.to()).forEach((t) -> tallies.put(t.studentId(), t));

		for (Person student : students) {
			reports.put(student.id(),
					computeOne(student, range, zone, texts, enrollments.getOrDefault(student.id(), List.of()), subjects,
							teachers, items.getOrDefault(student.id(), List.of()),
							due.getOrDefault(student.id(), List.of()), tallies.get(student.id())));
		}
		return reports;
	}

	private StudentPerformanceReport computeOne(Person student, ReportPeriod range, ZoneId zone, Texts texts,
			List<Enrollment> enrollments, Map<Long, Subject> subjects, Map<Long, Person> teachers,
			List<GradedItem> items, List<DueCount> due, AttendanceTally tally) {
		LocalPeriod days = range.days();
		Map<Long, Enrollment> bySubject = new LinkedHashMap<>();
		enrollments.forEach((e) -> bySubject.put(e.subjectId(), e));
		// No tally means no day recorded.
		AttendanceTally attendanceDays = (tally != null) ? tally : new AttendanceTally(student.id(), 0, 0, 0, 0);
		// Unrounded for the recommendations, rounded in the summary.
		BigDecimal attendanceRate = Numbers.rate(attendanceDays.attended(), attendanceDays.days());
		List<BigDecimal> percentages = items.stream().map(GradedItem::percentage).toList();
		BigDecimal average = Numbers.mean(percentages);
		String trend = PerformanceRules.trend(items);
		StudentPerformanceReport.Grades grades = new StudentPerformanceReport.Grades(items.size(),
				Numbers.round(average), Numbers.round(percentages.stream().max(Comparator.naturalOrder()).orElse(null)),
				Numbers.round(percentages.stream().min(Comparator.naturalOrder()).orElse(null)), trend);

		List<StudentPerformanceReport.SubjectLine> lines = new ArrayList<>();
		List<PerformanceRules.SubjectAverage> averages = new ArrayList<>();
		List<Subject> ordered = bySubject.keySet()
			.stream()
			.map(subjects::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(Subject::name).thenComparingLong(Subject::id))
			.toList();
		for (Subject subject : ordered) {
			Enrollment enrollment = bySubject.get(subject.id());
			Person teacher = teachers.get(enrollment.teacherId());
			List<GradedItem> subjectItems = items.stream().filter((i) -> i.subjectId() == subject.id()).toList();
			BigDecimal subjectAverage = Numbers.mean(subjectItems.stream().map(GradedItem::percentage).toList());
			int subjectDue = 0;
			int submitted = 0;
			for (DueCount d : due) {
				if (d.subjectId() == subject.id()) {
					subjectDue += d.due();
					submitted += d.submitted();
				}
			}
			lines.add(new StudentPerformanceReport.SubjectLine(subject.id(), subject.code(), subject.name(),
					enrollment.teacherId(), (teacher != null) ? teacher.fullName() : null, subjectItems.size(),
					Numbers.round(subjectAverage), PerformanceRules.trend(subjectItems), subjectDue, submitted,
					Numbers.round(Numbers.rate(submitted, subjectDue))));
			averages.add(new PerformanceRules.SubjectAverage(subject.name(), subjectAverage));
		}
		List<String> recommendations = PerformanceRules.recommendations(attendanceRate, average, trend, averages,
				texts);
		return new StudentPerformanceReport(
				new StudentPerformanceReport.StudentRef(student.id(), student.firstName(), student.lastName(),
						student.fullName(), student.classSectionId()),
				days.from(), days.to(), range.name(), this.clock.instant(),
				new StudentPerformanceReport.AttendanceSummary(attendanceDays.days(), attendanceDays.present(),
						attendanceDays.late(), attendanceDays.absent(), attendanceDays.excused(),
						Numbers.round(attendanceRate)),
				grades, lines, PerformanceRules.weeks(days.from(), days.to(), items, zone), recommendations);
	}

}
