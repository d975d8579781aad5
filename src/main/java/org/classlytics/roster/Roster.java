package org.classlytics.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.classlytics.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read from the roster. Every list method answers for a whole set
 * in one query, so that callers never loop per student.
 */
@Service
@Transactional(readOnly = true)
public class Roster {

	private static final String PERSON_COLUMNS = """
			id, school_id, email, first_name, last_name, role, active, locale, class_section_id, tutor_id""";

	private static final String ENROLLMENT_COLUMNS = """
			id, school_id, student_id, teacher_id, subject_id, start_date, end_date, active""";

	private final JdbcClient jdbc;

	private final SchoolRepository schools;

	Roster(JdbcClient jdbc, SchoolRepository schools) {
		this.jdbc = jdbc;
		this.schools = schools;
	}

	/**
	 * One school, by a plain read: every request that works out a local day asks for it,
	 * and the repository's aggregate load cost several times the query itself.
	 */
	public School school(long schoolId) {
		return this.jdbc.sql("SELECT id, name, time_zone, locale FROM schools WHERE id = ?")
			.param(schoolId)
			.query((rs, n) -> new School(rs.getLong("id"), rs.getString("name"), ZoneId.of(rs.getString("time_zone")),
					Locale.forLanguageTag(rs.getString("locale"))))
			.optional()
			.orElseThrow(() -> NotFoundException.of("School", schoolId));
	}

	public ZoneId zoneOf(long schoolId) {
		return school(schoolId).timeZone();
	}

	public List<School> schools() {
		return this.schools.findAll().stream().map(SchoolEntity::toSchool).toList();
	}

	public Optional<Person> person(long userId) {
		return this.jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM users WHERE id = ?")
			.param(userId)
			.query(RosterRows::person)
			.optional();
	}

	public Optional<Person> personByEmail(String email) {
		return this.jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM users WHERE email = ?")
			.param(Emails.normalize(email))
			.query(RosterRows::person)
			.optional();
	}

	/**
	 * People by id, in one query; unknown ids are absent from the map.
	 */
	public Map<Long, Person> people(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM users WHERE id IN (:ids)")
			.param("ids", List.copyOf(userIds))
			.query(RosterRows::person)
			.list()
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	/**
	 * People of a school by reference, for imports: each reference is an external id or,
	 * when it contains {@code @}, an email. One query for a whole chunk; the map is keyed
	 * by the references as given, and unknown ones are absent.
	 */
	public Map<String, Person> peopleByReference(long schoolId, Collection<String> references) {
		List<String> emails = references.stream().filter((r) -> r.contains("@")).map(Emails::normalize).toList();
		List<String> externalIds = references.stream().filter((r) -> !r.contains("@")).toList();
		if (references.isEmpty()) {
			return Map.of();
		}
		Map<String, Person> byEmail = new java.util.HashMap<>();
		Map<String, Person> byExternalId = new java.util.HashMap<>();
		this.jdbc
			.sql("SELECT " + PERSON_COLUMNS + ", external_id FROM users WHERE school_id = :school "
					+ "AND (email IN (:emails) OR external_id IN (:externals))")
			.param("school", schoolId)
			.param("emails", emails.isEmpty() ? List.of("") : emails)
			.param("externals", externalIds.isEmpty() ? List.of("") : externalIds)
			.query((rs) -> {
				Person person = RosterRows.person(rs, 0);
				byEmail.put(person.email(), person);
				if (rs.getString("external_id") != null) {
					byExternalId.put(rs.getString("external_id"), person);
				}
			});
		Map<String, Person> found = new java.util.HashMap<>();
		for (String reference : references) {
			Person person = reference.contains("@") ? byEmail.get(Emails.normalize(reference))
					: byExternalId.get(reference);
			if (person != null) {
				found.put(reference, person);
			}
		}
		return found;
	}

	/**
	 * The school's subjects by code and by external id, for resolving import references.
	 */
	public Map<String, Subject> subjectsByReference(long schoolId) {
		Map<String, Subject> found = new java.util.HashMap<>();
		this.jdbc.sql("SELECT id, school_id, name, code, external_id FROM subjects WHERE school_id = ?")
			.param(schoolId)
			.query((rs) -> {
				Subject subject = RosterRows.subject(rs, 0);
				found.put(subject.code(), subject);
				if (rs.getString("external_id") != null) {
					found.put(rs.getString("external_id"), subject);
				}
			});
		return found;
	}

	/**
	 * The school's classes by name and by external id, for resolving import references.
	 */
	public Map<String, ClassSection> classesByReference(long schoolId) {
		Map<String, ClassSection> found = new java.util.HashMap<>();
		this.jdbc.sql("SELECT id, school_id, name, grade_level, external_id FROM class_sections WHERE school_id = ?")
			.param(schoolId)
			.query((rs) -> {
				ClassSection section = RosterRows.classSection(rs, 0);
				found.put(section.name(), section);
				if (rs.getString("external_id") != null) {
					found.put(rs.getString("external_id"), section);
				}
			});
		return found;
	}

	/**
	 * Everyone of a school, active or not, by id: for rebuilding derived data (analytics'
	 * recompute).
	 */
	public List<Person> peopleOfSchool(long schoolId) {
		return this.jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM users WHERE school_id = ? ORDER BY id")
			.param(schoolId)
			.query(RosterRows::person)
			.list();
	}

	/**
	 * Active students of a school, ordered by last and first name.
	 */
	public List<Person> activeStudents(long schoolId) {
		return this.jdbc.sql("SELECT " + PERSON_COLUMNS
				+ " FROM users WHERE school_id = ? AND role = 'STUDENT' AND active = TRUE ORDER BY last_name, first_name, id")
			.param(schoolId)
			.query(RosterRows::person)
			.list();
	}

	public List<Person> studentsOfClass(long classSectionId) {
		return this.jdbc
			.sql("SELECT " + PERSON_COLUMNS
					+ " FROM users WHERE class_section_id = ? AND role = 'STUDENT' ORDER BY last_name, first_name, id")
			.param(classSectionId)
			.query(RosterRows::person)
			.list();
	}

	public long countActive(long schoolId, Role role) {
		return this.jdbc.sql("SELECT COUNT(*) FROM users WHERE school_id = ? AND role = ? AND active = TRUE")
			.params(schoolId, role.name())
			.query(Long.class)
			.single();
	}

	/**
	 * The guardians of each of the given students, in one query.
	 */
	public Map<Long, List<Long>> guardiansOf(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(
				"SELECT student_id, guardian_id FROM student_guardians WHERE student_id IN (:ids) ORDER BY guardian_id")
			.param("ids", List.copyOf(studentIds))
			.query((rs, n) -> Map.entry(rs.getLong("student_id"), rs.getLong("guardian_id")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	public List<Long> childrenOf(long guardianId) {
		return this.jdbc.sql("SELECT student_id FROM student_guardians WHERE guardian_id = ? ORDER BY student_id")
			.param(guardianId)
			.query(Long.class)
			.list();
	}

	public Optional<Term> term(long termId) {
		return this.jdbc.sql("SELECT id, school_id, name, start_date, end_date FROM academic_terms WHERE id = ?")
			.param(termId)
			.query(RosterRows::term)
			.optional();
	}

	/**
	 * The term that contains a day, if any (terms of a school never overlap).
	 */
	public Optional<Term> termOn(long schoolId, LocalDate day) {
		return this.jdbc.sql("""
				SELECT id, school_id, name, start_date, end_date FROM academic_terms
				WHERE school_id = ? AND start_date <= ? AND end_date >= ?""")
			.params(schoolId, day, day)
			.query(RosterRows::term)
			.optional();
	}

	public List<Term> terms(long schoolId) {
		return this.jdbc.sql(
				"SELECT id, school_id, name, start_date, end_date FROM academic_terms WHERE school_id = ? ORDER BY start_date")
			.param(schoolId)
			.query(RosterRows::term)
			.list();
	}

	public Optional<Subject> subject(long subjectId) {
		return this.jdbc.sql("SELECT id, school_id, name, code FROM subjects WHERE id = ?")
			.param(subjectId)
			.query(RosterRows::subject)
			.optional();
	}

	public Map<Long, Subject> subjects(Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT id, school_id, name, code FROM subjects WHERE id IN (:ids)")
			.param("ids", List.copyOf(subjectIds))
			.query(RosterRows::subject)
			.list()
			.stream()
			.collect(Collectors.toMap(Subject::id, Function.identity()));
	}

	public List<Subject> subjectsOfSchool(long schoolId) {
		return this.jdbc.sql("SELECT id, school_id, name, code FROM subjects WHERE school_id = ? ORDER BY name")
			.param(schoolId)
			.query(RosterRows::subject)
			.list();
	}

	public Optional<ClassSection> classSection(long classSectionId) {
		return this.jdbc.sql("SELECT id, school_id, name, grade_level FROM class_sections WHERE id = ?")
			.param(classSectionId)
			.query(RosterRows::classSection)
			.optional();
	}

	public List<ClassSection> classSections(long schoolId) {
		return this.jdbc
			.sql("SELECT id, school_id, name, grade_level FROM class_sections WHERE school_id = ? ORDER BY name")
			.param(schoolId)
			.query(RosterRows::classSection)
			.list();
	}

	/**
	 * A teacher's active enrollments, optionally for one subject: the class of a
	 * teacher's weekly report.
	 */
	public List<Enrollment> activeEnrollmentsOfTeacher(long teacherId, Long subjectId) {
		return this.jdbc.sql("SELECT " + ENROLLMENT_COLUMNS + """
				 FROM enrollments WHERE teacher_id = :teacher AND active = TRUE
				AND (CAST(:subject AS BIGINT) IS NULL OR subject_id = :subject) ORDER BY student_id, subject_id""")
			.param("teacher", teacherId)
			.param("subject", subjectId)
			.query(RosterRows::enrollment)
			.list();
	}

	/**
	 * A teacher's weekly class in one statement (the school, the teacher, the viewer, the
	 * subject, the teacher's active enrollments and their students), for the class
	 * reports.
	 * @param subjectId null for every subject
	 */
	public TeacherClass teacherClass(long schoolId, long teacherId, long viewerId, Long subjectId) {
		School[] school = new School[1];
		Person[] teacher = new Person[1];
		Person[] viewer = new Person[1];
		Subject[] subject = new Subject[1];
		List<Enrollment> enrollments = new java.util.ArrayList<>();
		Map<Long, Person> students = new java.util.LinkedHashMap<>();
		this.jdbc
			.sql("SELECT sc.id AS sc_id, sc.name AS sc_name, sc.time_zone AS sc_time_zone, sc.locale AS sc_locale, "
					+ prefixed("t", PERSON_COLUMNS) + ", " + prefixed("v", PERSON_COLUMNS) + ", "
					+ "sb.id AS sb_id, sb.school_id AS sb_school_id, sb.name AS sb_name, sb.code AS sb_code, "
					+ prefixed("e", ENROLLMENT_COLUMNS) + ", " + prefixed("s", PERSON_COLUMNS) + """
							 FROM schools sc
							LEFT JOIN users t ON t.id = :teacher AND t.school_id = sc.id
							LEFT JOIN users v ON v.id = :viewer AND v.school_id = sc.id
							LEFT JOIN subjects sb ON sb.id = :subject AND sb.school_id = sc.id
							LEFT JOIN enrollments e ON e.teacher_id = t.id AND e.active = TRUE"""
					// The subject's filter only when one is named: "(:subject IS NULL OR
					// ...)" made PostgreSQL plan the statement anew on every report.
					+ ((subjectId != null) ? " AND e.subject_id = :subject" : "") + """

							LEFT JOIN users s ON s.id = e.student_id
							WHERE sc.id = :school ORDER BY e.student_id, e.subject_id""")
			.param("school", schoolId)
			.param("teacher", teacherId)
			.param("viewer", viewerId)
			.param("subject", subjectId)
			.query((java.sql.ResultSet rs) -> {
				if (school[0] == null) {
					String locale = rs.getString("sc_locale");
					school[0] = new School(rs.getLong("sc_id"), rs.getString("sc_name"),
							java.time.ZoneId.of(rs.getString("sc_time_zone")), Locale.forLanguageTag(locale));
					teacher[0] = RosterRows.person(rs, "t_");
					viewer[0] = RosterRows.person(rs, "v_");
					if (RosterRows.nullableLong(rs, "sb_id") != null) {
						subject[0] = new Subject(rs.getLong("sb_id"), rs.getLong("sb_school_id"),
								rs.getString("sb_name"), rs.getString("sb_code"));
					}
				}
				if (RosterRows.nullableLong(rs, "e_id") != null) {
					enrollments.add(RosterRows.enrollment(rs, "e_"));
					Person student = RosterRows.person(rs, "s_");
					students.put(student.id(), student);
				}
			});
		if (school[0] == null) {
			throw NotFoundException.of("School", schoolId);
		}
		return new TeacherClass(school[0], Optional.ofNullable(teacher[0]), Optional.ofNullable(viewer[0]),
				Optional.ofNullable(subject[0]), List.copyOf(enrollments),
				java.util.Collections.unmodifiableMap(students));
	}

	/**
	 * A person of the school and a viewer, with the school, in one statement.
	 */
	public PersonView personView(long schoolId, long personId, long viewerId) {
		School[] school = new School[1];
		Person[] person = new Person[1];
		Person[] viewer = new Person[1];
		this.jdbc
			.sql("SELECT sc.id AS sc_id, sc.name AS sc_name, sc.time_zone AS sc_time_zone, sc.locale AS sc_locale, "
					+ prefixed("p", PERSON_COLUMNS) + ", " + prefixed("v", PERSON_COLUMNS) + """
							 FROM schools sc
							LEFT JOIN users p ON p.id = :person AND p.school_id = sc.id
							LEFT JOIN users v ON v.id = :viewer
							WHERE sc.id = :school""")
			.param("school", schoolId)
			.param("person", personId)
			.param("viewer", viewerId)
			.query((java.sql.ResultSet rs) -> {
				school[0] = new School(rs.getLong("sc_id"), rs.getString("sc_name"),
						java.time.ZoneId.of(rs.getString("sc_time_zone")),
						Locale.forLanguageTag(rs.getString("sc_locale")));
				person[0] = RosterRows.person(rs, "p_");
				viewer[0] = RosterRows.person(rs, "v_");
			});
		if (school[0] == null) {
			throw NotFoundException.of("School", schoolId);
		}
		return new PersonView(school[0], Optional.ofNullable(person[0]), Optional.ofNullable(viewer[0]));
	}

	/**
	 * Every enrollment, active or ended, of the given students with its subject and
	 * teacher, in one statement.
	 */
	public StudentClasses classesOf(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return new StudentClasses(List.of(), Map.of(), Map.of());
		}
		List<Enrollment> enrollments = new java.util.ArrayList<>();
		Map<Long, Subject> subjects = new java.util.HashMap<>();
		Map<Long, Person> teachers = new java.util.HashMap<>();
		this.jdbc
			.sql("SELECT " + prefixed("e", ENROLLMENT_COLUMNS)
					+ ", sb.id AS sb_id, sb.school_id AS sb_school_id, sb.name AS sb_name, sb.code AS sb_code, "
					+ prefixed("t", PERSON_COLUMNS) + """
							 FROM enrollments e
							LEFT JOIN subjects sb ON sb.id = e.subject_id
							LEFT JOIN users t ON t.id = e.teacher_id
							WHERE e.student_id IN (:ids) ORDER BY e.id""")
			.param("ids", List.copyOf(studentIds))
			.query((java.sql.ResultSet rs) -> {
				enrollments.add(RosterRows.enrollment(rs, "e_"));
				Long subjectId = RosterRows.nullableLong(rs, "sb_id");
				if (subjectId != null && !subjects.containsKey(subjectId)) {
					subjects.put(subjectId, new Subject(subjectId, rs.getLong("sb_school_id"), rs.getString("sb_name"),
							rs.getString("sb_code")));
				}
				Person teacher = RosterRows.person(rs, "t_");
				if (teacher != null) {
					teachers.putIfAbsent(teacher.id(), teacher);
				}
			});
		return new StudentClasses(List.copyOf(enrollments), Map.copyOf(subjects), Map.copyOf(teachers));
	}

	private static String prefixed(String alias, String columns) {
		return java.util.Arrays.stream(columns.split(","))
			.map(String::trim)
			.map((c) -> alias + "." + c + " AS " + alias + "_" + c)
			.collect(Collectors.joining(", "));
	}

	/**
	 * Every enrollment, active or ended, of the given students, in one query.
	 */
	public List<Enrollment> enrollmentsOf(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + ENROLLMENT_COLUMNS + " FROM enrollments WHERE student_id IN (:ids) ORDER BY id")
			.param("ids", List.copyOf(studentIds))
			.query(RosterRows::enrollment)
			.list();
	}

	public List<Enrollment> activeEnrollmentsOfSchool(long schoolId) {
		return this.jdbc
			.sql("SELECT " + ENROLLMENT_COLUMNS + " FROM enrollments WHERE school_id = ? AND active = TRUE ORDER BY id")
			.param(schoolId)
			.query(RosterRows::enrollment)
			.list();
	}

	/**
	 * The password hash and standing of the person with this email, for signing in.
	 */
	public Optional<Credentials> credentials(String email) {
		return this.jdbc.sql("SELECT id, school_id, role, active, password_hash FROM users WHERE email = ?")
			.param(Emails.normalize(email))
			.query((rs, n) -> new Credentials(
					new Actor(rs.getLong("id"), rs.getLong("school_id"), Role.valueOf(rs.getString("role"))),
					rs.getString("password_hash"), rs.getBoolean("active")))
			.optional();
	}

	/**
	 * The caller as they stand now, or empty when they no longer exist or were
	 * deactivated.
	 */
	/**
	 * The caller behind a user id while the user is active, checked on every API request:
	 * one statement, so it joins the caller's transaction when there is one and needs
	 * none of its own otherwise.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Actor> activeActor(long userId) {
		return this.jdbc.sql("SELECT id, school_id, role FROM users WHERE id = ? AND active = TRUE")
			.param(userId)
			.query((rs, n) -> new Actor(rs.getLong("id"), rs.getLong("school_id"), Role.valueOf(rs.getString("role"))))
			.optional();
	}

	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single() == 0;
	}

}
