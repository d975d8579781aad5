package org.classlytics.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.classlytics.audit.AuditTrail;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.AttendanceFixtures.attendance;
import static org.classlytics.support.AttendanceFixtures.behavior;
import static org.classlytics.support.AttendanceFixtures.lesson;
import static org.classlytics.support.AttendanceFixtures.payment;
import static org.classlytics.support.CourseworkFixtures.assignment;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.material;
import static org.classlytics.support.CourseworkFixtures.quiz;
import static org.classlytics.support.MessagingFixtures.message;
import static org.classlytics.support.MessagingFixtures.parentCommunication;
import static org.classlytics.support.MessagingFixtures.room;

/**
 * Every {@code /api} route, read from the request mappings, against the bad inputs of
 * {@link HostileCases}, sent by the admin of the {@link World} and by a teacher, with the
 * ids of real objects in the path so that each request reaches its handler. No answer is
 * a 5xx, every 4xx is an RFC 9457 problem, and after every rejected request the tables
 * the API writes are exactly as before (count and content hash of each).
 */
@IntegrationTest
class HostileInputTests {

	/**
	 * The cases of {@link HostileCases} for the 145 routes: all of them for the admin,
	 * the whole-body ones for the teacher. They change only with the routes or the cases.
	 */
	static final int EXPECTED_ADMIN_REQUESTS = 2577;

	static final int EXPECTED_TEACHER_REQUESTS = 833;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditTrail audit;

	@Test
	void noHostileInputGetsA5xxOrChangesAnythingWhenRejected() throws SQLException {
		World w = World.create(this.fixtures);
		PathValues ids = realObjects(w);
		DatabaseFingerprint fingerprint = DatabaseFingerprint.of(this.jdbc, onPostgres(), this.audit::flush);
		Map<String, HandlerMethod> routes = handlers();
		Tally admin = new Tally();
		Tally teacher = new Tally();

		for (Map.Entry<String, HandlerMethod> route : routes.entrySet()) {
			List<HostileCases.Case> cases = HostileCases.of(route.getKey(), route.getValue(), ids);
			admin.casesPerRoute.put(route.getKey(), cases.size());
			send(this.api.as(w.token("admin")), route.getKey(), cases, fingerprint, admin);
			// the admin's run covers paths and fields; the teacher's is the whole-body
			// cases
			List<HostileCases.Case> wholeRequestCases = cases.stream()
				.filter((candidate) -> candidate.name().startsWith("body ") || candidate.name().startsWith("unknown "))
				.toList();
			send(this.api.as(w.token("teacherA")), route.getKey(), wholeRequestCases, fingerprint, teacher);
		}

		System.out.printf("Hostile input: %d routes, %d tables fingerprinted%n", routes.size(), fingerprint.tables());
		admin.print("admin");
		teacher.print("teacherA");
		assertThat(admin.serverErrors).as("5xx answers").isEmpty();
		assertThat(teacher.serverErrors).as("5xx answers").isEmpty();
		assertThat(admin.notProblems).as("4xx answers that are not problems").isEmpty();
		assertThat(teacher.notProblems).as("4xx answers that are not problems").isEmpty();
		assertThat(admin.changed).as("rejected requests that changed a table").isEmpty();
		assertThat(teacher.changed).as("rejected requests that changed a table").isEmpty();
		assertThat(admin.fieldNotNamed).as("invalid fields the problem does not name").isEmpty();
		assertThat(routes).hasSize(145);
		assertThat(admin.requests).isEqualTo(EXPECTED_ADMIN_REQUESTS);
		assertThat(teacher.requests).isEqualTo(EXPECTED_TEACHER_REQUESTS);
		// How many cases end in a field's 400 moves by a few with what the other test
		// classes of the run left behind (a case that collides with an existing row is a
		// 409 instead): 553 and 373 alone, 555 after the whole suite. The promises above
		// are exact; these only guard that the field cases still reach validation.
		assertThat(admin.fieldProblems).isGreaterThan(500);
		assertThat(admin.fieldNamed).isGreaterThan(350);
	}

	@Test
	void aPathTheServerRefusesBeforeAnyFilterIsStillAProblem() {
		World w = World.create(this.fixtures);
		for (String path : List.of("/api/users/%00", "/api/users/..%2F..", "/api/classes/%00/x")) {
			Api.Reply reply = this.api.as(w.token("admin")).get(path);
			assertThat(reply.status()).as(path).isEqualTo(400);
			assertThat(reply.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(reply.json().get("title").asString()).isEqualTo("Bad Request");
			assertThat(reply.json().get("status").asInt()).isEqualTo(400);
		}
	}

	private void send(Api.Caller caller, String route, List<HostileCases.Case> cases, DatabaseFingerprint fingerprint,
			Tally tally) {
		String method = route.substring(0, route.indexOf(' '));
		Map<String, String> before = fingerprint.take();
		for (HostileCases.Case hostile : cases) {
			Api.Reply reply = caller.send(method, hostile.path(), hostile.body(), hostile.contentType(), Map.of());
			tally.requests++;
			tally.statuses.merge(reply.status(), 1, Integer::sum);
			String where = route + " [" + hostile.name() + "] → " + reply.status();
			if (reply.status() >= 500) {
				tally.serverErrors.add(where + " " + HostileCases.shorten(reply.text()));
				before = fingerprint.take();
			}
			else if (reply.status() >= 400) {
				if (!isProblem(reply)) {
					tally.notProblems
						.add(where + " " + reply.header("Content-Type") + " " + HostileCases.shorten(reply.text()));
				}
				checkFieldNamed(hostile, reply, where, tally);
				long started = System.nanoTime();
				Map<String, String> after = fingerprint.take();
				tally.fingerprintNanos += System.nanoTime() - started;
				tally.unchangedChecks++;
				List<String> changed = DatabaseFingerprint.changed(before, after);
				if (!changed.isEmpty()) {
					tally.changed.add(where + " changed " + changed);
				}
				before = after;
			}
			else {
				before = settled(fingerprint);
			}
		}
	}

	/**
	 * A body that is well-formed JSON with one bad field must be answered with a
	 * validation problem (a list of errors naming fields), never as "malformed"; for an
	 * object or a 100 kB string in a field, the list names that field (unless another,
	 * earlier rule of the same body broke first).
	 */
	private static void checkFieldNamed(HostileCases.Case hostile, Api.Reply reply, String where, Tally tally) {
		String name = hostile.name();
		if (!name.startsWith("field ") || reply.status() != 400 || !isProblem(reply)) {
			return;
		}
		String field = name.substring("field ".length(), name.indexOf('='));
		JsonNode errors = reply.json().get("errors");
		tally.fieldProblems++;
		if (errors == null || errors.isEmpty()) {
			tally.fieldNotNamed.add(where + " " + reply.text().substring(0, Math.min(400, reply.text().length())));
			return;
		}
		boolean sample = name.endsWith("={}") || name.contains("(100002 chars)");
		if (sample && errors.valueStream()
			.map((error) -> error.get("field").asString())
			.anyMatch(
					(named) -> named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "["))) {
			tally.fieldNamed++;
		}
	}

	private static boolean isProblem(Api.Reply reply) {
		String type = reply.header("Content-Type");
		if (type == null || !type.startsWith("application/problem+json")) {
			return false;
		}
		JsonNode json = reply.json();
		return json.has("status") && json.get("status").asInt() == reply.status() && json.has("title");
	}

	/**
	 * A fingerprint taken once an accepted request's own after-effects (mail queued by a
	 * listener, say) have come to rest.
	 */
	private static Map<String, String> settled(DatabaseFingerprint fingerprint) {
		AtomicReference<Map<String, String>> last = new AtomicReference<>(fingerprint.take());
		try {
			return await().pollInterval(Duration.ofMillis(25)).atMost(Duration.ofMillis(500)).until(() -> {
				Map<String, String> next = fingerprint.take();
				return next.equals(last.getAndSet(next)) ? next : null;
			}, Objects::nonNull);
		}
		catch (ConditionTimeoutException ex) {
			// still moving after half a second: the latest state is the baseline
			return last.get();
		}
	}

	private Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> routes = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					entry.getKey()
						.getMethodsCondition()
						.getMethods()
						.forEach((method) -> routes.put(method + " " + pattern, entry.getValue()));
				}
			}
		}
		assertThat(routes.keySet()).isEqualTo(ApiRoutes.of(this.mappings));
		return routes;
	}

	/**
	 * One object of each kind in the world's school, made through the API.
	 */
	private PathValues realObjects(World w) {
		Api.Caller admin = this.api.as(w.token("admin"));
		Api.Caller teacher = this.api.as(w.token("teacherA"));
		long studentX = w.studentX().id();
		long term = w.school().term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30)).id();
		long assignment = create(teacher, "/api/assignments", assignment(w, w.studentX()));
		long quiz = create(teacher, "/api/quizzes", quiz(w));
		long material = create(teacher, "/api/materials", material(w, w.studentX()));
		long room = room(admin, "Fuzz room", w.teacherA(), w.studentX());
		Map<String, Object> bySegment = new HashMap<>();
		bySegment.put("users", studentX);
		bySegment.put("students", studentX);
		bySegment.put("student", studentX);
		bySegment.put("schools", w.school().id());
		bySegment.put("classes", w.classSection().id());
		bySegment.put("subjects", w.subject().id());
		bySegment.put("terms", term);
		bySegment.put("assignments", assignment);
		bySegment.put("quizzes", quiz);
		bySegment.put("materials", material);
		bySegment.put("chat-rooms", room);
		bySegment.put("messages", message(admin, room, "Fuzz", "2025-03-03T08:00:00Z"));
		bySegment.put("attendance", attendance(admin, studentX, "2025-03-03", "PRESENT"));
		bySegment.put("lessons", lesson(admin, w.teacherA().id(), w.subject().id(), w.classSection().id(),
				"2025-03-03T08:00:00Z", "HELD"));
		bySegment.put("behavior", behavior(admin, studentX, "2025-03-03", 3));
		bySegment.put("payments", payment(admin, studentX, "10.00", "EUR", "2025-03-03T08:00:00Z"));
		bySegment.put("parent-communications",
				parentCommunication(teacher, w.parentX(), w.studentX(), "EMAIL", "2025-03-03T08:00:00Z"));
		bySegment.put("submissions",
				create(teacher, "/api/assignments/" + assignment + "/submissions", body("student_id", studentX)));
		bySegment.put("quiz-attempts",
				create(teacher, "/api/quizzes/" + quiz + "/attempts", body("student_id", studentX)));
		bySegment.put("study-sessions", create(teacher, "/api/study-sessions",
				body("student_id", studentX, "subject_id", w.subject().id(), "duration_seconds", 60)));
		bySegment.put("schedules", create(admin, "/api/reports/schedules", body("name", "Fuzz", "report_type",
				"student_report", "frequency", "daily", "time", "07:00", "export_format", "csv")));
		bySegment.put("enrollments",
				this.jdbc.sql("SELECT MIN(id) FROM enrollments WHERE student_id = ?")
					.param(studentX)
					.query(Long.class)
					.single());
		Map<String, Object> byName = new HashMap<>();
		byName.put("studentId", studentX);
		byName.put("termId", term);
		byName.put("subjectId", w.subject().id());
		byName.put("index", 0);
		byName.put("kind", "students");
		byName.put("token", "no-such-token-" + ApiRoutes.MISSING_ID);
		Map<String, Long> byField = new HashMap<>();
		byField.put("student_id", studentX);
		byField.put("subject_id", w.subject().id());
		byField.put("class_id", w.classSection().id());
		byField.put("teacher_id", w.teacherA().id());
		byField.put("parent_id", w.parentX().id());
		byField.put("guardian_id", w.parentX().id());
		byField.put("tutor_id", w.tutorX().id());
		byField.put("participant_id", w.teacherA().id());
		byField.put("room_id", room);
		byField.put("term_id", term);
		byField.put("material_id", material);
		byField.put("recipient_id", w.teacherA().id());
		byField.put("user_id", w.teacherA().id());
		return new PathValues(bySegment, byName, byField);
	}

	private boolean onPostgres() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
	}

	/**
	 * What one caller's run found.
	 */
	private static final class Tally {

		final Map<String, Integer> casesPerRoute = new LinkedHashMap<>();

		final Map<Integer, Integer> statuses = new TreeMap<>();

		final List<String> serverErrors = new ArrayList<>();

		final List<String> notProblems = new ArrayList<>();

		final List<String> changed = new ArrayList<>();

		final List<String> fieldNotNamed = new ArrayList<>();

		int requests;

		int unchangedChecks;

		int fieldProblems;

		int fieldNamed;

		long fingerprintNanos;

		void print(String caller) {
			System.out.printf(
					"%s: %d requests, statuses %s, %d unchanged-on-rejection checks, %d field problems, %d of the sample naming the field%n",
					caller, this.requests, this.statuses, this.unchangedChecks, this.fieldProblems, this.fieldNamed);
			System.out.printf("%d ms taking fingerprints%n", this.fingerprintNanos / 1_000_000);
			if (!this.casesPerRoute.isEmpty()) {
				System.out.printf("cases per route: min %d, max %d, routes with 0: %s%n",
						this.casesPerRoute.values().stream().mapToInt(Integer::intValue).min().orElse(0),
						this.casesPerRoute.values().stream().mapToInt(Integer::intValue).max().orElse(0),
						new TreeSet<>(this.casesPerRoute.entrySet()
							.stream()
							.filter((entry) -> entry.getValue() == 0)
							.map(Map.Entry::getKey)
							.toList()));
			}
			this.serverErrors.forEach((line) -> System.out.println("5XX " + caller + " " + line));
			this.notProblems.forEach((line) -> System.out.println("NOT-PROBLEM " + caller + " " + line));
			this.changed.forEach((line) -> System.out.println("CHANGED " + caller + " " + line));
			this.fieldNotNamed.forEach((line) -> System.out.println("UNNAMED " + caller + " " + line));
		}

	}

}
