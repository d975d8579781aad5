package org.classlytics.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes one demo school, table by table, with batched SQL straight into the roster,
 * coursework, attendance, messaging and payments tables (a deliberate exception to "no
 * module writes another's tables": going through the services row by row would take
 * minutes for a large school). Every rule of the domain is kept by construction, and the
 * tests check them with SQL.
 *
 * <p>
 * Each table is generated from its own random stream (the plan's seed plus a salt), so a
 * plan always yields the same rows. Ids are read back after each parent table in
 * insertion order, which is the identity order of a single session's inserts.
 */
final class DemoGenerator {

	static final ZoneId ZONE = ZoneId.of("Europe/Athens");

	static final String PASSWORD = "demo1234";

	private static final String[][] SUBJECTS = { { "Mathematics", "MATH", "4" }, { "Modern Greek", "GREEK", "4" },
			{ "English", "ENG", "3" }, { "Physics", "PHYS", "3" }, { "Chemistry", "CHEM", "2" },
			{ "Biology", "BIO", "2" }, { "History", "HIST", "2" }, { "Computer Science", "CS", "2" } };

	private static final String[][] TOPICS = {
			{ "Linear equations", "Fractions and ratios", "Triangles and angles", "Powers and roots",
					"Systems of equations", "Probability basics", "Functions and graphs", "Statistics" },
			{ "Essay: a childhood memory", "Grammar: verb tenses", "Reading: Kazantzakis", "Poetry: Cavafy",
					"Summary writing", "Argumentative essay", "Reading: Papadiamantis", "Vocabulary review" },
			{ "Present perfect", "Letter writing", "Reading comprehension", "Phrasal verbs", "Reported speech",
					"Book review", "Conditionals", "Listening practice" },
			{ "Motion and speed", "Forces", "Energy", "Pressure", "Waves and sound", "Electric circuits", "Optics",
					"Heat" },
			{ "The periodic table", "Atoms and ions", "Chemical bonds", "Acids and bases", "Reactions", "Solutions",
					"Organic basics", "Lab report" },
			{ "The cell", "Photosynthesis", "Human body systems", "Genetics", "Ecosystems", "Evolution",
					"Microorganisms", "Lab report" },
			{ "Ancient Athens", "Byzantium", "The 1821 Revolution", "The Balkan Wars", "Asia Minor 1922",
					"The Second World War", "The Cold War", "Source analysis" },
			{ "Algorithms", "Python: loops", "Python: functions", "Spreadsheets", "Networks", "Databases", "Web pages",
					"Cybersecurity" } };

	private static final String[][] FEEDBACK = {
			{ "Please see me about this one; let's go over the basics together.",
					"Incomplete work. Review the lesson notes and try again.", "Many gaps here: ask for help early." },
			{ "A fair attempt, but check your method more carefully.", "Some good ideas; work on accuracy.",
					"Getting there. Practise the examples from class." },
			{ "Good work, with a few small mistakes.", "Solid effort and clear presentation.",
					"Well reasoned; watch the details." },
			{ "Excellent work!", "Outstanding, thorough and well presented.", "Superb. Keep it up!" } };

	private static final String[] CLASS_MESSAGES = { "Reminder: homework is due on Friday.",
			"Don't forget your calculators tomorrow.", "Great work in today's lesson, everyone!",
			"Can someone share the notes from the last lesson?", "Is the test on chapters 3 and 4?",
			"The school trip forms are due next week.", "Thanks, see you tomorrow!",
			"Please read pages 40-45 before the next lesson.", "Does anyone have the worksheet?",
			"Καλή επιτυχία σε όλους στο διαγώνισμα!" };

	private static final String[] FAMILY_MESSAGES = { "Could we arrange a short meeting next week?",
			"Thank you for letting us know; we will talk to our child tonight.",
			"Attendance has dropped recently; is everything all right at home?",
			"We have seen some improvement this week.", "Homework has been missing; can we help with a plan?",
			"Ευχαριστούμε πολύ για την ενημέρωση." };

	private static final String[][] COMMUNICATIONS = {
			{ "Discussed recent absences and agreed on a daily check-in.",
					"Missing homework: agreed on a weekly plan with the tutor.",
					"Grades have dropped this term; discussed extra support." },
			{ "Positive update on progress this term.", "Parents' evening: good effort in class.",
					"Shared the upcoming test dates and study tips." } };

	private static final String[] BEHAVIOUR_NOTES = { "Disruptive in class", "Did not follow instructions",
			"Distracted, needed reminders", "Participated well", "Helped classmates, excellent attitude" };

	private final JdbcTemplate jdbc;

	private final DemoPlan plan;

	private final String passwordHash;

	private final SchoolCalendar calendar;

	private final Instant asOf;

	private final Map<String, Long> counts = new LinkedHashMap<>();

	private final Map<String, Long> nanos = new LinkedHashMap<>();

	private long schoolId;

	private String domain;

	// the cast, by index
	private int classes;

	private int teachers;

	private int tutors;

	private final List<Names.Name> parentNames = new ArrayList<>();

	private final List<Boolean> parentGreek = new ArrayList<>();

	private final List<Names.Name> studentNames = new ArrayList<>();

	private final List<List<Integer>> studentParents = new ArrayList<>();

	private int[] studentClass;

	private String[] classNames;

	private int[] teacherSubject;

	private int[][] classTeacher;

	private List<List<Integer>> classStudents;

	// student profiles
	private double[] ability;

	private double[] trend;

	private double[] absenceRate;

	private double[] lateArrivalRate;

	private double[] missingRate;

	private double[] lateWorkRate;

	private double[] studyFactor;

	private boolean[] atRisk;

	private boolean[] lowBehaviour;

	// ids, by index
	private long[] termIds;

	private long[] subjectIds;

	private long[] classIds;

	private long[] teacherIds;

	private long[] tutorIds;

	private long[] parentIds;

	private long[] studentIds;

	DemoGenerator(JdbcTemplate jdbc, DemoPlan plan, String passwordHash) {
		this.jdbc = jdbc;
		this.plan = plan;
		this.passwordHash = passwordHash;
		this.asOf = plan.asOf().truncatedTo(ChronoUnit.MILLIS);
		this.calendar = new SchoolCalendar(ZONE, this.asOf);
	}

	SchoolCalendar calendar() {
		return this.calendar;
	}

	Map<String, Long> counts() {
		return this.counts;
	}

	/**
	 * Nanoseconds spent in the database's batch inserts, per table.
	 */
	Map<String, Long> nanos() {
		return this.nanos;
	}

	String domain() {
		return this.domain;
	}

	List<DemoLogin> logins() {
		return List.of(new DemoLogin("ADMIN", "admin@" + this.domain, "School Admin"),
				new DemoLogin("TEACHER", "teacher@" + this.domain, full(staffName(-1, 0))),
				new DemoLogin("TUTOR", "tutor@" + this.domain, full(staffName(-2, 0))),
				new DemoLogin("PARENT", "parent@" + this.domain, full(this.parentNames.get(0))),
				new DemoLogin("STUDENT", "student@" + this.domain, full(this.studentNames.get(0))));
	}

	private static String full(Names.Name name) {
		return name.first() + " " + name.last();
	}

	long generate() {
		insertSchool();
		buildCast();
		writeOrganisation();
		writePeople();
		writeEnrollments();
		writeLessons();
		writeAttendanceAndBehaviour();
		writeAssignments();
		writeQuizzes();
		writeMaterials();
		writeChat();
		writeCommunicationsAndPayments();
		return this.schoolId;
	}

	private Random random(int salt) {
		return new Random(this.plan.seed() * 1_000_003L + salt);
	}

	private TableWriter writer(String table, Object... columns) {
		return new TableWriter(this.jdbc, this.counts, this.nanos, table, columns);
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private long[] idsOf(String table, int expected) {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM " + table + " WHERE school_id = ? ORDER BY id",
				Long.class, this.schoolId);
		if (ids.size() != expected) {
			throw new IllegalStateException("Expected " + expected + " rows in " + table + ", found " + ids.size());
		}
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	// ---------------------------------------------------------------- organisation

	private void insertSchool() {
		KeyHolder keys = new GeneratedKeyHolder();
		Instant created = this.calendar.at(this.calendar.autumnStart.minusDays(7), 9, 0);
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"INSERT INTO schools (name, time_zone, locale, created_at) VALUES (?, ?, ?, ?)",
					new String[] { "id" });
			statement.setString(1, this.plan.schoolName());
			statement.setString(2, ZONE.getId());
			statement.setString(3, "en");
			statement.setObject(4, utc(created));
			return statement;
		}, keys);
		this.schoolId = keys.getKey().longValue();
		this.counts.merge("schools", 1L, Long::sum);
		this.domain = (this.plan.emailDomain() != null) ? this.plan.emailDomain()
				: "school-" + this.schoolId + ".demo.classlytics.org";
	}

	private void writeOrganisation() {
		int year = this.calendar.autumnStart.getYear();
		String schoolYear = year + "/" + String.valueOf(year + 1).substring(2);
		try (TableWriter terms = writer("academic_terms", "school_id", Types.BIGINT, "name", Types.VARCHAR,
				"start_date", Types.DATE, "end_date", Types.DATE)) {
			terms.row(this.schoolId, "Autumn term " + schoolYear, this.calendar.autumnStart, this.calendar.autumnEnd);
			terms.row(this.schoolId, "Spring term " + schoolYear, this.calendar.springStart, this.calendar.springEnd);
		}
		this.termIds = idsOf("academic_terms", 2);
		try (TableWriter subjects = writer("subjects", "school_id", Types.BIGINT, "name", Types.VARCHAR, "code",
				Types.VARCHAR)) {
			for (String[] subject : SUBJECTS) {
				subjects.row(this.schoolId, subject[0], subject[1]);
			}
		}
		this.subjectIds = idsOf("subjects", SUBJECTS.length);
		try (TableWriter sections = writer("class_sections", "school_id", Types.BIGINT, "name", Types.VARCHAR,
				"grade_level", Types.INTEGER)) {
			for (int c = 0; c < this.classes; c++) {
				sections.row(this.schoolId, className(c), gradeOf(c));
			}
		}
		this.classIds = idsOf("class_sections", this.classes);
	}

	/**
	 * Classes spread over grades 7 to 12 (gymnasium and lyceum), lettered within a grade.
	 */
	private int gradeOf(int c) {
		return 7 + (c * 6) / this.classes;
	}

	private String className(int c) {
		return this.classNames[c];
	}

	private String computeClassName(int c) {
		int grade = gradeOf(c);
		int first = 0;
		while (first < c && gradeOf(first) != grade) {
			first++;
		}
		int section = c - first;
		return (section < 26) ? grade + String.valueOf((char) ('A' + section)) : grade + "-" + (section + 1);
	}

	// ---------------------------------------------------------------- the cast

	private void buildCast() {
		int n = this.plan.students();
		this.classes = Math.max(1, Math.round(n / 25f));
		this.teachers = Math.max(SUBJECTS.length, Math.round(n / 10f));
		this.tutors = Math.max(1, Math.round(n / 50f));
		this.classNames = new String[this.classes];
		for (int c = 0; c < this.classes; c++) {
			this.classNames[c] = computeClassName(c);
		}
		Random random = random(1);
		// families: one or two guardians, one or (sometimes) two children
		while (this.studentNames.size() < n) {
			boolean first = this.studentNames.isEmpty();
			int surname = Names.surname(random);
			boolean greek = !first && random.nextDouble() < 0.05;
			int guardians = (first || random.nextDouble() < 0.7) ? 2 : 1;
			int children = (first || random.nextDouble() < 0.12) ? 2 : 1;
			children = Math.min(children, n - this.studentNames.size());
			List<Integer> family = new ArrayList<>();
			boolean motherFirst = random.nextDouble() < 0.65;
			for (int g = 0; g < guardians; g++) {
				boolean female = (g == 0) == motherFirst;
				family.add(this.parentNames.size());
				this.parentNames.add(Names.person(random, surname, female, greek));
				this.parentGreek.add(greek);
			}
			for (int k = 0; k < children; k++) {
				this.studentNames.add(Names.person(random, surname, random.nextBoolean(), greek));
				this.studentParents.add(family);
			}
		}
		// classes: a shuffled order spreads siblings; the well-known student is in class
		// 0
		List<Integer> order = new ArrayList<>();
		for (int s = 0; s < n; s++) {
			order.add(s);
		}
		Collections.shuffle(order, random);
		order.remove(Integer.valueOf(0));
		order.add(0, 0);
		this.studentClass = new int[n];
		this.classStudents = new ArrayList<>();
		for (int c = 0; c < this.classes; c++) {
			this.classStudents.add(new ArrayList<>());
		}
		for (int position = 0; position < n; position++) {
			int student = order.get(position);
			int c = (int) ((long) position * this.classes / n);
			this.studentClass[student] = c;
		}
		for (int s = 0; s < n; s++) {
			this.classStudents.get(this.studentClass[s]).add(s);
		}
		// teachers: one subject each; the classes of a subject are dealt out among them
		this.teacherSubject = new int[this.teachers];
		List<List<Integer>> bySubject = new ArrayList<>();
		for (int s = 0; s < SUBJECTS.length; s++) {
			bySubject.add(new ArrayList<>());
		}
		for (int t = 0; t < this.teachers; t++) {
			this.teacherSubject[t] = t % SUBJECTS.length;
			bySubject.get(t % SUBJECTS.length).add(t);
		}
		this.classTeacher = new int[this.classes][SUBJECTS.length];
		for (int c = 0; c < this.classes; c++) {
			for (int s = 0; s < SUBJECTS.length; s++) {
				List<Integer> candidates = bySubject.get(s);
				this.classTeacher[c][s] = candidates.get((c * candidates.size()) / this.classes);
			}
		}
		buildProfiles(n, random(2));
	}

	private void buildProfiles(int n, Random random) {
		this.ability = new double[n];
		this.trend = new double[n];
		this.absenceRate = new double[n];
		this.lateArrivalRate = new double[n];
		this.missingRate = new double[n];
		this.lateWorkRate = new double[n];
		this.studyFactor = new double[n];
		this.atRisk = new boolean[n];
		this.lowBehaviour = new boolean[n];
		for (int s = 0; s < n; s++) {
			this.ability[s] = clamp(0.72 + random.nextGaussian() * 0.12, 0.4, 0.97);
			this.trend[s] = clamp(random.nextGaussian() * 0.04, -0.08, 0.08);
			double attendance = random.nextDouble();
			this.absenceRate[s] = (attendance < 0.7) ? 0.008 : (attendance < 0.95) ? 0.025 : 0.05;
			this.lateArrivalRate[s] = (random.nextDouble() < 0.8) ? 0.015 : 0.05;
			this.missingRate[s] = (random.nextDouble() < 0.85) ? 0.03 : 0.08;
			this.lateWorkRate[s] = (random.nextDouble() < 0.75) ? 0.07 : 0.18;
			this.studyFactor[s] = clamp(0.4 + this.ability[s] + random.nextGaussian() * 0.2, 0.2, 1.6);
			this.lowBehaviour[s] = random.nextDouble() < 0.04;
		}
		// a handful of students at risk: the well-known student's sibling, then others
		int count = Math.max(2, Math.round(n * 0.03f));
		List<Integer> candidates = new ArrayList<>();
		for (int s = 2; s < n; s++) {
			candidates.add(s);
		}
		Collections.shuffle(candidates, random);
		if (n > 1) {
			candidates.add(0, 1);
		}
		this.ability[0] = Math.max(this.ability[0], 0.8);
		this.absenceRate[0] = 0.008;
		this.missingRate[0] = 0.03;
		for (int k = 0; k < Math.min(count, candidates.size()); k++) {
			int s = candidates.get(k);
			this.atRisk[s] = true;
			switch (k % 4) {
				case 0 -> { // declining grades and missing work
					this.ability[s] = 0.68;
					this.trend[s] = -0.4;
					this.missingRate[s] = 0.3;
					this.lateWorkRate[s] = 0.3;
				}
				case 1 -> { // chronically absent
					this.absenceRate[s] = 0.16;
					this.lateArrivalRate[s] = 0.08;
				}
				case 2 -> { // missing work, low grades
					this.ability[s] = 0.48;
					this.missingRate[s] = 0.45;
					this.studyFactor[s] = 0.2;
				}
				default -> { // everything slipping
					this.ability[s] = 0.55;
					this.trend[s] = -0.2;
					this.absenceRate[s] = 0.1;
					this.missingRate[s] = 0.25;
					this.lowBehaviour[s] = true;
				}
			}
		}
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	/**
	 * Staff names come from their own stream so that the cast of families does not shift
	 * them: salt -1 for teachers, -2 for tutors.
	 */
	private Names.Name staffName(int salt, int index) {
		Random random = random(1000 + salt * 100_000 + index);
		return Names.person(random, Names.surname(random), random.nextBoolean(), false);
	}

	// ---------------------------------------------------------------- people

	private void writePeople() {
		Instant created = this.calendar.at(this.calendar.autumnStart.minusDays(7), 9, 0);
		int number = 0;
		List<String> emails = new ArrayList<>();
		// staff and parents first, so that students can name their tutor
		try (TableWriter users = users()) {
			String adminEmail = "admin@" + this.domain;
			emails.add(adminEmail);
			users.row(this.schoolId, adminEmail, "School", "Admin", "ADMIN", true, null, this.passwordHash, null, null,
					utc(created));
			for (int t = 0; t < this.teachers; t++) {
				Names.Name name = staffName(-1, t);
				String email = (t == 0) ? "teacher@" + this.domain : email(name, ++number);
				emails.add(email);
				users.row(this.schoolId, email, name.first(), name.last(), "TEACHER", true, null, this.passwordHash,
						null, null, utc(created));
			}
			for (int u = 0; u < this.tutors; u++) {
				Names.Name name = staffName(-2, u);
				String email = (u == 0) ? "tutor@" + this.domain : email(name, ++number);
				emails.add(email);
				users.row(this.schoolId, email, name.first(), name.last(), "TUTOR", true, null, this.passwordHash, null,
						null, utc(created));
			}
			for (int p = 0; p < this.parentNames.size(); p++) {
				Names.Name name = this.parentNames.get(p);
				String email = (p == 0) ? "parent@" + this.domain : email(name, ++number);
				emails.add(email);
				users.row(this.schoolId, email, name.first(), name.last(), "PARENT", true,
						this.parentGreek.get(p) ? "el" : null, this.passwordHash, null, null, utc(created));
			}
		}
		Map<String, Long> byEmail = userIdsByEmail();
		int next = 1; // after the admin
		this.teacherIds = new long[this.teachers];
		for (int t = 0; t < this.teachers; t++) {
			this.teacherIds[t] = byEmail.get(emails.get(next++));
		}
		this.tutorIds = new long[this.tutors];
		for (int u = 0; u < this.tutors; u++) {
			this.tutorIds[u] = byEmail.get(emails.get(next++));
		}
		this.parentIds = new long[this.parentNames.size()];
		for (int p = 0; p < this.parentIds.length; p++) {
			this.parentIds[p] = byEmail.get(emails.get(next++));
		}
		List<String> studentEmails = new ArrayList<>();
		try (TableWriter users = users()) {
			for (int s = 0; s < this.studentNames.size(); s++) {
				Names.Name name = this.studentNames.get(s);
				String email = (s == 0) ? "student@" + this.domain : email(name, ++number);
				studentEmails.add(email);
				users.row(this.schoolId, email, name.first(), name.last(), "STUDENT", true, null, this.passwordHash,
						this.classIds[this.studentClass[s]], tutorOf(s), utc(created));
			}
		}
		byEmail = userIdsByEmail();
		this.studentIds = new long[this.studentNames.size()];
		for (int s = 0; s < this.studentIds.length; s++) {
			this.studentIds[s] = byEmail.get(studentEmails.get(s));
		}
		try (TableWriter guardians = writer("student_guardians", "student_id", Types.BIGINT, "guardian_id",
				Types.BIGINT)) {
			for (int s = 0; s < this.studentIds.length; s++) {
				for (int p : this.studentParents.get(s)) {
					guardians.row(this.studentIds[s], this.parentIds[p]);
				}
			}
		}
	}

	private TableWriter users() {
		return writer("users", "school_id", Types.BIGINT, "email", Types.VARCHAR, "first_name", Types.VARCHAR,
				"last_name", Types.VARCHAR, "role", Types.VARCHAR, "active", Types.BOOLEAN, "locale", Types.VARCHAR,
				"password_hash", Types.VARCHAR, "class_section_id", Types.BIGINT, "tutor_id", Types.BIGINT,
				"created_at", Types.TIMESTAMP_WITH_TIMEZONE);
	}

	private Map<String, Long> userIdsByEmail() {
		Map<String, Long> byEmail = new HashMap<>();
		this.jdbc.query("SELECT id, email FROM users WHERE school_id = ?",
				(RowCallbackHandler) (rs) -> byEmail.put(rs.getString("email"), rs.getLong("id")), this.schoolId);
		return byEmail;
	}

	private long tutorOf(int student) {
		return this.tutorIds[this.studentClass[student] % this.tutors];
	}

	private String email(Names.Name name, int number) {
		return (ascii(name.latinFirst()) + "." + ascii(name.latinLast()) + "." + number + "@" + this.domain)
			.toLowerCase(Locale.ROOT);
	}

	private static String ascii(String text) {
		return text.replaceAll("[^A-Za-z]", "");
	}

	private void writeEnrollments() {
		try (TableWriter enrollments = writer("enrollments", "school_id", Types.BIGINT, "student_id", Types.BIGINT,
				"teacher_id", Types.BIGINT, "subject_id", Types.BIGINT, "start_date", Types.DATE, "end_date",
				Types.DATE, "active", Types.BOOLEAN, "active_subject_id", Types.BIGINT)) {
			for (int s = 0; s < this.studentIds.length; s++) {
				for (int subject = 0; subject < SUBJECTS.length; subject++) {
					enrollments.row(this.schoolId, this.studentIds[s], teacherOf(this.studentClass[s], subject),
							this.subjectIds[subject], this.calendar.autumnStart, null, true, this.subjectIds[subject]);
				}
			}
		}
	}

	private long teacherOf(int c, int subject) {
		return this.teacherIds[this.classTeacher[c][subject]];
	}

	// ---------------------------------------------------------------- lessons,
	// attendance

	/**
	 * Each class's weekly timetable: for each weekday (0 to 4) and period (0 to 6) the
	 * subject taught, or -1.
	 */
	private int[][][] timetables() {
		int[][][] timetables = new int[this.classes][5][7];
		for (int c = 0; c < this.classes; c++) {
			List<Integer> slots = new ArrayList<>();
			for (int slot = 0; slot < 35; slot++) {
				slots.add(slot);
			}
			Collections.shuffle(slots, random(10_000 + c));
			for (int[] day : timetables[c]) {
				Arrays.fill(day, -1);
			}
			int next = 0;
			for (int subject = 0; subject < SUBJECTS.length; subject++) {
				for (int k = 0; k < Integer.parseInt(SUBJECTS[subject][2]); k++) {
					int slot = slots.get(next++);
					timetables[c][slot / 7][slot % 7] = subject;
				}
			}
		}
		return timetables;
	}

	private void writeLessons() {
		int[][][] timetables = timetables();
		Random random = random(3);
		try (TableWriter lessons = writer("lessons", "school_id", Types.BIGINT, "teacher_id", Types.BIGINT,
				"subject_id", Types.BIGINT, "class_section_id", Types.BIGINT, "starts_at",
				Types.TIMESTAMP_WITH_TIMEZONE, "status", Types.VARCHAR)) {
			for (LocalDate day : this.calendar.schoolDays) {
				int weekday = day.getDayOfWeek().getValue() - 1;
				for (int c = 0; c < this.classes; c++) {
					for (int period = 0; period < 7; period++) {
						int subject = timetables[c][weekday][period];
						if (subject < 0) {
							continue;
						}
						Instant startsAt = this.calendar.at(day, 8, 15 + period * 55);
						if (startsAt.isAfter(this.asOf)) {
							continue;
						}
						String status = (random.nextDouble() < 0.03) ? "CANCELLED" : "HELD";
						lessons.row(this.schoolId, teacherOf(c, subject), this.subjectIds[subject], this.classIds[c],
								utc(startsAt), status);
					}
				}
			}
		}
	}

	private void writeAttendanceAndBehaviour() {
		Random random = random(4);
		Random behaviour = random(5);
		try (TableWriter attendance = writer("attendance_records", "school_id", Types.BIGINT, "student_id",
				Types.BIGINT, "on_date", Types.DATE, "status", Types.VARCHAR, "note", Types.VARCHAR, "recorded_by",
				Types.BIGINT, "recorded_at", Types.TIMESTAMP_WITH_TIMEZONE);
				TableWriter behaviours = writer("behavior_entries", "school_id", Types.BIGINT, "student_id",
						Types.BIGINT, "on_date", Types.DATE, "score", Types.INTEGER, "note", Types.VARCHAR,
						"recorded_by", Types.BIGINT, "recorded_at", Types.TIMESTAMP_WITH_TIMEZONE)) {
			for (int s = 0; s < this.studentIds.length; s++) {
				int c = this.studentClass[s];
				long homeroom = teacherOf(c, 0);
				int illness = 0;
				for (LocalDate day : this.calendar.schoolDays) {
					Instant recordedAt = this.calendar.at(day, 8, 30);
					if (recordedAt.isAfter(this.asOf)) {
						continue;
					}
					double progress = this.calendar.progress(day);
					// the chronically absent drift further away as the term goes on
					double absence = this.absenceRate[s] * (this.atRisk[s] ? 0.5 + progress : 1);
					String status;
					String note = null;
					if (illness > 0) {
						illness--;
						status = "EXCUSED";
						note = "Illness";
					}
					else {
						double roll = random.nextDouble();
						if (roll < 0.006) {
							illness = random.nextInt(3);
							status = "EXCUSED";
							note = "Illness (note from home)";
						}
						else if (roll < 0.006 + absence) {
							status = "ABSENT";
						}
						else if (roll < 0.006 + absence + this.lateArrivalRate[s]) {
							status = "LATE";
							note = "Arrived after the first bell";
						}
						else {
							status = "PRESENT";
						}
					}
					attendance.row(this.schoolId, this.studentIds[s], day, status, note, homeroom, utc(recordedAt));
					double chance = this.lowBehaviour[s] ? 0.12 : 0.04;
					Instant behaviourAt = this.calendar.at(day, 12, behaviour.nextInt(180));
					if (!status.equals("ABSENT") && !status.equals("EXCUSED") && behaviour.nextDouble() < chance
							&& !behaviourAt.isAfter(this.asOf)) {
						int score = behaviourScore(behaviour, this.lowBehaviour[s]);
						long teacher = teacherOf(c, behaviour.nextInt(SUBJECTS.length));
						behaviours.row(this.schoolId, this.studentIds[s], day, score, BEHAVIOUR_NOTES[score - 1],
								teacher, utc(behaviourAt));
					}
				}
			}
		}
	}

	private static int behaviourScore(Random random, boolean low) {
		double roll = random.nextDouble();
		if (low) {
			return (roll < 0.1) ? 1 : (roll < 0.4) ? 2 : (roll < 0.8) ? 3 : (roll < 0.95) ? 4 : 5;
		}
		return (roll < 0.01) ? 1 : (roll < 0.05) ? 2 : (roll < 0.2) ? 3 : (roll < 0.6) ? 4 : 5;
	}

	// ---------------------------------------------------------------- coursework

	private record Work(int c, int subject, Instant createdAt, Instant dueAt, BigDecimal maxScore) {

	}

	private void writeAssignments() {
		List<Work> works = new ArrayList<>();
		try (TableWriter assignments = writer("assignments", "school_id", Types.BIGINT, "teacher_id", Types.BIGINT,
				"subject_id", Types.BIGINT, "title", Types.VARCHAR, "created_at", Types.TIMESTAMP_WITH_TIMEZONE,
				"due_at", Types.TIMESTAMP_WITH_TIMEZONE, "max_score", Types.NUMERIC)) {
			for (int c = 0; c < this.classes; c++) {
				for (int subject = 0; subject < SUBJECTS.length; subject++) {
					for (int k = 0;; k++) {
						LocalDate due = SchoolCalendar
							.schoolDayFrom(this.calendar.activityFrom.plusDays(10 + 14L * k + (c * 3L + subject) % 5));
						Instant createdAt = this.calendar.at(due.minusDays(7), 9, 5 * subject);
						if (createdAt.isAfter(this.asOf)) {
							break;
						}
						boolean project = k % 3 == 2;
						BigDecimal max = project ? BigDecimal.valueOf(100) : BigDecimal.valueOf(20);
						Work work = new Work(c, subject, createdAt, this.calendar.at(due, 23, 59), max);
						works.add(work);
						String title = TOPICS[subject][k % TOPICS[subject].length] + (project ? " project" : "") + " ("
								+ className(c) + ")";
						assignments.row(this.schoolId, teacherOf(c, subject), this.subjectIds[subject], title,
								utc(createdAt), utc(work.dueAt()), max.setScale(2));
					}
				}
			}
		}
		long[] ids = idsOf("assignments", works.size());
		try (TableWriter assigned = writer("assignment_students", "assignment_id", Types.BIGINT, "student_id",
				Types.BIGINT, "school_id", Types.BIGINT)) {
			for (int a = 0; a < works.size(); a++) {
				for (int s : this.classStudents.get(works.get(a).c())) {
					assigned.row(ids[a], this.studentIds[s], this.schoolId);
				}
			}
		}
		Random random = random(6);
		try (TableWriter submissions = writer("submissions", "school_id", Types.BIGINT, "assignment_id", Types.BIGINT,
				"student_id", Types.BIGINT, "submitted_at", Types.TIMESTAMP_WITH_TIMEZONE, "late", Types.BOOLEAN,
				"status", Types.VARCHAR, "score", Types.NUMERIC, "graded_at", Types.TIMESTAMP_WITH_TIMEZONE, "feedback",
				Types.VARCHAR)) {
			for (int a = 0; a < works.size(); a++) {
				Work work = works.get(a);
				for (int s : this.classStudents.get(work.c())) {
					double roll = random.nextDouble();
					boolean lateWork = random.nextDouble() < this.lateWorkRate[s];
					long offsetMinutes = 30 + random.nextInt(lateWork ? 72 * 60 : 5 * 24 * 60);
					double noise = random.nextGaussian();
					int gradingDays = 1 + random.nextInt(6);
					int gradingMinute = random.nextInt(240);
					int feedbackPick = random.nextInt(3);
					if (roll < this.missingRate[s]) {
						continue;
					}
					Instant submittedAt = lateWork ? work.dueAt().plus(offsetMinutes, ChronoUnit.MINUTES)
							: work.dueAt().minus(offsetMinutes, ChronoUnit.MINUTES);
					if (submittedAt.isBefore(work.createdAt())) {
						submittedAt = work.createdAt().plus(60 + offsetMinutes % 600, ChronoUnit.MINUTES);
					}
					if (submittedAt.isAfter(this.asOf)) {
						continue;
					}
					boolean late = submittedAt.isAfter(work.dueAt());
					LocalDate gradedDay = LocalDate
						.ofInstant(submittedAt.isAfter(work.dueAt()) ? submittedAt : work.dueAt(), ZONE)
						.plusDays(gradingDays);
					Instant gradedAt = this.calendar.at(gradedDay, 17, gradingMinute);
					if (gradedAt.isAfter(this.asOf)) {
						submissions.row(this.schoolId, ids[a], this.studentIds[s], utc(submittedAt), late, "SUBMITTED",
								null, null, null);
						continue;
					}
					double progress = this.calendar.progress(LocalDate.ofInstant(work.dueAt(), ZONE));
					double percent = clamp(
							this.ability[s] + this.trend[s] * progress + noise * 0.08 - (late ? 0.05 : 0), 0.05, 1);
					BigDecimal score = score(percent, work.maxScore());
					String feedback = FEEDBACK[band(percent)][feedbackPick];
					submissions.row(this.schoolId, ids[a], this.studentIds[s], utc(submittedAt), late, "GRADED", score,
							utc(gradedAt), feedback);
				}
			}
		}
	}

	/**
	 * A score of about {@code percent} of max, in half points below 20 and whole points
	 * above, never outside 0 to max.
	 */
	private static BigDecimal score(double percent, BigDecimal max) {
		double raw = percent * max.doubleValue();
		double step = (max.doubleValue() <= 20) ? 0.5 : 1;
		double rounded = Math.round(raw / step) * step;
		return BigDecimal.valueOf(clamp(rounded, 0, max.doubleValue())).setScale(2, RoundingMode.HALF_UP);
	}

	private static int band(double percent) {
		return (percent < 0.5) ? 0 : (percent < 0.7) ? 1 : (percent < 0.9) ? 2 : 3;
	}

	private void writeQuizzes() {
		List<int[]> quizzes = new ArrayList<>();
		List<LocalDate> days = new ArrayList<>();
		BigDecimal max = BigDecimal.valueOf(10).setScale(2);
		try (TableWriter writer = writer("quizzes", "school_id", Types.BIGINT, "teacher_id", Types.BIGINT, "subject_id",
				Types.BIGINT, "title", Types.VARCHAR, "created_at", Types.TIMESTAMP_WITH_TIMEZONE, "max_score",
				Types.NUMERIC)) {
			for (int c = 0; c < this.classes; c++) {
				for (int subject = 0; subject < SUBJECTS.length; subject++) {
					for (int k = 0;; k++) {
						LocalDate day = SchoolCalendar
							.schoolDayFrom(this.calendar.activityFrom.plusDays(18 + 21L * k + (c + subject) % 4));
						Instant createdAt = this.calendar.at(day, 8, 0);
						if (createdAt.isAfter(this.asOf)) {
							break;
						}
						quizzes.add(new int[] { c, subject });
						days.add(day);
						writer.row(this.schoolId, teacherOf(c, subject), this.subjectIds[subject],
								"Quiz " + (k + 1) + ": " + TOPICS[subject][(2 * k + 1) % TOPICS[subject].length] + " ("
										+ className(c) + ")",
								utc(createdAt), max);
					}
				}
			}
		}
		long[] ids = idsOf("quizzes", quizzes.size());
		Random random = random(7);
		try (TableWriter attempts = writer("quiz_attempts", "school_id", Types.BIGINT, "quiz_id", Types.BIGINT,
				"student_id", Types.BIGINT, "started_at", Types.TIMESTAMP_WITH_TIMEZONE, "completed_at",
				Types.TIMESTAMP_WITH_TIMEZONE, "score", Types.NUMERIC, "teacher_score", Types.NUMERIC)) {
			for (int q = 0; q < quizzes.size(); q++) {
				LocalDate day = days.get(q);
				for (int s : this.classStudents.get(quizzes.get(q)[0])) {
					double roll = random.nextDouble();
					Instant startedAt = this.calendar.at(day, 10, random.nextInt(240));
					Instant completedAt = startedAt.plus(8 + random.nextInt(18), ChronoUnit.MINUTES);
					double percent = clamp(
							this.ability[s] + this.trend[s] * this.calendar.progress(day) + random.nextGaussian() * 0.1,
							0, 1);
					boolean retake = random.nextDouble() < 0.15;
					boolean override = random.nextDouble() < 0.05;
					if (roll < 0.08 || completedAt.isAfter(this.asOf)) {
						continue;
					}
					if (roll < 0.11) {
						// abandoned: it does not count until completed
						attempts.row(this.schoolId, ids[q], this.studentIds[s], utc(startedAt), null, null, null);
						continue;
					}
					BigDecimal score = score(percent, max);
					BigDecimal teacherScore = override ? score.add(BigDecimal.ONE).min(max) : null;
					attempts.row(this.schoolId, ids[q], this.studentIds[s], utc(startedAt), utc(completedAt), score,
							teacherScore);
					Instant again = startedAt.plus(1, ChronoUnit.DAYS);
					if (retake && !again.plus(30, ChronoUnit.MINUTES).isAfter(this.asOf)) {
						attempts.row(this.schoolId, ids[q], this.studentIds[s], utc(again),
								utc(again.plus(20, ChronoUnit.MINUTES)), score(clamp(percent + 0.1, 0, 1), max), null);
					}
				}
			}
		}
	}

	private void writeMaterials() {
		List<int[]> materials = new ArrayList<>();
		List<Instant> created = new ArrayList<>();
		try (TableWriter writer = writer("materials", "school_id", Types.BIGINT, "teacher_id", Types.BIGINT,
				"subject_id", Types.BIGINT, "title", Types.VARCHAR, "created_at", Types.TIMESTAMP_WITH_TIMEZONE)) {
			for (int c = 0; c < this.classes; c++) {
				for (int subject = 0; subject < SUBJECTS.length; subject++) {
					for (int k = 0; k < 3; k++) {
						LocalDate day = SchoolCalendar.schoolDayFrom(this.calendar.activityFrom.plusDays(2 + 28L * k));
						Instant createdAt = this.calendar.at(day, 12, 10 * subject);
						if (createdAt.isAfter(this.asOf)) {
							break;
						}
						materials.add(new int[] { c, subject, k });
						created.add(createdAt);
						writer.row(
								this.schoolId, teacherOf(c, subject), this.subjectIds[subject], "Notes: "
										+ TOPICS[subject][(2 * k) % TOPICS[subject].length] + " (" + className(c) + ")",
								utc(createdAt));
					}
				}
			}
		}
		long[] ids = idsOf("materials", materials.size());
		// the materials of each class and subject, for study sessions
		Map<Integer, List<Integer>> byClassSubject = new HashMap<>();
		for (int m = 0; m < materials.size(); m++) {
			byClassSubject
				.computeIfAbsent(materials.get(m)[0] * SUBJECTS.length + materials.get(m)[1],
						(key) -> new ArrayList<>())
				.add(m);
		}
		try (TableWriter assigned = writer("material_students", "material_id", Types.BIGINT, "student_id", Types.BIGINT,
				"school_id", Types.BIGINT)) {
			for (int m = 0; m < materials.size(); m++) {
				for (int s : this.classStudents.get(materials.get(m)[0])) {
					assigned.row(ids[m], this.studentIds[s], this.schoolId);
				}
			}
		}
		Random random = random(8);
		try (TableWriter progress = writer("material_progress", "school_id", Types.BIGINT, "material_id", Types.BIGINT,
				"student_id", Types.BIGINT, "progress_percent", Types.NUMERIC, "completed_at",
				Types.TIMESTAMP_WITH_TIMEZONE, "recorded_at", Types.TIMESTAMP_WITH_TIMEZONE)) {
			for (int m = 0; m < materials.size(); m++) {
				for (int s : this.classStudents.get(materials.get(m)[0])) {
					double roll = random.nextDouble();
					boolean complete = random.nextDouble() < 0.45 + 0.3 * this.studyFactor[s];
					int percent = 10 + 5 * random.nextInt(17);
					Instant at = created.get(m).plus(1 + random.nextInt(14 * 24), ChronoUnit.HOURS);
					if (roll > 0.5 + 0.4 * this.studyFactor[s] || at.isAfter(this.asOf)) {
						continue;
					}
					progress.row(this.schoolId, ids[m], this.studentIds[s],
							BigDecimal.valueOf(complete ? 100 : percent).setScale(2), complete ? utc(at) : null,
							utc(at));
				}
			}
		}
		Random study = random(9);
		try (TableWriter sessions = writer("study_sessions", "school_id", Types.BIGINT, "student_id", Types.BIGINT,
				"subject_id", Types.BIGINT, "material_id", Types.BIGINT, "teacher_id", Types.BIGINT, "started_at",
				Types.TIMESTAMP_WITH_TIMEZONE, "duration_seconds", Types.INTEGER)) {
			for (int s = 0; s < this.studentIds.length; s++) {
				int c = this.studentClass[s];
				for (LocalDate week = this.calendar.activityFrom; !week.isAfter(this.calendar.activityTo); week = week
					.plusDays(7)) {
					int count = (int) Math.round(3 * this.studyFactor[s] + study.nextGaussian());
					for (int k = 0; k < count; k++) {
						int subject = study.nextInt(SUBJECTS.length);
						Instant startedAt = this.calendar.at(week.plusDays(study.nextInt(7)), 16, study.nextInt(330));
						int duration = 600 + 60 * study.nextInt(80);
						boolean withMaterial = study.nextBoolean();
						if (startedAt.plusSeconds(duration).isAfter(this.asOf)) {
							continue;
						}
						Long material = null;
						long teacher = teacherOf(c, subject);
						if (withMaterial) {
							for (int m : byClassSubject.getOrDefault(c * SUBJECTS.length + subject, List.of())) {
								if (created.get(m).isBefore(startedAt)) {
									material = ids[m];
								}
							}
						}
						sessions.row(this.schoolId, this.studentIds[s], this.subjectIds[subject], material, teacher,
								utc(startedAt), duration);
					}
				}
			}
		}
	}

	// ---------------------------------------------------------------- messaging,
	// payments

	private void writeChat() {
		List<List<Long>> rooms = new ArrayList<>();
		Instant opened = this.calendar.at(this.calendar.activityFrom, 9, 0);
		try (TableWriter writer = writer("chat_rooms", "school_id", Types.BIGINT, "name", Types.VARCHAR, "created_by",
				Types.BIGINT, "created_at", Types.TIMESTAMP_WITH_TIMEZONE)) {
			for (int c = 0; c < this.classes; c++) {
				List<Long> members = new ArrayList<>();
				members.add(teacherOf(c, 0));
				for (int s : this.classStudents.get(c)) {
					members.add(this.studentIds[s]);
				}
				rooms.add(members);
				writer.row(this.schoolId, className(c) + " class board", teacherOf(c, 0), utc(opened));
			}
			for (int s = 0; s < this.studentIds.length; s++) {
				if (!this.atRisk[s] && s % 20 != 0) {
					continue;
				}
				List<Long> members = new ArrayList<>();
				members.add(teacherOf(this.studentClass[s], 0));
				members.add(tutorOf(s));
				for (int p : this.studentParents.get(s)) {
					members.add(this.parentIds[p]);
				}
				rooms.add(members);
				Names.Name name = this.studentNames.get(s);
				writer.row(this.schoolId, "About " + name.first() + " " + name.last(),
						teacherOf(this.studentClass[s], 0), utc(opened));
			}
		}
		long[] roomIds = idsOf("chat_rooms", rooms.size());
		try (TableWriter participants = writer("chat_room_participants", "room_id", Types.BIGINT, "person_id",
				Types.BIGINT)) {
			for (int r = 0; r < rooms.size(); r++) {
				for (long person : rooms.get(r)) {
					participants.row(roomIds[r], person);
				}
			}
		}
		Random random = random(10);
		List<int[]> messages = new ArrayList<>();
		List<Long> senders = new ArrayList<>();
		List<Instant> sent = new ArrayList<>();
		try (TableWriter writer = writer("chat_messages", "school_id", Types.BIGINT, "room_id", Types.BIGINT,
				"sender_id", Types.BIGINT, "body", Types.VARCHAR, "sent_at", Types.TIMESTAMP_WITH_TIMEZONE)) {
			for (int r = 0; r < rooms.size(); r++) {
				List<Long> members = rooms.get(r);
				boolean classRoom = r < this.classes;
				double chance = classRoom ? 0.4 : 0.08;
				for (LocalDate day : this.calendar.schoolDays) {
					double roll = random.nextDouble();
					Instant sentAt = this.calendar.at(day, 15, random.nextInt(300));
					int pick = random.nextInt(1000);
					if (roll >= chance || sentAt.isAfter(this.asOf)) {
						continue;
					}
					// teachers write about a third of the class board; families talk both
					// ways
					int sender = (classRoom && pick % 3 == 0) ? 0 : pick % members.size();
					String[] bodies = classRoom ? CLASS_MESSAGES : FAMILY_MESSAGES;
					messages.add(new int[] { r, sender });
					senders.add(members.get(sender));
					sent.add(sentAt);
					writer.row(this.schoolId, roomIds[r], members.get(sender), bodies[pick % bodies.length],
							utc(sentAt));
				}
			}
		}
		long[] messageIds = idsOf("chat_messages", messages.size());
		try (TableWriter recipients = writer("chat_message_recipients", "message_id", Types.BIGINT, "recipient_id",
				Types.BIGINT, "sent_at", Types.TIMESTAMP_WITH_TIMEZONE)) {
			for (int m = 0; m < messages.size(); m++) {
				for (long person : rooms.get(messages.get(m)[0])) {
					if (person != senders.get(m)) {
						recipients.row(messageIds[m], person, utc(sent.get(m)));
					}
				}
			}
		}
	}

	private void writeCommunicationsAndPayments() {
		Random random = random(11);
		List<LocalDate> days = this.calendar.schoolDays;
		String[] channels = { "EMAIL", "PHONE", "MEETING", "MESSAGE" };
		try (TableWriter writer = writer("parent_communications", "school_id", Types.BIGINT, "teacher_id", Types.BIGINT,
				"parent_id", Types.BIGINT, "student_id", Types.BIGINT, "sent_at", Types.TIMESTAMP_WITH_TIMEZONE,
				"channel", Types.VARCHAR, "summary", Types.VARCHAR)) {
			for (int s = 0; s < this.studentIds.length && !days.isEmpty(); s++) {
				int count = this.atRisk[s] ? 2 + random.nextInt(2) : (random.nextDouble() < 0.25) ? 1 : 0;
				for (int k = 0; k < count; k++) {
					LocalDate day = days.get(random.nextInt(days.size()));
					Instant sentAt = this.calendar.at(day, 14, random.nextInt(240));
					List<Integer> family = this.studentParents.get(s);
					long parent = this.parentIds[family.get(random.nextInt(family.size()))];
					long teacher = teacherOf(this.studentClass[s],
							this.atRisk[s] ? 0 : random.nextInt(SUBJECTS.length));
					String[] summaries = COMMUNICATIONS[this.atRisk[s] ? 0 : 1];
					String summary = summaries[random.nextInt(summaries.length)];
					String channel = channels[random.nextInt(channels.length)];
					if (sentAt.isAfter(this.asOf)) {
						continue;
					}
					writer.row(this.schoolId, teacher, parent, this.studentIds[s], utc(sentAt), channel, summary);
				}
			}
		}
		Random money = random(12);
		BigDecimal tuition = new BigDecimal("180.00");
		BigDecimal books = new BigDecimal("60.00");
		BigDecimal trip = new BigDecimal("25.00");
		try (TableWriter payments = writer("payments", "school_id", Types.BIGINT, "student_id", Types.BIGINT, "amount",
				Types.NUMERIC, "currency", Types.VARCHAR, "paid_at", Types.TIMESTAMP_WITH_TIMEZONE)) {
			for (int s = 0; s < this.studentIds.length; s++) {
				boolean slowPayer = this.atRisk[s] || money.nextDouble() < 0.08;
				Instant registration = this.calendar.at(this.calendar.activityFrom, 10, money.nextInt(480));
				if (!registration.isAfter(this.asOf)) {
					payments.row(this.schoolId, this.studentIds[s], books, "EUR", utc(registration));
				}
				for (LocalDate month = this.calendar.activityFrom.withDayOfMonth(1); !month
					.isAfter(this.calendar.activityTo); month = month.plusMonths(1)) {
					Instant paidAt = this.calendar.at(month.plusDays(money.nextInt(7)), 10, money.nextInt(480));
					boolean skipped = money.nextDouble() < (slowPayer ? 0.3 : 0.03);
					if (skipped || paidAt.isAfter(this.asOf)) {
						continue;
					}
					payments.row(this.schoolId, this.studentIds[s], tuition, "EUR", utc(paidAt));
				}
				Instant tripAt = this.calendar.at(this.calendar.activityFrom.plusDays(40), 11, money.nextInt(300));
				if (money.nextDouble() < 0.3 && !tripAt.isAfter(this.asOf)) {
					payments.row(this.schoolId, this.studentIds[s], trip, "EUR", utc(tripAt));
				}
			}
		}
	}

}
