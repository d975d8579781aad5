package org.classlytics.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Maps roster rows to the records other modules see.
 */
final class RosterRows {

	private RosterRows() {
	}

	static Person person(ResultSet rs, int row) throws SQLException {
		String locale = rs.getString("locale");
		return new Person(rs.getLong("id"), rs.getLong("school_id"), rs.getString("email"), rs.getString("first_name"),
				rs.getString("last_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
				(locale != null) ? Locale.forLanguageTag(locale) : null, nullableLong(rs, "class_section_id"),
				nullableLong(rs, "tutor_id"));
	}

	static Term term(ResultSet rs, int row) throws SQLException {
		return new Term(rs.getLong("id"), rs.getLong("school_id"), rs.getString("name"), date(rs, "start_date"),
				date(rs, "end_date"));
	}

	static Subject subject(ResultSet rs, int row) throws SQLException {
		return new Subject(rs.getLong("id"), rs.getLong("school_id"), rs.getString("name"), rs.getString("code"));
	}

	static ClassSection classSection(ResultSet rs, int row) throws SQLException {
		int grade = rs.getInt("grade_level");
		return new ClassSection(rs.getLong("id"), rs.getLong("school_id"), rs.getString("name"),
				rs.wasNull() ? null : grade);
	}

	static Enrollment enrollment(ResultSet rs, int row) throws SQLException {
		return new Enrollment(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("student_id"),
				rs.getLong("teacher_id"), rs.getLong("subject_id"), date(rs, "start_date"), date(rs, "end_date"),
				rs.getBoolean("active"));
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
