package org.classlytics.coursework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classlytics.platform.SqlArrays;
import org.classlytics.platform.WriteCounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based writes for imports, without a caller: the importing module has checked every
 * row (reach, references, rules) before it calls here. Each method writes one chunk with
 * JDBC batches and a constant number of queries, inside the caller's transaction, and
 * publishes the chunk's events there.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CourseworkImport {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Facts facts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Participants participants;

	CourseworkImport(JdbcClient jdbc, JdbcTemplate template, Facts facts, ApplicationEventPublisher events, Clock clock,
			Participants participants) {
		this.participants = participants;
		this.jdbc = jdbc;
		this.template = template;
		this.facts = facts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The school's assignments with the given external ids, each with its students, by
	 * external id (three queries in all); unknown ids are absent.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, AssignmentFacts> assignmentsByExternalId(long schoolId, Collection<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> ids = new HashMap<>();
		this.jdbc.sql("SELECT id, external_id FROM assignments WHERE school_id = :school AND external_id IN (:ids)")
			.param("school", schoolId)
			.param("ids", List.copyOf(externalIds))
			.query((rs) -> {
				ids.put(rs.getLong(1), rs.getString(2));
			});
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, AssignmentFacts> byExternalId = new HashMap<>();
		this.facts.assignments("a.id IN (:ids)", Map.of("ids", List.copyOf(ids.keySet())))
			.forEach((a) -> byExternalId.put(ids.get(a.assignmentId()), a));
		return byExternalId;
	}

	/**
	 * Creates or updates assignments by external id, with their students, and publishes
	 * {@link AssignmentCreated} or {@link AssignmentChanged} for each (an assignment
	 * expands into one homework row per student downstream, so its events stay per
	 * assignment). A moved due instant recomputes the late flag of its submissions.
	 */
	public WriteCounts saveAssignments(long schoolId, List<AssignmentRecord> rows) {
		Map<String, AssignmentFacts> stored = assignmentsByExternalId(schoolId,
				rows.stream().map(AssignmentRecord::externalId).toList());
		int created = 0;
		int updated = 0;
		List<Object[]> links = new ArrayList<>();
		List<Object[]> unlinks = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (AssignmentRecord row : rows) {
			AssignmentFacts previous = stored.get(row.externalId());
			long id;
			if (previous == null) {
				Instant createdAt = (row.createdAt() != null) ? row.createdAt() : this.clock.instant();
				GeneratedKeyHolder key = new GeneratedKeyHolder();
				this.jdbc
					.sql("INSERT INTO assignments (school_id, teacher_id, subject_id, title, created_at, due_at, "
							+ "max_score, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
					.params(schoolId, row.teacherId(), row.subjectId(), row.title(),
							CourseworkRows.timestamp(createdAt), CourseworkRows.timestamp(row.dueAt()), row.maxScore(),
							row.externalId())
					.update(key, "id");
				id = key.getKey().longValue();
				row.studentIds().forEach((student) -> links.add(new Object[] { id, student, schoolId }));
				created++;
			}
			else {
				id = previous.assignmentId();
				Instant createdAt = (row.createdAt() != null) ? row.createdAt() : previous.createdAt();
				this.jdbc.sql(
						"UPDATE assignments SET teacher_id = ?, subject_id = ?, title = ?, created_at = ?, due_at = ?, "
								+ "max_score = ? WHERE id = ?")
					.params(row.teacherId(), row.subjectId(), row.title(), CourseworkRows.timestamp(createdAt),
							CourseworkRows.timestamp(row.dueAt()), row.maxScore(), id)
					.update();
				if (!previous.dueAt().equals(row.dueAt())) {
					this.jdbc.sql("UPDATE submissions SET late = (submitted_at > ?) WHERE assignment_id = ?")
						.params(CourseworkRows.timestamp(row.dueAt()), id)
						.update();
				}
				row.studentIds()
					.stream()
					.filter((student) -> !previous.studentIds().contains(student))
					.forEach((student) -> links.add(new Object[] { id, student, schoolId }));
				previous.studentIds()
					.stream()
					.filter((student) -> !row.studentIds().contains(student))
					.forEach((student) -> unlinks.add(new Object[] { id, student }));
				updated++;
			}
			ids.add(id);
		}
		if (!unlinks.isEmpty()) {
			this.template.batchUpdate("DELETE FROM assignment_students WHERE assignment_id = ? AND student_id = ?",
					unlinks);
		}
		if (!links.isEmpty()) {
			this.template.batchUpdate(
					"INSERT INTO assignment_students (assignment_id, student_id, school_id) VALUES (?, ?, ?)", links);
		}
		Map<Long, AssignmentFacts> previousById = new HashMap<>();
		stored.values().forEach((a) -> previousById.put(a.assignmentId(), a));
		for (AssignmentFacts saved : this.facts.assignments("a.id IN (:ids) ORDER BY a.id", Map.of("ids", ids))) {
			AssignmentFacts previous = previousById.get(saved.assignmentId());
			this.events.publishEvent(
					(previous == null) ? new AssignmentCreated(saved) : new AssignmentChanged(saved, previous));
		}
		return new WriteCounts(created, updated);
	}

	/**
	 * Writes a chunk of submissions (and grades) keyed by (assignment, student), then
	 * publishes one {@link SubmissionsRecorded} for the chunk with the rows as stored. A
	 * row without a score leaves a stored grade alone; a row with one grades the
	 * submission. On PostgreSQL the chunk is one upsert that returns the stored rows; on
	 * H2, new rows go in one batch, changed rows in another, and one query reads them
	 * back.
	 */
	public WriteCounts recordSubmissions(long schoolId, List<SubmissionRecord> rows) {
		if (rows.isEmpty()) {
			return WriteCounts.NONE;
		}
		Set<Long> assignmentIds = new HashSet<>();
		Set<Long> studentIds = new HashSet<>();
		rows.forEach((row) -> {
			assignmentIds.add(row.assignment().assignmentId());
			studentIds.add(row.studentId());
		});
		Map<List<Long>, SubmissionFacts> stored = new HashMap<>();
		pairs(assignmentIds, studentIds).forEach((s) -> stored.put(List.of(s.assignmentId(), s.studentId()), s));
		Instant now = this.clock.instant();
		List<SubmissionWrite> writes = new ArrayList<>(rows.size());
		for (SubmissionRecord row : rows) {
			AssignmentFacts a = row.assignment();
			SubmissionFacts before = stored.get(List.of(a.assignmentId(), row.studentId()));
			boolean grading = row.score() != null;
			Instant gradedAt = grading ? ((row.gradedAt() != null) ? row.gradedAt() : now)
					: ((before != null) ? before.gradedAt() : null);
			Instant submittedAt = (row.submittedAt() != null) ? row.submittedAt()
					: ((before != null) ? before.submittedAt() : ((gradedAt != null) ? gradedAt : now));
			String status = (grading || (before != null && before.graded())) ? SubmissionStatus.GRADED.name()
					: SubmissionStatus.SUBMITTED.name();
			writes.add(new SubmissionWrite(before, a.assignmentId(), row.studentId(), submittedAt,
					submittedAt.isAfter(a.dueAt()), status,
					grading ? row.score() : ((before != null) ? before.score() : null), gradedAt,
					grading ? row.feedback() : ((before != null) ? before.feedback() : null), row.externalId()));
		}
		List<SubmissionFacts> written = SqlArrays.postgres(this.template) ? upsert(schoolId, writes)
				: batches(schoolId, writes, assignmentIds, studentIds);
		this.events.publishEvent(new SubmissionsRecorded(schoolId, written));
		int created = (int) writes.stream().filter((w) -> w.before() == null).count();
		return new WriteCounts(created, writes.size() - created);
	}

	/**
	 * One submission row to write: the stored one it replaces (null for a new one) and
	 * every column's new value.
	 */
	private record SubmissionWrite(SubmissionFacts before, long assignmentId, long studentId, Instant submittedAt,
			boolean late, String status, java.math.BigDecimal score, Instant gradedAt, String feedback,
			String externalId) {

	}

	/**
	 * PostgreSQL: the whole chunk in one statement, its columns bound as arrays, an
	 * insert that updates the stored (assignment, student) rows instead, and returns the
	 * rows as stored, with their assignments' columns, in id order.
	 */
	private List<SubmissionFacts> upsert(long schoolId, List<SubmissionWrite> writes) {
		return this.jdbc
			.sql("""
					WITH w AS (
					  INSERT INTO submissions AS s (school_id, assignment_id, student_id, submitted_at, late, status, score,
					    graded_at, feedback, external_id)
					  SELECT ?, v.assignment_id, v.student_id, v.submitted_at::timestamptz, v.late::boolean, v.status,
					    v.score::numeric, v.graded_at::timestamptz, v.feedback, v.external_id
					  FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
					    ?::text[]) AS v(assignment_id, student_id, submitted_at, late, status, score, graded_at, feedback,
					    external_id)
					  ON CONFLICT (assignment_id, student_id) DO UPDATE SET submitted_at = EXCLUDED.submitted_at,
					    late = EXCLUDED.late, status = EXCLUDED.status, score = EXCLUDED.score, graded_at = EXCLUDED.graded_at,
					    feedback = EXCLUDED.feedback, external_id = COALESCE(EXCLUDED.external_id, s.external_id)
					  RETURNING s.*
					)
					SELECT w.id, w.assignment_id, w.student_id, a.teacher_id, a.subject_id, w.school_id, w.submitted_at,
					  a.due_at, w.late, w.status, w.score, a.max_score, w.graded_at, w.feedback
					FROM w JOIN assignments a ON a.id = w.assignment_id ORDER BY w.id""")
			.params(schoolId, SqlArrays.longs(writes.stream().map(SubmissionWrite::assignmentId).toList()),
					SqlArrays.longs(writes.stream().map(SubmissionWrite::studentId).toList()),
					SqlArrays.texts(writes.stream().map((w) -> SqlArrays.timestamp(w.submittedAt())).toList()),
					SqlArrays.texts(writes.stream().map((w) -> String.valueOf(w.late())).toList()),
					SqlArrays.texts(writes.stream().map(SubmissionWrite::status).toList()),
					SqlArrays.texts(writes.stream().map((w) -> SqlArrays.decimal(w.score())).toList()),
					SqlArrays.texts(writes.stream().map((w) -> SqlArrays.timestamp(w.gradedAt())).toList()),
					SqlArrays.texts(writes.stream().map(SubmissionWrite::feedback).toList()),
					SqlArrays.texts(writes.stream().map(SubmissionWrite::externalId).toList()))
			.query(CourseworkRows::submission)
			.list();
	}

	/**
	 * H2: new rows in one batch, changed rows in another, then the written rows read back
	 * in one query, in id order.
	 */
	private List<SubmissionFacts> batches(long schoolId, List<SubmissionWrite> writes, Set<Long> assignmentIds,
			Set<Long> studentIds) {
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		Set<List<Long>> wanted = new HashSet<>();
		for (SubmissionWrite w : writes) {
			wanted.add(List.of(w.assignmentId(), w.studentId()));
			if (w.before() == null) {
				inserts.add(new Object[] { schoolId, w.assignmentId(), w.studentId(), ts(w.submittedAt()), w.late(),
						w.status(), w.score(), ts(w.gradedAt()), w.feedback(), w.externalId() });
			}
			else {
				updates.add(new Object[] { ts(w.submittedAt()), w.late(), w.status(), w.score(), ts(w.gradedAt()),
						w.feedback(), w.externalId(), w.before().submissionId() });
			}
		}
		if (!inserts.isEmpty()) {
			this.template.batchUpdate("INSERT INTO submissions (school_id, assignment_id, student_id, submitted_at, "
					+ "late, status, score, graded_at, feedback, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					inserts);
		}
		if (!updates.isEmpty()) {
			this.template.batchUpdate(
					"UPDATE submissions SET submitted_at = ?, late = ?, status = ?, score = ?, "
							+ "graded_at = ?, feedback = ?, external_id = COALESCE(?, external_id) WHERE id = ?",
					updates);
		}
		return pairs(assignmentIds, studentIds).stream()
			.filter((s) -> wanted.contains(List.of(s.assignmentId(), s.studentId())))
			.toList();
	}

	/**
	 * The school's rows of a table with the given external ids, as id by external id.
	 */
	private Map<String, Long> ids(String table, long schoolId, Collection<String> externalIds) {
		Map<String, Long> ids = new HashMap<>();
		if (externalIds.isEmpty()) {
			return ids;
		}
		this.jdbc.sql("SELECT external_id, id FROM " + table + " WHERE school_id = :school AND external_id IN (:ids)")
			.param("school", schoolId)
			.param("ids", List.copyOf(externalIds))
			.query((rs) -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	/**
	 * The school's quizzes with the given external ids, by external id.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, QuizFacts> quizzesByExternalId(long schoolId, Collection<String> externalIds) {
		Map<String, QuizFacts> found = new HashMap<>();
		ids("quizzes", schoolId, externalIds)
			.forEach((externalId, id) -> this.facts.quiz(id).ifPresent((quiz) -> found.put(externalId, quiz)));
		return found;
	}

	/**
	 * The school's materials with the given external ids, by external id.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, MaterialFacts> materialsByExternalId(long schoolId, Collection<String> externalIds) {
		Map<String, MaterialFacts> found = new HashMap<>();
		ids("materials", schoolId, externalIds)
			.forEach((externalId, id) -> this.facts.material(id).ifPresent((m) -> found.put(externalId, m)));
		return found;
	}

	/**
	 * One quiz attempt of a file, already checked (scores between 0 and the maximum).
	 */
	public record AttemptRow(String externalId, QuizFacts quiz, long studentId, Instant startedAt, Instant completedAt,
			java.math.BigDecimal score, java.math.BigDecimal teacherScore) {

	}

	/**
	 * Creates or updates quiz attempts by external id, each publishing
	 * {@link QuizAttemptRecorded} with its previous state.
	 */
	public WriteCounts saveAttempts(long schoolId, List<AttemptRow> rows) {
		Map<String, Long> stored = ids("quiz_attempts", schoolId, rows.stream().map(AttemptRow::externalId).toList());
		int created = 0;
		int updated = 0;
		for (AttemptRow row : rows) {
			Long id = stored.get(row.externalId());
			Instant startedAt = (row.startedAt() != null) ? row.startedAt()
					: ((row.completedAt() != null) ? row.completedAt() : this.clock.instant());
			QuizAttemptFacts previous = (id != null) ? this.facts.quizAttempt(id).orElseThrow() : null;
			if (id == null) {
				GeneratedKeyHolder key = new GeneratedKeyHolder();
				this.jdbc
					.sql("INSERT INTO quiz_attempts (school_id, quiz_id, student_id, started_at, completed_at, score, "
							+ "teacher_score, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
					.params(schoolId, row.quiz().quizId(), row.studentId(), ts(startedAt), ts(row.completedAt()),
							row.score(), row.teacherScore(), row.externalId())
					.update(key, "id");
				id = key.getKey().longValue();
				created++;
			}
			else {
				this.jdbc
					.sql("UPDATE quiz_attempts SET quiz_id = ?, student_id = ?, started_at = ?, completed_at = ?, "
							+ "score = ?, teacher_score = ? WHERE id = ?")
					.params(row.quiz().quizId(), row.studentId(), ts(startedAt), ts(row.completedAt()), row.score(),
							row.teacherScore(), id)
					.update();
				updated++;
			}
			this.events.publishEvent(new QuizAttemptRecorded(this.facts.quizAttempt(id).orElseThrow(), previous));
		}
		return new WriteCounts(created, updated);
	}

	/**
	 * One study session of a file, already checked.
	 *
	 * @param material the material studied, or null
	 */
	public record SessionRow(String externalId, long studentId, long subjectId, MaterialFacts material,
			Instant startedAt, int durationSeconds) {

	}

	/**
	 * Creates or updates study sessions by external id, each publishing
	 * {@link StudySessionRecorded}. The time counts for the material's author, else for
	 * the student's teacher in the subject, as for the API.
	 */
	public WriteCounts saveStudySessions(long schoolId, List<SessionRow> rows) {
		Map<String, Long> stored = ids("study_sessions", schoolId, rows.stream().map(SessionRow::externalId).toList());
		int created = 0;
		int updated = 0;
		for (SessionRow row : rows) {
			Long id = stored.get(row.externalId());
			Long teacherId = (row.material() != null) ? Long.valueOf(row.material().teacherId())
					: this.participants.teacherOf(row.studentId(), row.subjectId());
			Long materialId = (row.material() != null) ? row.material().materialId() : null;
			if (id == null) {
				GeneratedKeyHolder key = new GeneratedKeyHolder();
				this.jdbc
					.sql("INSERT INTO study_sessions (school_id, student_id, subject_id, material_id, teacher_id, "
							+ "started_at, duration_seconds, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
					.params(schoolId, row.studentId(), row.subjectId(), materialId, teacherId, ts(row.startedAt()),
							row.durationSeconds(), row.externalId())
					.update(key, "id");
				id = key.getKey().longValue();
				created++;
			}
			else {
				this.jdbc
					.sql("UPDATE study_sessions SET student_id = ?, subject_id = ?, material_id = ?, teacher_id = ?, "
							+ "started_at = ?, duration_seconds = ? WHERE id = ?")
					.params(row.studentId(), row.subjectId(), materialId, teacherId, ts(row.startedAt()),
							row.durationSeconds(), id)
					.update();
				updated++;
			}
			this.events.publishEvent(new StudySessionRecorded(this.facts.studySession(id).orElseThrow()));
		}
		return new WriteCounts(created, updated);
	}

	/**
	 * The submissions of the given assignments by the given students, in one query (the
	 * cross product is filtered by the caller).
	 */
	private List<SubmissionFacts> pairs(Collection<Long> assignmentIds, Collection<Long> studentIds) {
		return this.jdbc
			.sql(CourseworkRows.SUBMISSION + " WHERE s.assignment_id IN (:assignments) AND s.student_id IN (:students)"
					+ " ORDER BY s.id")
			.param("assignments", List.copyOf(assignmentIds))
			.param("students", List.copyOf(studentIds))
			.query(CourseworkRows::submission)
			.list();
	}

	private static Object ts(Instant instant) {
		return (instant != null) ? CourseworkRows.timestamp(instant) : null;
	}

}
