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
		return person(rs, "");
	}

	/**
	 * The person in the columns named with the prefix, or null when its id is null (an
	 * outer join found none).
	 */
	static Person person(ResultSet rs, String prefix) throws SQLException {
		Long id = nullableLong(rs, prefix + "id");
		if (id == null) {
			return null;
		}
		String locale = rs.getString(prefix + "locale");
		return new Person(id, rs.getLong(prefix + "school_id"), rs.getString(prefix + "email"),
				rs.getString(prefix + "first_name"), rs.getString(prefix + "last_name"),
				Role.valueOf(rs.getString(prefix + "role")), rs.getBoolean(prefix + "active"),
				(locale != null) ? Locale.forLanguageTag(locale) : null, nullableLong(rs, prefix + "class_section_id"),
				nullableLong(rs, prefix + "tutor_id"));
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
		return enrollment(rs, "");
	}

	static Enrollment enrollment(ResultSet rs, String prefix) throws SQLException {
		return new Enrollment(rs.getLong(prefix + "id"), rs.getLong(prefix + "school_id"),
				rs.getLong(prefix + "student_id"), rs.getLong(prefix + "teacher_id"), rs.getLong(prefix + "subject_id"),
				date(rs, prefix + "start_date"), date(rs, prefix + "end_date"), rs.getBoolean(prefix + "active"));
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
