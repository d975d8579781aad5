package org.classlytics.roster;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classlytics.platform.WriteCounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roster writes for imports, without a caller: the importing module has checked every
 * row. People and enrollments are upserted with SQL inside the caller's transaction and
 * publish the same events as the API, one per record (people and enrollments are few next
 * to activity records, and each one's derived data differs).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RosterImport {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RosterImport(JdbcClient jdbc, JdbcTemplate template, PasswordEncoder passwords, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The schools that hold the given emails (emails are unique across schools), by
	 * normalized email.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, Long> schoolsOfEmails(Collection<String> emails) {
		Map<String, Long> schools = new HashMap<>();
		if (emails.isEmpty()) {
			return schools;
		}
		this.jdbc.sql("SELECT email, school_id FROM users WHERE email IN (:emails)")
			.param("emails", emails.stream().map(Emails::normalize).distinct().toList())
			.query((rs) -> {
				schools.put(rs.getString(1), rs.getLong(2));
			});
		return schools;
	}

	/**
	 * The school's enrollments with the given external ids, by external id.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, Enrollment> enrollmentsByExternalId(long schoolId, Collection<String> externalIds) {
		Map<String, Enrollment> found = new HashMap<>();
		if (externalIds.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("SELECT id, school_id, student_id, teacher_id, subject_id, start_date, end_date, active, external_id "
					+ "FROM enrollments WHERE school_id = :school AND external_id IN (:ids)")
			.param("school", schoolId)
			.param("ids", List.copyOf(externalIds))
			.query((rs) -> {
				found.put(rs.getString("external_id"), RosterRows.enrollment(rs, 0));
			});
		return found;
	}

	/**
	 * The active enrollments of the students, as (student, subject) to enrollment id.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<List<Long>, Long> activeEnrollments(Collection<Long> studentIds) {
		Map<List<Long>, Long> found = new HashMap<>();
		if (studentIds.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("SELECT student_id, subject_id, id FROM enrollments WHERE student_id IN (:students) AND active = TRUE")
			.param("students", List.copyOf(studentIds))
			.query((rs) -> {
				found.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getLong(3));
			});
		return found;
	}

	public WriteCounts savePeople(long schoolId, List<PersonRecord> rows) {
		Map<String, Object[]> byExternalId = new HashMap<>();
		Map<String, Object[]> byEmail = new HashMap<>();
		List<String> externalIds = rows.stream().map(PersonRecord::externalId).filter((id) -> id != null).toList();
		List<String> emails = rows.stream().map((r) -> Emails.normalize(r.email())).toList();
		this.jdbc
			.sql("SELECT id, external_id, email, class_section_id FROM users WHERE school_id = :school "
					+ "AND (email IN (:emails) OR external_id IN (:ids))")
			.param("school", schoolId)
			.param("emails", emails)
			.param("ids", externalIds.isEmpty() ? List.of("") : externalIds)
			.query((rs) -> {
				Object[] row = { rs.getLong(1), (Long) rs.getObject(4, Long.class) };
				if (rs.getString(2) != null) {
					byExternalId.put(rs.getString(2), row);
				}
				byEmail.put(rs.getString(3), row);
			});
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int created = 0;
		int updated = 0;
		for (PersonRecord row : rows) {
			String email = Emails.normalize(row.email());
			Object[] stored = (row.externalId() != null) ? byExternalId.get(row.externalId()) : byEmail.get(email);
			if (stored == null && row.externalId() != null) {
				stored = byEmail.get(email);
			}
			String hash = (row.password() != null) ? this.passwords.encode(row.password()) : null;
			String locale = (row.locale() != null) ? row.locale().toLanguageTag() : null;
			long id;
			Long previousClass = null;
			if (stored == null) {
				GeneratedKeyHolder key = new GeneratedKeyHolder();
				this.jdbc.sql("""
						INSERT INTO users (school_id, email, first_name, last_name, role, active, locale, password_hash,
						  class_section_id, tutor_id, external_id, created_at)
						VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?)""")
					.params(schoolId, email, row.firstName(), row.lastName(), row.role().name(), locale, hash,
							row.classSectionId(), row.tutorId(), row.externalId(), now)
					.update(key, "id");
				id = key.getKey().longValue();
				created++;
			}
			else {
				id = (Long) stored[0];
				previousClass = (Long) stored[1];
				this.jdbc.sql("""
						UPDATE users SET email = ?, first_name = ?, last_name = ?, role = ?, locale = ?,
						  password_hash = COALESCE(?, password_hash), class_section_id = ?, tutor_id = ?,
						  external_id = COALESCE(?, external_id)
						WHERE id = ?""")
					.params(email, row.firstName(), row.lastName(), row.role().name(), locale, hash,
							row.classSectionId(), row.tutorId(), row.externalId(), id)
					.update();
				updated++;
			}
			boolean active = this.jdbc.sql("SELECT active FROM users WHERE id = ?")
				.param(id)
				.query(Boolean.class)
				.single();
			this.events.publishEvent(new PersonSaved(id, schoolId, row.role(), active, row.classSectionId(),
					(stored == null) ? null : previousClass, row.tutorId(), stored == null));
			if (row.guardianIds() != null) {
				replaceGuardians(schoolId, id, row.guardianIds());
			}
		}
		return new WriteCounts(created, updated);
	}

	private void replaceGuardians(long schoolId, long studentId, Set<Long> guardianIds) {
		Set<Long> previous = new HashSet<>(
				this.jdbc.sql("SELECT guardian_id FROM student_guardians WHERE student_id = ?")
					.param(studentId)
					.query(Long.class)
					.list());
		if (previous.equals(guardianIds)) {
			return;
		}
		this.jdbc.sql("DELETE FROM student_guardians WHERE student_id = ?").param(studentId).update();
		List<Object[]> links = new ArrayList<>();
		guardianIds.forEach((guardian) -> links.add(new Object[] { studentId, guardian }));
		if (!links.isEmpty()) {
			this.template.batchUpdate("INSERT INTO student_guardians (student_id, guardian_id) VALUES (?, ?)", links);
		}
		this.events.publishEvent(new GuardiansReplaced(studentId, schoolId, Set.copyOf(guardianIds), previous));
	}

	public WriteCounts saveEnrollments(long schoolId, List<EnrollmentRecord> rows) {
		Map<String, Enrollment> stored = enrollmentsByExternalId(schoolId,
				rows.stream().map(EnrollmentRecord::externalId).toList());
		int created = 0;
		int updated = 0;
		// Deactivations first, so that a file that moves a student's active enrollment
		// from one row to another never holds two at once.
		List<EnrollmentRecord> ordered = new ArrayList<>(rows.stream().filter((r) -> !r.active()).toList());
		ordered.addAll(rows.stream().filter(EnrollmentRecord::active).toList());
		for (EnrollmentRecord row : ordered) {
			Enrollment previous = stored.get(row.externalId());
			Long activeSubject = row.active() ? row.subjectId() : null;
			long id;
			if (previous == null) {
				GeneratedKeyHolder key = new GeneratedKeyHolder();
				this.jdbc.sql("""
						INSERT INTO enrollments (school_id, student_id, teacher_id, subject_id, start_date, end_date,
						  active, active_subject_id, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(schoolId, row.studentId(), row.teacherId(), row.subjectId(), row.startDate(), row.endDate(),
							row.active(), activeSubject, row.externalId())
					.update(key, "id");
				id = key.getKey().longValue();
				created++;
			}
			else {
				id = previous.id();
				this.jdbc.sql("""
						UPDATE enrollments SET student_id = ?, teacher_id = ?, subject_id = ?, start_date = ?,
						  end_date = ?, active = ?, active_subject_id = ? WHERE id = ?""")
					.params(row.studentId(), row.teacherId(), row.subjectId(), row.startDate(), row.endDate(),
							row.active(), activeSubject, id)
					.update();
				updated++;
			}
			Enrollment saved = new Enrollment(id, schoolId, row.studentId(), row.teacherId(), row.subjectId(),
					row.startDate(), row.endDate(), row.active());
			this.events.publishEvent(new EnrollmentSaved(saved, previous));
		}
		return new WriteCounts(created, updated);
	}

	/**
	 * The school's terms, subjects or classes by external id (table: academic_terms,
	 * subjects or class_sections), as id by external id.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, Long> externalIds(String table, long schoolId) {
		if (!List.of("academic_terms", "subjects", "class_sections").contains(table)) {
			throw new IllegalArgumentException("No import keys for " + table);
		}
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("SELECT external_id, id FROM " + table + " WHERE school_id = ? AND external_id IS NOT NULL")
			.param(schoolId)
			.query((rs) -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	/**
	 * Whether a term of the school other than the one with this external id overlaps the
	 * dates (terms never overlap).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean termOverlaps(long schoolId, String externalId, java.time.LocalDate start, java.time.LocalDate end) {
		return !this.jdbc.sql("""
				SELECT 1 FROM academic_terms WHERE school_id = ? AND start_date <= ? AND end_date >= ?
				AND (external_id IS NULL OR external_id <> ?)""")
			.params(schoolId, end, start, externalId)
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	/**
	 * Creates or updates a term by external id and publishes {@link TermSaved}; the
	 * caller has checked the dates. Returns true when it was created.
	 */
	public boolean saveTerm(long schoolId, String externalId, String name, java.time.LocalDate start,
			java.time.LocalDate end) {
		List<Object[]> stored = this.jdbc
			.sql("SELECT id, start_date, end_date FROM academic_terms WHERE school_id = ? AND external_id = ?")
			.params(schoolId, externalId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getObject(2, java.time.LocalDate.class),
							rs.getObject(3, java.time.LocalDate.class) })
			.list();
		if (stored.isEmpty()) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc
				.sql("INSERT INTO academic_terms (school_id, name, start_date, end_date, external_id) "
						+ "VALUES (?, ?, ?, ?, ?)")
				.params(schoolId, name, start, end, externalId)
				.update(key, "id");
			this.events.publishEvent(new TermSaved(key.getKey().longValue(), schoolId, start, end, null, null));
			return true;
		}
		Object[] row = stored.get(0);
		this.jdbc.sql("UPDATE academic_terms SET name = ?, start_date = ?, end_date = ? WHERE id = ?")
			.params(name, start, end, row[0])
			.update();
		this.events.publishEvent(new TermSaved((Long) row[0], schoolId, start, end, (java.time.LocalDate) row[1],
				(java.time.LocalDate) row[2]));
		return false;
	}

	/**
	 * Creates or updates a subject by external id and publishes {@link SubjectSaved}; the
	 * caller has checked that the code is free. Returns true when it was created.
	 */
	public boolean saveSubject(long schoolId, String externalId, String name, String code) {
		Long id = externalIds("subjects", schoolId).get(externalId);
		if (id == null) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql("INSERT INTO subjects (school_id, name, code, external_id) VALUES (?, ?, ?, ?)")
				.params(schoolId, name, code, externalId)
				.update(key, "id");
			this.events.publishEvent(new SubjectSaved(key.getKey().longValue(), schoolId));
			return true;
		}
		this.jdbc.sql("UPDATE subjects SET name = ?, code = ? WHERE id = ?").params(name, code, id).update();
		this.events.publishEvent(new SubjectSaved(id, schoolId));
		return false;
	}

	/**
	 * Creates or updates a class section by external id. Returns true when it was
	 * created.
	 */
	public boolean saveClass(long schoolId, String externalId, String name, Integer gradeLevel) {
		Long id = externalIds("class_sections", schoolId).get(externalId);
		if (id == null) {
			this.jdbc.sql("INSERT INTO class_sections (school_id, name, grade_level, external_id) VALUES (?, ?, ?, ?)")
				.params(schoolId, name, gradeLevel, externalId)
				.update();
			return true;
		}
		this.jdbc.sql("UPDATE class_sections SET name = ?, grade_level = ? WHERE id = ?")
			.params(name, gradeLevel, id)
			.update();
		return false;
	}

}
