package org.classlytics.analytics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which keys a rebuild touches: one (student, week) after an event, or a school, a
 * student or a date range for a recompute. Only the predicates that are set go into the
 * SQL, so every statement can use the key indexes.
 *
 * @param from first local day (inclusive), or null
 * @param to last local day (inclusive), or null
 */
record Scope(Long schoolId, Long studentId, Long teacherId, Long termId, LocalDate from, LocalDate to,
		java.util.Collection<Long> studentIds) {

	Scope(Long schoolId, Long studentId, Long teacherId, Long termId, LocalDate from, LocalDate to) {
		this(schoolId, studentId, teacherId, termId, from, to, null);
	}

	/**
	 * A set of students (a batch), optionally within a range of local days.
	 */
	static Scope students(java.util.Collection<Long> studentIds, LocalDate from, LocalDate to) {
		return new Scope(null, null, null, null, from, to, java.util.List.copyOf(studentIds));
	}

	static Scope all() {
		return new Scope(null, null, null, null, null, null);
	}

	static Scope school(long schoolId) {
		return new Scope(schoolId, null, null, null, null, null);
	}

	static Scope student(long studentId) {
		return new Scope(null, studentId, null, null, null, null);
	}

	static Scope studentOn(long studentId, LocalDate day) {
		return new Scope(null, studentId, null, null, day, day);
	}

	static Scope teacherOn(long teacherId, LocalDate weekStart) {
		return new Scope(null, null, teacherId, null, weekStart, weekStart);
	}

	static Scope teacher(long teacherId) {
		return new Scope(null, null, teacherId, null, null, null);
	}

	static Scope term(long termId) {
		return new Scope(null, null, null, termId, null, null);
	}

	/**
	 * The predicates on the given columns (null for a column the table lacks), each
	 * starting with AND.
	 */
	String where(String school, String student, String teacher, String term, String date) {
		StringBuilder sql = new StringBuilder();
		if (this.schoolId != null && present(school)) {
			sql.append(" AND ").append(school).append(" = :school");
		}
		if (this.studentId != null && present(student)) {
			sql.append(" AND ").append(student).append(" = :student");
		}
		if (this.studentIds != null && present(student)) {
			sql.append(" AND ").append(student).append(" IN (:students)");
		}
		if (this.teacherId != null && present(teacher)) {
			sql.append(" AND ").append(teacher).append(" = :teacher");
		}
		if (this.termId != null && present(term)) {
			sql.append(" AND ").append(term).append(" = :term");
		}
		if (this.from != null && present(date)) {
			sql.append(" AND ").append(date).append(" >= :from");
		}
		if (this.to != null && present(date)) {
			sql.append(" AND ").append(date).append(" <= :to");
		}
		return sql.toString();
	}

	private static boolean present(String column) {
		return column != null && !column.isEmpty();
	}

	Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		put(params, "school", this.schoolId);
		put(params, "student", this.studentId);
		put(params, "students", this.studentIds);
		put(params, "teacher", this.teacherId);
		put(params, "term", this.termId);
		put(params, "from", this.from);
		put(params, "to", this.to);
		return params;
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.params(params());
	}

	private static void put(Map<String, Object> params, String name, Object value) {
		if (value != null) {
			params.put(name, value);
		}
	}

}
