package org.classlytics.coursework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read from coursework. Lookups answer with the same facts the
 * events carry; they do not check a caller's reach, which is the asking module's duty.
 */
@Service
@Transactional(readOnly = true)
public class Coursework {

	private final Facts facts;

	private final ActivityQueries activity;

	private final MaterialTotals totals;

	Coursework(Facts facts, ActivityQueries activity, MaterialTotals totals) {
		this.facts = facts;
		this.activity = activity;
		this.totals = totals;
	}

	/**
	 * The assignments of the students due in the period, one row per (assignment,
	 * student) with the student's submission if any, in one query. The teacher and
	 * subject filters are optional (null for any).
	 */
	public List<AssignmentDue> assignmentsDue(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to) {
		return this.activity.assignmentsDue(studentIds, teacherId, subjectId, from, to);
	}

	/**
	 * The students' submissions that were submitted or graded in the period, by id, in
	 * one query: the caller picks the graded ones ({@code gradedAt} in the period) or the
	 * handed-in ones.
	 */
	public List<SubmissionFacts> submissionsIn(Collection<Long> studentIds, Long teacherId, Long subjectId,
			Instant from, Instant to) {
		return this.activity.submissionsIn(studentIds, teacherId, subjectId, from, to);
	}

	/**
	 * The students' quiz attempts with a score completed in the period, oldest first, in
	 * one query.
	 */
	public List<QuizAttemptFacts> gradedAttempts(Collection<Long> studentIds, Long teacherId, Long subjectId,
			Instant from, Instant to) {
		return this.activity.gradedAttempts(studentIds, teacherId, subjectId, from, to);
	}

	/**
	 * The materials assigned to the students, with their progress, in one query.
	 */
	public List<MaterialWork> materials(Collection<Long> studentIds, Long teacherId, Long subjectId) {
		return this.activity.materials(studentIds, teacherId, subjectId);
	}

	/**
	 * A class report's coursework for the week starting {@code week} (the school's
	 * {@code from} to {@code to}), in one statement: the assignments due in the week with
	 * their submissions, the submissions graded or handed in during it, each student's
	 * materials as totals per teacher and subject (completions counted up to the week's
	 * end) and the study time per subject.
	 */
	public ClassWeekActivity classWeek(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to, LocalDate week) {
		return this.activity.classWeek(studentIds, teacherId, subjectId, from, to, week);
	}

	/**
	 * Rebuilds a school's material totals (or only one student's) from materials, their
	 * assignments and progress, writing only the rows that differ: the recompute's check
	 * and repair, and the way to rebuild them after a bulk write to the sources. Joins
	 * the caller's transaction.
	 */
	@Transactional
	public MaterialTotalsRepair rebuildMaterialTotals(long schoolId, Long studentId) {
		return this.totals.rebuild(schoolId, studentId);
	}

	/**
	 * The students' graded items and their assignments due per subject over the period,
	 * for any teacher and subject, read in one statement: the coursework of a student
	 * performance report.
	 */
	public StudentWork studentWork(Collection<Long> studentIds, Instant from, Instant to) {
		return this.activity.studentWork(studentIds, from, to);
	}

	/**
	 * The students' study time per subject, over sessions starting in the period, in one
	 * query; the teacher filter matches the teacher the time counts for.
	 */
	public List<StudyTime> studyTime(Collection<Long> studentIds, Long teacherId, Long subjectId, Instant from,
			Instant to) {
		return this.activity.studyTime(studentIds, teacherId, subjectId, from, to);
	}

	public Optional<AssignmentFacts> assignment(long assignmentId) {
		return this.facts.assignment(assignmentId);
	}

	public Optional<SubmissionFacts> submission(long submissionId) {
		return this.facts.submission(submissionId);
	}

	/**
	 * Every submission of an assignment, ordered by id.
	 */
	public List<SubmissionFacts> submissionsOf(long assignmentId) {
		return this.facts.submissionsOf(assignmentId);
	}

	/**
	 * Every assignment of a school with its students, every submission and every quiz
	 * attempt, for rebuilding derived figures (analytics' recompute): one query each.
	 */
	public List<AssignmentFacts> assignmentsOfSchool(long schoolId) {
		return this.facts.assignments("a.school_id = :school ORDER BY a.id", java.util.Map.of("school", schoolId));
	}

	public List<SubmissionFacts> submissionsOfSchool(long schoolId) {
		return this.facts.submissionsOfSchool(schoolId);
	}

	public List<QuizAttemptFacts> attemptsOfSchool(long schoolId) {
		return this.facts.attemptsOfSchool(schoolId);
	}

	public Optional<QuizFacts> quiz(long quizId) {
		return this.facts.quiz(quizId);
	}

	public Optional<QuizAttemptFacts> quizAttempt(long attemptId) {
		return this.facts.quizAttempt(attemptId);
	}

	/**
	 * Every attempt at a quiz, ordered by id.
	 */
	public List<QuizAttemptFacts> attemptsOf(long quizId) {
		return this.facts.attemptsOf(quizId);
	}

	public Optional<MaterialFacts> material(long materialId) {
		return this.facts.material(materialId);
	}

	public Optional<MaterialProgressFacts> materialProgress(long progressId) {
		return this.facts.progress(progressId);
	}

	public Optional<StudySessionFacts> studySession(long sessionId) {
		return this.facts.studySession(sessionId);
	}

}
