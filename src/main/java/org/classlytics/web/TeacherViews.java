package org.classlytics.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.classlytics.analytics.Analytics;
import org.classlytics.analytics.TermPerformance;
import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.platform.LocalWeek;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Enrollment;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;
import org.classlytics.roster.Subject;
import org.classlytics.roster.Term;

import org.springframework.stereotype.Component;

/**
 * What a teacher's pages offer beside the reports themselves: the weeks to pick from, the
 * subjects they teach, and their term performance rows. A teacher's class is their active
 * enrollments, as in the weekly report.
 */
@Component
class TeacherViews {

	/**
	 * The weeks of the week picker, the current one included.
	 */
	static final int PICKABLE_WEEKS = 12;

	/**
	 * The weeks of a teacher's own metrics, the current one included.
	 */
	static final int METRIC_WEEKS = 8;

	private final Roster roster;

	private final Analytics analytics;

	private final AuditTrail audit;

	TeacherViews(Roster roster, Analytics analytics, AuditTrail audit) {
		this.audit = audit;
		this.roster = roster;
		this.analytics = analytics;
	}

	/**
	 * The weeks a teacher may pick, newest first, ending with the week of {@code today}.
	 */
	List<LocalWeek> weeks(LocalDate today) {
		List<LocalWeek> weeks = new ArrayList<>();
		LocalWeek week = LocalWeek.of(today);
		for (int i = 0; i < PICKABLE_WEEKS; i++) {
			weeks.add(week);
			week = week.previous();
		}
		return weeks;
	}

	/**
	 * The subjects the teacher teaches (active enrollments), by name.
	 */
	List<Subject> subjects(Actor actor) {
		return this.roster
			.subjects(this.roster.activeEnrollmentsOfTeacher(actor.userId(), null)
				.stream()
				.map(Enrollment::subjectId)
				.distinct()
				.toList())
			.values()
			.stream()
			.sorted(Comparator.comparing(Subject::name).thenComparingLong(Subject::id))
			.toList();
	}

	/**
	 * The subject of a filter: one the teacher teaches, or none. Another subject names no
	 * page (404).
	 */
	Optional<Subject> subject(Actor actor, Long subjectId) {
		if (subjectId == null) {
			return Optional.empty();
		}
		return Optional.of(subjects(actor).stream()
			.filter((subject) -> subject.id() == subjectId)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Subject", subjectId)));
	}

	List<Term> terms(Actor actor) {
		return this.roster.terms(actor.schoolId());
	}

	/**
	 * The term asked for (of the teacher's school, else 404), or else the one containing
	 * today, or else the latest.
	 */
	Optional<Term> term(Actor actor, Long termId, LocalDate today) {
		if (termId != null) {
			return Optional.of(this.roster.term(termId)
				.filter((term) -> term.schoolId() == actor.schoolId())
				.orElseThrow(() -> NotFoundException.of("Term", termId)));
		}
		List<Term> terms = terms(actor);
		return this.roster.termOn(actor.schoolId(), today)
			.or(() -> terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1)));
	}

	/**
	 * The term rows of the students the teacher teaches, each in a subject they teach
	 * them, by subject and rank, with names.
	 */
	List<TermRow> termRows(Actor actor, Term term, Long subjectId) {
		List<Enrollment> taught = this.roster.activeEnrollmentsOfTeacher(actor.userId(), subjectId);
		Set<String> pairs = new HashSet<>();
		taught.forEach((enrollment) -> pairs.add(enrollment.studentId() + "/" + enrollment.subjectId()));
		List<Long> students = taught.stream().map(Enrollment::studentId).distinct().toList();
		List<TermPerformance> rows = this.analytics.termPerformance(term.id(), null, subjectId, students)
			.stream()
			.filter((row) -> pairs.contains(row.studentId() + "/" + row.subjectId()))
			.toList();
		Map<Long, Person> people = this.roster.people(students);
		Map<Long, Subject> subjects = new HashMap<>(
				this.roster.subjects(rows.stream().map(TermPerformance::subjectId).distinct().toList()));
		List<TermRow> shown = rows.stream()
			.filter((row) -> people.containsKey(row.studentId()) && subjects.containsKey(row.subjectId()))
			.map((row) -> new TermRow(row, people.get(row.studentId()), subjects.get(row.subjectId())))
			.sorted(Comparator.comparing((TermRow row) -> row.subject().name())
				.thenComparing((TermRow row) -> row.row().rank(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((TermRow row) -> row.student().lastName())
				.thenComparing((TermRow row) -> row.student().firstName()))
			.toList();
		this.audit.record(actor, AuditAction.VIEW, "term_performance",
				shown.stream().map((row) -> row.student().id()).toList());
		return shown;
	}

	/**
	 * A term performance row with its student and subject.
	 */
	record TermRow(TermPerformance row, Person student, Subject subject) {

	}

}
