package org.classlytics.coursework;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads coursework rows as facts, by id or for a set of ids in one query each. The
 * facade, the lists and the events all go through here.
 */
@Component
class Facts {

	private final JdbcClient jdbc;

	Facts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AssignmentFacts> assignment(long assignmentId) {
		return assignments("a.id = :id", Map.of("id", assignmentId)).stream().findFirst();
	}

	/**
	 * Assignments matching a condition on {@code a}, in the order of the condition's
	 * ORDER BY if any, each with its students (two queries in all).
	 */
	List<AssignmentFacts> assignments(String condition, Map<String, ?> params) {
		List<Long> ids = this.jdbc.sql("SELECT a.id FROM assignments a WHERE " + condition)
			.params(params)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<Long>> students = links("assignment_students", "assignment_id", ids);
		Map<Long, AssignmentFacts> byId = new LinkedHashMap<>();
		this.jdbc.sql(CourseworkRows.ASSIGNMENT + " WHERE a.id IN (:ids)").param("ids", ids).query((rs) -> {
			long id = rs.getLong("id");
			byId.put(id, CourseworkRows.assignment(rs, students.getOrDefault(id, Set.of())));
		});
		return ids.stream().map(byId::get).toList();
	}

	Optional<SubmissionFacts> submission(long submissionId) {
		return this.jdbc.sql(CourseworkRows.SUBMISSION + " WHERE s.id = ?")
			.param(submissionId)
			.query(CourseworkRows::submission)
			.optional();
	}

	Optional<SubmissionFacts> submission(long assignmentId, long studentId) {
		return this.jdbc.sql(CourseworkRows.SUBMISSION + " WHERE s.assignment_id = ? AND s.student_id = ?")
			.params(assignmentId, studentId)
			.query(CourseworkRows::submission)
			.optional();
	}

	List<SubmissionFacts> submissionsOf(long assignmentId) {
		return this.jdbc.sql(CourseworkRows.SUBMISSION + " WHERE s.assignment_id = ? ORDER BY s.id")
			.param(assignmentId)
			.query(CourseworkRows::submission)
			.list();
	}

	List<SubmissionFacts> submissionsOfSchool(long schoolId) {
		return this.jdbc.sql(CourseworkRows.SUBMISSION + " WHERE s.school_id = ? ORDER BY s.id")
			.param(schoolId)
			.query(CourseworkRows::submission)
			.list();
	}

	List<QuizAttemptFacts> attemptsOfSchool(long schoolId) {
		return this.jdbc.sql(CourseworkRows.QUIZ_ATTEMPT + " WHERE t.school_id = ? ORDER BY t.id")
			.param(schoolId)
			.query(CourseworkRows::quizAttempt)
			.list();
	}

	Optional<QuizFacts> quiz(long quizId) {
		return this.jdbc.sql(CourseworkRows.QUIZ + " WHERE q.id = ?")
			.param(quizId)
			.query(CourseworkRows::quiz)
			.optional();
	}

	Optional<QuizAttemptFacts> quizAttempt(long attemptId) {
		return this.jdbc.sql(CourseworkRows.QUIZ_ATTEMPT + " WHERE t.id = ?")
			.param(attemptId)
			.query(CourseworkRows::quizAttempt)
			.optional();
	}

	List<QuizAttemptFacts> attemptsOf(long quizId) {
		return this.jdbc.sql(CourseworkRows.QUIZ_ATTEMPT + " WHERE t.quiz_id = ? ORDER BY t.id")
			.param(quizId)
			.query(CourseworkRows::quizAttempt)
			.list();
	}

	Optional<MaterialFacts> material(long materialId) {
		return materials("m.id = :id", Map.of("id", materialId)).stream().findFirst();
	}

	/**
	 * Materials matching a condition on {@code m}, each with its students.
	 */
	List<MaterialFacts> materials(String condition, Map<String, ?> params) {
		List<Long> ids = this.jdbc.sql("SELECT m.id FROM materials m WHERE " + condition)
			.params(params)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<Long>> students = links("material_students", "material_id", ids);
		Map<Long, MaterialFacts> byId = new LinkedHashMap<>();
		this.jdbc.sql(CourseworkRows.MATERIAL + " WHERE m.id IN (:ids)").param("ids", ids).query((rs) -> {
			long id = rs.getLong("id");
			byId.put(id, CourseworkRows.material(rs, students.getOrDefault(id, Set.of())));
		});
		return ids.stream().map(byId::get).toList();
	}

	Optional<MaterialProgressFacts> progress(long progressId) {
		return this.jdbc.sql(CourseworkRows.PROGRESS + " WHERE p.id = ?")
			.param(progressId)
			.query(CourseworkRows::progress)
			.optional();
	}

	Optional<MaterialProgressFacts> progress(long materialId, long studentId) {
		return this.jdbc.sql(CourseworkRows.PROGRESS + " WHERE p.material_id = ? AND p.student_id = ?")
			.params(materialId, studentId)
			.query(CourseworkRows::progress)
			.optional();
	}

	List<MaterialProgressFacts> progressOf(long materialId) {
		return this.jdbc.sql(CourseworkRows.PROGRESS + " WHERE p.material_id = ? ORDER BY p.id")
			.param(materialId)
			.query(CourseworkRows::progress)
			.list();
	}

	Optional<StudySessionFacts> studySession(long sessionId) {
		return this.jdbc.sql(CourseworkRows.STUDY_SESSION + " WHERE ss.id = ?")
			.param(sessionId)
			.query(CourseworkRows::studySession)
			.optional();
	}

	private Map<Long, Set<Long>> links(String table, String ownerColumn, Collection<Long> ownerIds) {
		Map<Long, Set<Long>> students = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT " + ownerColumn + ", student_id FROM " + table + " WHERE " + ownerColumn
					+ " IN (:ids) ORDER BY student_id")
			.param("ids", List.copyOf(ownerIds))
			.query((rs) -> {
				students.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>()).add(rs.getLong(2));
			});
		return students;
	}

}
