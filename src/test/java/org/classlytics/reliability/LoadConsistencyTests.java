package org.classlytics.reliability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.roster.Subject;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * Many writers (grades and regrades, submissions and their deletion, quiz attempts,
 * attendance, study sessions, a moved due date) and readers (reports, trends, dashboards,
 * early warning) on one school at once for a bounded time. Afterwards no request has
 * failed on the server, the recompute finds every derived record as the incremental path
 * left it, and every cached report equals the one computed afresh.
 *
 * <p>
 * Each of three teachers teaches their subject to all three classes, so a change to an
 * assignment touches every class while grades of single students touch one: the class
 * locks of the rollups are taken in every combination.
 */
@IntegrationTest
class LoadConsistencyTests {

	private static final long SEED = 20261207L;

	private static final int WRITERS = 6;

	private static final int READERS = 4;

	private static final Duration LOAD = Duration.ofSeconds(15);

	private static final int CLASSES = 3;

	private static final int STUDENTS_PER_CLASS = 4;

	private static final Instant FIRST_DAY = Instant.parse("2025-02-24T08:00:00Z");

	private static final int DAYS = 42;

	private static final List<String> WEEKS = List.of("2025-03-03", "2025-03-10");

	private static final String FROM = "2025-03-01";

	private static final String TO = "2025-03-31";

	/**
	 * The number of write operations {@link #write} knows.
	 */
	private static final int OPERATIONS = 15;

	private static final List<String> WRITES = List.of("grade", "submit", "submission.delete", "attempt.create",
			"attempt.update", "attempt.delete", "attendance.create", "attendance.update", "attendance.delete",
			"study_session.create", "study_session.delete", "assignment.due_at");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void concurrentWritersAndReadersLeaveNoFailureNoMismatchAndNoStaleReport() throws Exception {
		School school = school();
		LoadTally tally = new LoadTally();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
		Instant end = Instant.now().plus(LOAD);
		List<Future<?>> threads = new ArrayList<>();
		try {
			for (int i = 0; i < WRITERS; i++) {
				Random random = new Random(SEED + i);
				threads.add(pool.submit(() -> {
					// Every operation once, in an order where each finds what it needs,
					// however slow the machine; then random ones until the end.
					for (int step = 0; step < OPERATIONS || Instant.now().isBefore(end); step++) {
						write(school, (step < OPERATIONS) ? step : random.nextInt(OPERATIONS), random, tally);
					}
				}));
			}
			for (int i = 0; i < READERS; i++) {
				Random random = new Random(SEED + WRITERS + i);
				threads.add(pool.submit(() -> {
					while (Instant.now().isBefore(end)) {
						ReportRead read = school.reads().get(random.nextInt(school.reads().size()));
						tally.count(read.kind(), "GET", read.path(), read.caller(), null);
					}
				}));
			}
			for (Future<?> thread : threads) {
				thread.get(LOAD.toSeconds() + 120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		System.out.println("Load: " + WRITERS + " writers, " + READERS + " readers, " + LOAD.toSeconds() + " s, "
				+ tally.total() + " requests, statuses " + tally.statuses() + "\n" + tally.summary());

		assertThat(tally.failures()).as("requests that failed on the server").isEmpty();
		for (String kind : WRITES) {
			assertThat(tally.statuses(kind).keySet()).as("%s succeeded at least once", kind)
				.anyMatch((status) -> status < 300);
		}
		for (ReportRead read : school.reads()) {
			assertThat(tally.statuses(read.kind()).keySet()).as(read.kind()).allMatch((status) -> status == 200);
		}

		int stale = staleReports(school);
		assertThat(stale).as("cached reports that differ from a fresh computation").isZero();

		Api.Reply recompute = school.admin().post("/api/admin/analytics/recompute", body("dry_run", true));
		assertThat(recompute.status()).as(recompute.text()).isEqualTo(200);
		System.out.println("Load: recompute " + recompute.text() + ", stale cached reports " + stale);
		assertThat(recompute.json().get("weeks_examined").asInt()).isPositive();
		int mismatches = recompute.json().get("mismatches").asInt();
		Map<Long, String> offenders = (mismatches != 0) ? mismatchesByStudent(school) : Map.of();
		assertThat(mismatches).as("%s; by student: %s", recompute.text(), offenders).isZero();
	}

	/**
	 * The students whose records the recompute would change, with its answer for each:
	 * where to look when the school as a whole has a mismatch.
	 */
	private Map<Long, String> mismatchesByStudent(School school) {
		Map<Long, String> offenders = new java.util.TreeMap<>();
		for (Person student : school.students()) {
			Api.Reply reply = school.admin()
				.post("/api/admin/analytics/recompute", body("student_id", student.id(), "dry_run", true));
			if (reply.status() != 200 || reply.json().get("mismatches").asInt() != 0) {
				offenders.put(student.id(), reply.text());
			}
		}
		return offenders;
	}

	/**
	 * Reads every report once as the load left the cache, evicts the school's cache and
	 * reads each again: the two must be equal but for the time they were generated.
	 */
	private int staleReports(School school) {
		List<ReportRead> cached = school.reads().stream().filter(ReportRead::cached).toList();
		List<JsonNode> before = cached.stream().map(this::read).toList();
		Api.Reply evicted = school.admin().delete("/api/reports/cache");
		assertThat(evicted.status()).as(evicted.text()).isEqualTo(200);
		int stale = 0;
		for (int i = 0; i < cached.size(); i++) {
			JsonNode fresh = read(cached.get(i));
			if (!fresh.equals(before.get(i))) {
				stale++;
				System.out
					.println("Stale " + cached.get(i).path() + "\ncached: " + before.get(i) + "\nfresh:  " + fresh);
			}
		}
		return stale;
	}

	private JsonNode read(ReportRead read) {
		Api.Reply reply = read.caller().get(read.path());
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		ObjectNode report = (ObjectNode) reply.json();
		report.remove("generated_at");
		return report;
	}

	/**
	 * One write: operation {@code op} of {@link #OPERATIONS}, on a random teacher's
	 * items.
	 */
	private void write(School school, int op, Random random, LoadTally tally) {
		int teacherIndex = random.nextInt(school.teachers().size());
		Api.Caller teacher = school.teachers().get(teacherIndex);
		Subject subject = school.subjects().get(teacherIndex);
		List<Long> assignments = school.assignments().get(teacherIndex);
		long assignment = assignments.get(random.nextInt(assignments.size()));
		Person student = school.students().get(random.nextInt(school.students().size()));
		String submissionKey = assignment + ":" + student.id();
		switch (op) {
			case 0, 1, 2 -> {
				Long submission = school.submissions().get(submissionKey);
				if (submission == null) {
					submit(school, tally, teacher, assignment, student, random);
				}
				else {
					tally.count("grade", "POST", "/api/submissions/" + submission + "/grade", teacher,
							body("score", random.nextInt(51), "graded_at", instant(random)));
				}
			}
			case 3 -> submit(school, tally, teacher, assignment, student, random);
			case 4 -> {
				Long submission = school.submissions().remove(submissionKey);
				if (submission != null) {
					tally.count("submission.delete", "DELETE", "/api/submissions/" + submission, teacher, null);
				}
			}
			case 5, 6 -> {
				String at = instant(random);
				Api.Reply created = tally.count("attempt.create", "POST",
						"/api/quizzes/" + school.quizzes().get(teacherIndex) + "/attempts", teacher, body("student_id",
								student.id(), "started_at", at, "completed_at", at, "score", random.nextInt(21)));
				remember(created, school.attempts().get(teacherIndex));
			}
			case 7 -> {
				Long attempt = any(school.attempts().get(teacherIndex), random, false);
				if (attempt != null) {
					tally.count("attempt.update", "PATCH", "/api/quiz-attempts/" + attempt, teacher,
							body("teacher_score", random.nextInt(21)));
				}
			}
			case 8 -> {
				Long attempt = any(school.attempts().get(teacherIndex), random, true);
				if (attempt != null) {
					tally.count("attempt.delete", "DELETE", "/api/quiz-attempts/" + attempt, teacher, null);
				}
			}
			case 9 -> {
				String date = FIRST_DAY.plus(random.nextInt(DAYS), ChronoUnit.DAYS).toString().substring(0, 10);
				Api.Reply created = tally.count("attendance.create", "POST", "/api/attendance", teacher,
						body("student_id", student.id(), "date", date, "status", status(random)));
				remember(created, school.attendance());
			}
			case 10 -> {
				Long record = any(school.attendance(), random, false);
				if (record != null) {
					tally.count("attendance.update", "PATCH", "/api/attendance/" + record, teacher,
							body("status", status(random)));
				}
			}
			case 11 -> {
				Long record = any(school.attendance(), random, true);
				if (record != null) {
					tally.count("attendance.delete", "DELETE", "/api/attendance/" + record, teacher, null);
				}
			}
			case 12 -> {
				Api.Reply created = tally.count("study_session.create", "POST", "/api/study-sessions", teacher,
						body("student_id", student.id(), "subject_id", subject.id(), "started_at", instant(random),
								"duration_seconds", 300 + random.nextInt(3300)));
				remember(created, school.studySessions());
			}
			case 13 -> {
				Long session = any(school.studySessions(), random, true);
				if (session != null) {
					tally.count("study_session.delete", "DELETE", "/api/study-sessions/" + session, school.admin(),
							null);
				}
			}
			default -> tally.count("assignment.due_at", "PATCH", "/api/assignments/" + assignment, teacher,
					body("due_at", instant(random)));
		}
	}

	private static void submit(School school, LoadTally tally, Api.Caller teacher, long assignment, Person student,
			Random random) {
		Api.Reply reply = tally.count("submit", "POST", "/api/assignments/" + assignment + "/submissions", teacher,
				body("student_id", student.id(), "submitted_at", instant(random)));
		if (reply != null && reply.status() < 300) {
			school.submissions().put(assignment + ":" + student.id(), reply.id());
		}
	}

	private static void remember(Api.Reply created, List<Long> ids) {
		if (created != null && created.status() < 300) {
			synchronized (ids) {
				ids.add(created.id());
			}
		}
	}

	/**
	 * A random id of the list, taken out of it when {@code remove}.
	 */
	private static Long any(List<Long> ids, Random random, boolean remove) {
		synchronized (ids) {
			if (ids.isEmpty()) {
				return null;
			}
			int index = random.nextInt(ids.size());
			return remove ? ids.remove(index) : ids.get(index);
		}
	}

	private static String status(Random random) {
		return List.of("PRESENT", "ABSENT", "LATE", "EXCUSED").get(random.nextInt(4));
	}

	private static String instant(Random random) {
		return FIRST_DAY.plus(random.nextInt(DAYS), ChronoUnit.DAYS)
			.plus(random.nextInt(8 * 4) * 15L, ChronoUnit.MINUTES)
			.toString();
	}

	/**
	 * Three classes of four students, three subjects each taught to every class by its
	 * own teacher, with two assignments submitted by everyone and a quiz per subject, a
	 * parent for the first student of each class, and the reads the readers repeat.
	 */
	private School school() {
		Fixtures.TestSchool school = this.fixtures.school("Europe/Athens");
		long term = school.term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30)).id();
		List<Subject> subjects = List.of(school.subject("Mathematics", "MATH"), school.subject("Physics", "PHYS"),
				school.subject("History", "HIST"));
		List<Person> teachers = List.of(school.teacher("Tara", "Math"), school.teacher("Theo", "Physics"),
				school.teacher("Tess", "History"));
		List<ClassSection> classes = new ArrayList<>();
		List<Person> students = new ArrayList<>();
		List<Person> parents = new ArrayList<>();
		for (int c = 0; c < CLASSES; c++) {
			ClassSection section = school.classSection("9" + (char) ('A' + c));
			classes.add(section);
			for (int s = 0; s < STUDENTS_PER_CLASS; s++) {
				Person parent = (s == 0) ? school.parent("Pat", "Parent" + c) : null;
				Person student = (parent != null) ? school.student("Sam" + c + s, "Student", section, null, parent)
						: school.student("Sam" + c + s, "Student", section, null);
				if (parent != null) {
					parents.add(parent);
				}
				for (int t = 0; t < teachers.size(); t++) {
					school.enroll(student, teachers.get(t), subjects.get(t));
				}
				students.add(student);
			}
		}
		Api.Caller admin = this.api.as(school.tokenOf(school.admin()));
		List<Api.Caller> teacherCallers = new ArrayList<>();
		List<List<Long>> assignments = new ArrayList<>();
		List<Long> quizzes = new ArrayList<>();
		Map<String, Long> submissions = new ConcurrentHashMap<>();
		for (int t = 0; t < teachers.size(); t++) {
			Api.Caller teacher = this.api.as(school.tokenOf(teachers.get(t)));
			teacherCallers.add(teacher);
			List<Long> own = new ArrayList<>();
			for (int a = 0; a < 2; a++) {
				long assignment = create(teacher, "/api/assignments",
						body("subject_id", subjects.get(t).id(), "title", "Essay " + a, "due_at",
								"2025-03-0" + (5 + a) + "T12:00:00Z", "max_score", 100, "student_ids",
								students.stream().map(Person::id).toList(), "created_at", "2025-02-20T08:00:00Z"));
				own.add(assignment);
				for (Person student : students) {
					long submission = create(teacher, "/api/assignments/" + assignment + "/submissions",
							body("student_id", student.id(), "submitted_at", "2025-03-04T09:00:00Z"));
					submissions.put(assignment + ":" + student.id(), submission);
				}
			}
			assignments.add(List.copyOf(own));
			quizzes.add(create(teacher, "/api/quizzes",
					body("subject_id", subjects.get(t).id(), "title", "Quiz", "max_score", 20)));
		}
		List<ReportRead> reads = new ArrayList<>();
		for (int t = 0; t < teachers.size(); t++) {
			for (String week : WEEKS) {
				reads.add(new ReportRead("read.class_weekly_report", teacherCallers.get(t),
						"/api/reports/teacher-weekly?week_start=" + week + "&subject_id=" + subjects.get(t).id(),
						true));
			}
			reads.add(new ReportRead("read.teacher_dashboard", teacherCallers.get(t),
					"/api/analytics/teacher/my-performance?weeks=8&until=" + TO, false));
			reads.add(new ReportRead("read.early_warning", teacherCallers.get(t), "/api/analytics/at-risk?date=" + TO,
					false));
		}
		for (int s = 0; s < students.size(); s++) {
			Person student = students.get(s);
			Api.Caller viewer = (s % 2 == 0) ? admin : teacherCallers.get(s % teachers.size());
			reads.add(new ReportRead("read.student_report", viewer,
					"/api/reports/student-performance/" + student.id() + "?from=" + FROM + "&to=" + TO, true));
			reads.add(new ReportRead("read.weekly_trend", viewer,
					"/api/analytics/student/" + student.id() + "/weekly-performance?weeks=6&until=" + TO, false));
		}
		for (Person parent : parents) {
			Api.Caller caller = this.api.as(school.tokenOf(parent));
			reads.add(new ReportRead("read.parent_dashboard", caller, "/api/parent/dashboard?weeks=6&until=" + TO,
					false));
		}
		for (ClassSection section : classes) {
			reads.add(new ReportRead("read.term_performance", admin, "/api/analytics/terms/" + term
					+ "/performance?class_id=" + section.id() + "&subject_id=" + subjects.get(0).id(), false));
		}
		reads.add(new ReportRead("read.school_health", admin, "/api/analytics/admin/school-health?date=" + TO, false));
		reads.add(new ReportRead("read.early_warning", admin, "/api/analytics/at-risk?date=" + TO, false));
		return new School(admin, teacherCallers, subjects, students, assignments, quizzes, submissions,
				List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()), new ArrayList<>(), new ArrayList<>(),
				List.copyOf(reads));
	}

	/**
	 * A read the readers repeat; {@code cached} when the reports cache keeps its answer.
	 */
	private record ReportRead(String kind, Api.Caller caller, String path, boolean cached) {

	}

	/**
	 * The school under load and the ids the writers share (lists guarded by themselves).
	 *
	 * @param submissions the current submission by {@code assignment:student}
	 * @param attempts the quiz attempts by teacher
	 */
	private record School(Api.Caller admin, List<Api.Caller> teachers, List<Subject> subjects, List<Person> students,
			List<List<Long>> assignments, List<Long> quizzes, Map<String, Long> submissions, List<List<Long>> attempts,
			List<Long> attendance, List<Long> studySessions, List<ReportRead> reads) {

	}

}
