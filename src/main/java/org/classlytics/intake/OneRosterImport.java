package org.classlytics.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.RosterImport;
import org.classlytics.roster.Subject;

/**
 * A OneRoster 1.2 CSV zip mapped onto the domain (see docs/import.md): academic sessions
 * of type term or semester become terms, courses subjects, homeroom classes class
 * sections, users people (agents become guardians), student enrollments in scheduled
 * classes enrollments with the class's teacher, line items assignments and results
 * submissions and grades. The files are read in that order, each as a stream of chunks
 * through the CSV importers, so the zip is checked and written exactly like CSV files.
 */
final class OneRosterImport {

	private static final Map<String, Role> ROLES = Map.ofEntries(Map.entry("student", Role.STUDENT),
			Map.entry("teacher", Role.TEACHER), Map.entry("aide", Role.TEACHER), Map.entry("proctor", Role.TEACHER),
			Map.entry("administrator", Role.ADMIN), Map.entry("districtadministrator", Role.ADMIN),
			Map.entry("siteadministrator", Role.ADMIN), Map.entry("systemadministrator", Role.ADMIN),
			Map.entry("parent", Role.PARENT), Map.entry("guardian", Role.PARENT), Map.entry("relative", Role.PARENT));

	private final ZipFile zip;

	private final ImportRun run;

	private final int chunkSize;

	private final Roster roster;

	private final RosterImport rosterImport;

	private final UserRows users;

	private final EnrollmentRows enrollments;

	private final AssignmentRows assignments;

	private final SubmissionRows results;

	private final LongConsumer progress;

	private long rows;

	private final Map<String, LocalDate> termStarts = new HashMap<>();

	private final Map<String, String> classCourse = new HashMap<>();

	private final Map<String, String> classTerm = new HashMap<>();

	private final Set<String> homerooms = new HashSet<>();

	private final Map<String, String> homeroomOf = new HashMap<>();

	private final Map<String, String> classTeacher = new HashMap<>();

	private final Map<String, List<String>> classStudents = new HashMap<>();

	private final Map<String, Set<String>> guardiansOf = new HashMap<>();

	private final Map<String, String> roleOf = new HashMap<>();

	private final Set<String> exempt = new HashSet<>();

	OneRosterImport(ZipFile zip, ImportRun run, int chunkSize, Roster roster, RosterImport rosterImport, UserRows users,
			EnrollmentRows enrollments, AssignmentRows assignments, SubmissionRows results, LongConsumer progress) {
		this.zip = zip;
		this.run = run;
		this.chunkSize = chunkSize;
		this.roster = roster;
		this.rosterImport = rosterImport;
		this.users = users;
		this.enrollments = enrollments;
		this.assignments = assignments;
		this.results = results;
		this.progress = progress;
	}

	void read() {
		sessions();
		courses();
		classes();
		each("roles.csv", Map.of(), (rows) -> rows.forEach((row) -> {
			if ("primary".equalsIgnoreCase(row.get("roleType")) && row.get("userSourcedId") != null) {
				this.roleOf.put(row.get("userSourcedId"), row.get("role"));
			}
		}));
		each("enrollments.csv", Map.of(), (rows) -> rows.forEach(this::enrollmentFacts));
		each("users.csv", Map.of(), (rows) -> rows.forEach((row) -> {
			if (row.get("role") != null) {
				this.roleOf.putIfAbsent(row.get("sourcedId"), row.get("role"));
			}
			if (role(row) == Role.PARENT) {
				for (String child : References.split(row.get("agentSourcedIds"))) {
					this.guardiansOf.computeIfAbsent(child, (c) -> new LinkedHashSet<>()).add(row.get("sourcedId"));
				}
			}
		}));
		each("results.csv", Map.of(), (rows) -> rows.forEach((row) -> {
			if ("exempt".equalsIgnoreCase(row.get("scoreStatus"))) {
				this.exempt.add(row.get("lineItemSourcedId") + "\u0000" + row.get("studentSourcedId"));
			}
		}));
		people(false);
		people(true);
		enrollments();
		lineItems();
		results();
	}

	private void sessions() {
		List<LocalDate[]> seen = new ArrayList<>();
		each("academicSessions.csv", Map.of(), (rows) -> {
			for (CsvRow row : active(rows)) {
				String type = String.valueOf(row.get("type")).toLowerCase(Locale.ROOT);
				if (!type.equals("term") && !type.equals("semester")) {
					continue;
				}
				Cells cells = new Cells(this.run, row);
				String id = cells.text("sourcedId", true, 255);
				String title = cells.text("title", true, 200);
				LocalDate start = cells.date("startDate", true);
				LocalDate end = cells.date("endDate", true);
				if (start != null && end != null) {
					if (end.isBefore(start)) {
						cells.error("endDate", "must not be before startDate");
					}
					else if (seen.stream().anyMatch((t) -> !t[0].isAfter(end) && !t[1].isBefore(start))
							|| this.rosterImport.termOverlaps(this.run.schoolId(), id, start, end)) {
						cells.error("startDate", "the term overlaps another term");
					}
					else {
						seen.add(new LocalDate[] { start, end });
					}
				}
				if (id != null) {
					cells.unique("sourcedId", "term", id);
				}
				if (cells.ok()) {
					this.termStarts.put(id, start);
					count(this.rosterImport.saveTerm(this.run.schoolId(), id, title, start, end));
				}
			}
		});
	}

	private void courses() {
		Map<String, Subject> stored = this.roster.subjectsByReference(this.run.schoolId());
		each("courses.csv", Map.of(), (rows) -> {
			for (CsvRow row : active(rows)) {
				Cells cells = new Cells(this.run, row);
				String id = cells.text("sourcedId", true, 255);
				String title = cells.text("title", true, 200);
				String code = (row.get("courseCode") != null) ? cells.text("courseCode", false, 50)
						: cells.text("sourcedId", false, 50);
				if (id != null) {
					cells.unique("sourcedId", "course", id);
				}
				if (code != null) {
					cells.unique("courseCode", "course code", code);
					Subject holder = stored.get(code);
					Subject self = stored.get(id);
					if (holder != null && holder.code().equals(code) && (self == null || self.id() != holder.id())) {
						cells.error("courseCode", "code " + code + " belongs to another subject");
					}
				}
				if (cells.ok()) {
					count(this.rosterImport.saveSubject(this.run.schoolId(), id, title, code));
				}
			}
		});
	}

	private void classes() {
		Set<String> subjects = new HashSet<>(this.rosterImport.externalIds("subjects", this.run.schoolId()).keySet());
		each("courses.csv", Map.of(), (rows) -> active(rows).forEach((row) -> subjects.add(row.get("sourcedId"))));
		each("classes.csv", Map.of(), (rows) -> {
			for (CsvRow row : active(rows)) {
				Cells cells = new Cells(this.run, row);
				String id = cells.text("sourcedId", true, 255);
				String title = cells.text("title", true, 100);
				if (id != null) {
					cells.unique("sourcedId", "class", id);
				}
				if ("homeroom".equalsIgnoreCase(row.get("classType"))) {
					this.homerooms.add(id);
					if (cells.ok()) {
						count(this.rosterImport.saveClass(this.run.schoolId(), id, title,
								gradeLevel(row.get("grades"))));
					}
					continue;
				}
				String course = cells.text("courseSourcedId", true, 255);
				if (course != null && !subjects.contains(course)) {
					cells.error("courseSourcedId", "unknown course " + course);
				}
				if (cells.ok()) {
					this.classCourse.put(id, course);
					List<String> terms = References.split(row.get("termSourcedIds"));
					if (!terms.isEmpty()) {
						this.classTerm.put(id, terms.get(0));
					}
				}
			}
		});
	}

	private void enrollmentFacts(CsvRow row) {
		if (isDeleted(row)) {
			return;
		}
		String classId = row.get("classSourcedId");
		String user = row.get("userSourcedId");
		String role = String.valueOf(row.get("role")).toLowerCase(Locale.ROOT);
		if (classId == null || user == null) {
			return;
		}
		if (role.equals("teacher")) {
			if (!this.classTeacher.containsKey(classId) || "true".equalsIgnoreCase(row.get("primary"))) {
				this.classTeacher.put(classId, user);
			}
		}
		else if (role.equals("student")) {
			if (this.homerooms.contains(classId)) {
				this.homeroomOf.put(user, classId);
			}
			else {
				this.classStudents.computeIfAbsent(classId, (c) -> new ArrayList<>()).add(user);
			}
		}
	}

	private void people(boolean students) {
		Map<String, String> columns = Map.of("external_id", "sourcedId", "email", "email", "first_name", "givenName",
				"last_name", "familyName", "role", "role", "class", "enrollments.csv (homeroom)", "guardians",
				"agentSourcedIds");
		each("users.csv", columns, (rows) -> {
			List<CsvRow> converted = new ArrayList<>();
			for (CsvRow row : active(rows)) {
				Role role = role(row);
				String given = this.roleOf.get(row.get("sourcedId"));
				if (role == null && !students) {
					this.run.error(row.line(), "role", (given == null) ? "is required (users.csv role or roles.csv)"
							: "role " + given + " has no counterpart in Classlytics");
					continue;
				}
				if (role == null || (role == Role.STUDENT) != students) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				values.put("external_id", row.get("sourcedId"));
				String email = (row.get("email") != null) ? row.get("email") : row.get("username");
				values.put("email", email);
				values.put("first_name", row.get("givenName"));
				values.put("last_name", row.get("familyName"));
				values.put("role", role.name());
				if (students) {
					values.put("class", this.homeroomOf.get(row.get("sourcedId")));
					Set<String> guardians = new LinkedHashSet<>(References.split(row.get("agentSourcedIds")));
					guardians.addAll(this.guardiansOf.getOrDefault(row.get("sourcedId"), Set.of()));
					values.put("guardians", String.join(" ", guardians));
				}
				converted.add(new CsvRow(row.line(), values));
			}
			if (!converted.isEmpty()) {
				this.users.chunk(this.run, converted);
			}
		});
	}

	private void enrollments() {
		Map<String, String> columns = Map.of("external_id", "sourcedId", "student", "userSourcedId", "teacher",
				"classSourcedId", "subject", "classSourcedId", "start_date", "beginDate", "end_date", "endDate");
		LocalDate today = LocalDate.now(this.roster.zoneOf(this.run.schoolId()));
		each("enrollments.csv", columns, (rows) -> {
			List<CsvRow> converted = new ArrayList<>();
			for (CsvRow row : active(rows)) {
				String classId = row.get("classSourcedId");
				if (!"student".equalsIgnoreCase(row.get("role")) || classId == null
						|| this.homerooms.contains(classId)) {
					continue;
				}
				if (!this.classCourse.containsKey(classId)) {
					this.run.error(row.line(), "subject", "unknown class " + classId);
					continue;
				}
				if (!this.classTeacher.containsKey(classId)) {
					this.run.error(row.line(), "teacher", "class " + classId + " has no teacher enrollment");
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				values.put("external_id", row.get("sourcedId"));
				values.put("student", row.get("userSourcedId"));
				values.put("teacher", this.classTeacher.get(classId));
				values.put("subject", this.classCourse.get(classId));
				String begin = date(row.get("beginDate"));
				if (begin == null && this.classTerm.containsKey(classId)) {
					LocalDate start = this.termStarts.get(this.classTerm.get(classId));
					begin = (start != null) ? start.toString() : null;
				}
				values.put("start_date", begin);
				String end = date(row.get("endDate"));
				values.put("end_date", end);
				values.put("active", String.valueOf(end == null || !isBefore(end, today)));
				converted.add(new CsvRow(row.line(), values));
			}
			if (!converted.isEmpty()) {
				this.enrollments.chunk(this.run, converted);
			}
		});
	}

	private void lineItems() {
		Map<String, String> columns = Map.of("external_id", "sourcedId", "teacher", "classSourcedId", "subject",
				"classSourcedId", "title", "title", "created_at", "assignDate", "due_at", "dueDate", "max_score",
				"resultValueMax", "students", "classSourcedId");
		each("lineItems.csv", columns, (rows) -> {
			List<CsvRow> converted = new ArrayList<>();
			for (CsvRow row : active(rows)) {
				String classId = row.get("classSourcedId");
				if (classId == null || !this.classCourse.containsKey(classId)) {
					this.run.error(row.line(), "teacher", "unknown class " + classId);
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				values.put("external_id", row.get("sourcedId"));
				values.put("teacher", this.classTeacher.get(classId));
				values.put("subject", this.classCourse.get(classId));
				values.put("title", row.get("title"));
				values.put("created_at", instant(row.get("assignDate"), "T00:00:00Z"));
				values.put("due_at", instant(row.get("dueDate"), "T23:59:59Z"));
				values.put("max_score", row.get("resultValueMax"));
				List<String> students = new ArrayList<>();
				for (String student : this.classStudents.getOrDefault(classId, List.of())) {
					if (!this.exempt.contains(row.get("sourcedId") + "\u0000" + student)) {
						students.add(student);
					}
				}
				values.put("students", String.join(" ", students));
				if (students.isEmpty()) {
					values.put("class", null);
				}
				converted.add(new CsvRow(row.line(), values));
			}
			if (!converted.isEmpty()) {
				this.assignments.chunk(this.run, converted);
			}
		});
	}

	private void results() {
		Map<String, String> columns = Map.of("external_id", "sourcedId", "assignment", "lineItemSourcedId", "student",
				"studentSourcedId", "score", "score", "graded_at", "scoreDate", "feedback", "comment");
		each("results.csv", columns, (rows) -> {
			List<CsvRow> converted = new ArrayList<>();
			for (CsvRow row : active(rows)) {
				String status = String.valueOf(row.get("scoreStatus")).toLowerCase(Locale.ROOT);
				boolean missing = "true".equalsIgnoreCase(row.get("missing"));
				boolean scored = row.get("score") != null;
				if (status.equals("exempt") || status.equals("not submitted") || (missing && !scored)) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				values.put("external_id", row.get("sourcedId"));
				values.put("assignment", row.get("lineItemSourcedId"));
				values.put("student", row.get("studentSourcedId"));
				values.put("score", row.get("score"));
				values.put("graded_at", scored ? instant(row.get("scoreDate"), "T12:00:00Z") : null);
				values.put("submitted_at", instant(row.get("scoreDate"), "T12:00:00Z"));
				values.put("feedback", row.get("comment"));
				values.put("late", String.valueOf("true".equalsIgnoreCase(row.get("late")) || missing));
				converted.add(new CsvRow(row.line(), values));
			}
			if (!converted.isEmpty()) {
				this.results.chunk(this.run, converted);
			}
		});
	}

	private Role role(CsvRow row) {
		String given = this.roleOf.get(row.get("sourcedId"));
		if (given == null) {
			given = row.get("role");
		}
		return (given != null) ? ROLES.get(given.toLowerCase(Locale.ROOT)) : null;
	}

	/**
	 * Streams one file of the zip in chunks, with errors named after it; a file the zip
	 * lacks is skipped. Column names keep their case (OneRoster's are camelCase).
	 */
	private void each(String name, Map<String, String> columns, Consumer<List<CsvRow>> chunk) {
		ZipEntry entry = entry(name);
		if (entry == null) {
			return;
		}
		this.run.file(name, columns);
		try (InputStream in = this.zip.getInputStream(entry);
				CsvChunks chunks = new CsvChunks(in, this.chunkSize, false)) {
			for (List<CsvRow> rows = chunks.next(); !rows.isEmpty(); rows = chunks.next()) {
				chunk.accept(rows);
				this.rows += rows.size();
				this.progress.accept(this.rows);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.run.file(null, Map.of());
		}
	}

	private ZipEntry entry(String name) {
		return Collections.list(this.zip.entries())
			.stream()
			.filter((e) -> !e.isDirectory())
			.filter((e) -> e.getName().equalsIgnoreCase(name)
					|| e.getName().toLowerCase(Locale.ROOT).endsWith("/" + name.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

	private static List<CsvRow> active(List<CsvRow> rows) {
		return rows.stream().filter((row) -> !isDeleted(row)).toList();
	}

	private static boolean isDeleted(CsvRow row) {
		return "tobedeleted".equalsIgnoreCase(row.get("status"));
	}

	private void count(boolean created) {
		this.run.wrote(created ? new org.classlytics.platform.WriteCounts(1, 0)
				: new org.classlytics.platform.WriteCounts(0, 1));
	}

	private static Integer gradeLevel(String grades) {
		for (String grade : References.split((grades != null) ? grades.replace(',', ' ') : null)) {
			try {
				return Integer.valueOf(grade);
			}
			catch (NumberFormatException ex) {
				// a grade such as KG has no number; try the next
			}
		}
		return null;
	}

	/**
	 * A OneRoster date or date-time as an instant: a bare date at the given time of day
	 * in UTC.
	 */
	private static String instant(String value, String timeOfDay) {
		if (value == null) {
			return null;
		}
		return (value.length() == 10) ? value + timeOfDay : value;
	}

	private static String date(String value) {
		if (value == null) {
			return null;
		}
		return (value.length() > 10 && value.charAt(10) == 'T') ? value.substring(0, 10) : value;
	}

	private static boolean isBefore(String date, LocalDate day) {
		try {
			return LocalDate.parse(date).isBefore(day);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
