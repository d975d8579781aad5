package org.classlytics.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.classlytics.audit.AuditTrail;
import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.BrowserHttp;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.BrowserHttp.form;
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * Every route that shows, exports or emails a student's data writes exactly the audit
 * entries it should: the actor, the action, the kind of report and the students, one
 * entry per call. The routes come from the request mappings: every page of the web UI and
 * every {@code /api} route under the report, analytics, parent and outbox paths must be
 * either in {@link #AUDITED} (and called here) or in {@link #NOT_AUDITED} with the
 * reason, so a new report or export route cannot be added without deciding how it is
 * audited.
 */
@IntegrationTest
class AuditCoverageTests {

	/**
	 * The {@code /api} paths that hold reports, analytics and kept mail; every route of
	 * the web UI is classified too.
	 */
	private static final List<String> API_SCOPE = List.of("/api/reports", "/api/analytics", "/api/parent/",
			"/api/admin/outbox", "/api/admin/audit");

	/**
	 * The routes that disclose a student's data, each called by {@link #cases}.
	 */
	static final Set<String> AUDITED = Set.of("GET /api/reports/student-performance/{studentId}",
			"POST /api/reports/student-performance/download", "GET /api/reports/teacher-weekly",
			"GET /api/reports/teacher-weekly/export", "POST /api/reports/teacher-weekly-reports/generate_now",
			"GET /api/reports/teacher-weekly-reports", "GET /api/reports/teacher-weekly-reports/{id}",
			"POST /api/reports/teacher-weekly-reports/{id}/send", "POST /api/reports/bulk/student-performance",
			"GET /api/analytics/student/{id}/weekly-performance", "GET /api/analytics/student/{id}/daily",
			"GET /api/analytics/student/{id}/overview", "GET /api/analytics/terms/{termId}/performance",
			"GET /api/analytics/at-risk", "GET /api/parent/dashboard", "GET /api/admin/outbox/{id}",
			"GET /api/admin/outbox/{id}/attachments/{index}", "GET /students/{id}", "GET /students/{id}/report",
			"GET /parent", "GET /tutor", "GET /student", "GET /teacher/week", "GET /teacher/week/download",
			"POST /teacher/week/generate", "POST /teacher/reports/{id}/send", "GET /teacher/terms",
			"POST /admin/bulk-reports", "GET /admin/health", "GET /admin/outbox/{id}",
			"GET /admin/outbox/{id}/attachments/{index}");

	/**
	 * The routes in scope that write no entry of their own, and why.
	 */
	static final Map<String, String> NOT_AUDITED = notAudited();

	private static Map<String, String> notAudited() {
		Map<String, String> routes = new TreeMap<>();
		String noStudent = "shows no student's own data";
		String write = "changes a setting or a record and shows nothing more than the caller sent";
		String later = "queues an execution; each email it sends is audited (EMAIL) when the task sends it, "
				+ "and a recipient's download of it (EXPORT) in DeliveryRunTests";
		String sample = "emails sample data only, never a student's";
		for (String route : List.of("GET /api/analytics/admin/school-health",
				"GET /api/analytics/teacher/my-performance", "GET /api/analytics/settings/early-warning",
				"GET /api/admin/audit", "GET /api/admin/outbox", "GET /api/reports/schedules",
				"GET /api/reports/schedules/{id}", "GET /api/reports/schedules/my_subscriptions",
				"GET /api/reports/schedules/{id}/recipients", "GET /api/reports/schedules/{id}/executions",
				"GET /login", "GET /", "GET /admin", "GET /teacher", "GET /teacher/metrics", "GET /admin/audit",
				"GET /admin/outbox", "GET /admin/recompute", "GET /admin/recompute/status", "GET /admin/schedules",
				"GET /admin/schedules/new", "GET /admin/schedules/{id}", "GET /admin/schedules/{id}/edit",
				"GET /admin/bulk-reports", "GET /unsubscribe/{token}")) {
			routes.put(route, noStudent);
		}
		for (String route : List.of("PUT /api/analytics/settings/early-warning",
				"PUT /api/analytics/term-performance/{studentId}/{termId}/{subjectId}/comment",
				"DELETE /api/reports/cache", "DELETE /api/reports/cache/{studentId}", "POST /api/reports/schedules",
				"PATCH /api/reports/schedules/{id}", "DELETE /api/reports/schedules/{id}",
				"POST /api/reports/schedules/{id}/recipients", "DELETE /api/reports/schedules/{id}/remove_recipient",
				"POST /api/reports/schedules/unsubscribe", "POST /language",
				"POST /subscriptions/{scheduleId}/unsubscribe", "POST /unsubscribe/{token}",
				"POST /teacher/terms/comment", "POST /admin/recompute", "POST /admin/schedules",
				"POST /admin/schedules/{id}", "POST /admin/schedules/{id}/recipients",
				"POST /admin/schedules/{id}/recipients/{recipientId}/remove")) {
			routes.put(route, write);
		}
		routes.put("POST /api/reports/schedules/{id}/run_now", later);
		routes.put("POST /admin/schedules/{id}/run", later);
		routes.put("GET /api/reports/schedules/{id}/executions/{executionId}/report",
				"audited (EXPORT) by delivery's Runs; needs a sent execution, so DeliveryRunTests checks it");
		routes.put("POST /api/reports/schedules/{id}/test_email", sample);
		routes.put("POST /admin/schedules/{id}/test-email", sample);
		return routes;
	}

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteThatMayDiscloseAStudentIsClassified() {
		Set<String> inScope = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.classlytics")) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				boolean api = pattern.startsWith("/api/");
				if (!api || API_SCOPE.stream().anyMatch(pattern::startsWith)) {
					mapping.getKey()
						.getMethodsCondition()
						.getMethods()
						.forEach((method) -> inScope.add(method + " " + pattern));
				}
			}
		}
		assertThat(AUDITED).as("routes both audited and not").doesNotContainAnyElementsOf(NOT_AUDITED.keySet());
		Set<String> classified = new TreeSet<>(AUDITED);
		classified.addAll(NOT_AUDITED.keySet());
		assertThat(inScope).as("routes that may show, export or email a student's data, classified")
			.containsExactlyInAnyOrderElementsOf(classified);
	}

	@Test
	void everyAuditedRouteWritesExactlyItsEntries() {
		Cast c = cast();
		List<Case> cases = cases(c);
		assertThat(cases.stream().map(Case::route).collect(Collectors.toSet())).as("routes called")
			.containsExactlyInAnyOrderElementsOf(AUDITED);
		List<String> wrong = new ArrayList<>();
		for (Case call : cases) {
			this.trail.flush();
			long mark = lastEntry();
			int status = call.request().getAsInt();
			assertThat(status).as("%s (%s)", call.route(), call.what()).isBetween(200, 399);
			this.trail.flush();
			List<Entry> written = entriesAfter(mark, c.w.school().id());
			if (!written.equals(call.expected())) {
				wrong.add(call.route() + " (" + call.what() + "): expected " + call.expected() + " but was " + written);
			}
		}
		assertThat(wrong).as("routes whose audit entries differ").isEmpty();
		System.out.println("Audit coverage: " + AUDITED.size() + " routes audited, " + cases.size() + " calls, "
				+ NOT_AUDITED.size() + " routes classified as writing no entry");
	}

	@Test
	void routesThatDiscloseNothingWriteNoEntry() {
		Cast c = cast();
		Map<String, IntSupplier> calls = new LinkedHashMap<>();
		calls.put("GET /api/analytics/admin/school-health",
				() -> c.admin.get("/api/analytics/admin/school-health?date=2025-03-14").status());
		calls.put("GET /api/analytics/teacher/my-performance",
				() -> c.teacher.get("/api/analytics/teacher/my-performance?until=2025-03-14").status());
		calls.put("POST /api/reports/schedules/{id}/test_email",
				() -> c.teacher
					.post("/api/reports/schedules/" + c.schedule + "/test_email",
							body("recipient_email", "t@example.org"))
					.status());
		calls.put("POST /api/reports/schedules/{id}/run_now",
				() -> c.teacher.post("/api/reports/schedules/" + c.schedule + "/run_now", body()).status());
		calls.put("GET /teacher", () -> c.teacherPages.get("/teacher").status());
		for (Map.Entry<String, IntSupplier> call : calls.entrySet()) {
			assertThat(NOT_AUDITED).containsKey(call.getKey());
			this.trail.flush();
			long mark = lastEntry();
			assertThat(call.getValue().getAsInt()).as(call.getKey()).isBetween(200, 299);
			this.trail.flush();
			assertThat(entriesAfter(mark, c.w.school().id())).as(call.getKey()).isEmpty();
		}
	}

	/**
	 * The calls, in an order where each finds what it needs (the outbox holds the report
	 * sent before it).
	 */
	private List<Case> cases(Cast c) {
		long x = c.w.studentX().id();
		long teacherA = c.w.teacherA().id();
		long admin = c.w.admin().id();
		List<Long> justX = List.of(x);
		List<Case> cases = new ArrayList<>();
		String range = "from=2025-03-10&to=2025-03-16";
		cases.add(new Case("GET /api/reports/student-performance/{studentId}", "as the teacher",
				() -> c.teacher.get("/api/reports/student-performance/" + x + "?" + range).status(),
				List.of(new Entry(teacherA, "VIEW", "student_performance", justX))));
		cases.add(new Case("GET /api/reports/student-performance/{studentId}", "again, from the cache",
				() -> c.teacher.get("/api/reports/student-performance/" + x + "?" + range).status(),
				List.of(new Entry(teacherA, "VIEW", "student_performance", justX))));
		for (String format : List.of("pdf", "csv", "xlsx", "json")) {
			cases.add(
					new Case("POST /api/reports/student-performance/download", format + " by the parent",
							() -> c.parent
								.post("/api/reports/student-performance/download",
										body("student_id", x, "from", "2025-03-10", "to", "2025-03-16", "format",
												format))
								.status(),
							List.of(new Entry(c.w.parentX().id(), "EXPORT", "student_performance", justX))));
		}
		cases.add(new Case("GET /api/reports/teacher-weekly", "the teacher's class",
				() -> c.teacher.get("/api/reports/teacher-weekly?week_start=2025-03-10").status(),
				List.of(new Entry(teacherA, "VIEW", "teacher_weekly", justX))));
		for (String format : List.of("pdf", "csv", "xlsx")) {
			cases.add(new Case("GET /api/reports/teacher-weekly/export", format,
					() -> c.teacher.get("/api/reports/teacher-weekly/export?week_start=2025-03-10&format=" + format)
						.status(),
					List.of(new Entry(teacherA, "EXPORT", "teacher_weekly", justX))));
		}
		long[] stored = new long[1];
		cases.add(new Case("POST /api/reports/teacher-weekly-reports/generate_now", "for the student", () -> {
			Api.Reply reply = c.teacher.post("/api/reports/teacher-weekly-reports/generate_now",
					body("week_start", "2025-03-10", "student_id", x));
			stored[0] = reply.json().get("reports").get(0).get("id").asLong();
			return reply.status();
		}, List.of(new Entry(teacherA, "VIEW", "teacher_weekly", justX))));
		cases.add(new Case("GET /api/reports/teacher-weekly-reports", "the week's list",
				() -> c.teacher.get("/api/reports/teacher-weekly-reports?week_start=2025-03-10").status(),
				List.of(new Entry(teacherA, "VIEW", "teacher_weekly", justX))));
		cases.add(new Case("GET /api/reports/teacher-weekly-reports/{id}", "one stored report",
				() -> c.teacher.get("/api/reports/teacher-weekly-reports/" + stored[0]).status(),
				List.of(new Entry(teacherA, "VIEW", "teacher_weekly", justX))));
		cases.add(new Case("POST /api/reports/teacher-weekly-reports/{id}/send", "to the tutor",
				() -> c.teacher.post("/api/reports/teacher-weekly-reports/" + stored[0] + "/send", null).status(),
				List.of(new Entry(teacherA, "EMAIL", "teacher_weekly", justX))));
		long[] outbox = new long[1];
		cases.add(new Case("GET /api/admin/outbox/{id}", "the sent report's message", () -> {
			outbox[0] = outboxMessageTo(c.admin, c.w.tutorX());
			return c.admin.get("/api/admin/outbox/" + outbox[0]).status();
		}, List.of(new Entry(admin, "VIEW", "outbox_message", justX))));
		cases.add(new Case("GET /api/admin/outbox/{id}/attachments/{index}", "the attached report",
				() -> c.admin.get("/api/admin/outbox/" + outbox[0] + "/attachments/0").status(),
				List.of(new Entry(admin, "EXPORT", "outbox_attachment", justX))));
		cases.add(new Case("GET /admin/outbox/{id}", "the message page",
				() -> c.adminPages.get("/admin/outbox/" + outbox[0]).status(),
				List.of(new Entry(admin, "VIEW", "outbox_message", justX))));
		cases.add(new Case("GET /admin/outbox/{id}/attachments/{index}", "the attachment link",
				() -> c.adminPages.get("/admin/outbox/" + outbox[0] + "/attachments/0").status(),
				List.of(new Entry(admin, "EXPORT", "outbox_attachment", justX))));
		for (String format : List.of("json", "csv", "zip")) {
			cases.add(new Case("POST /api/reports/bulk/student-performance", format + ", one seen and one foreign",
					() -> c.teacher
						.post("/api/reports/bulk/student-performance",
								body("student_ids", List.of(x, c.w.studentY().id()), "from", "2025-03-10", "to",
										"2025-03-16", "format", format))
						.status(),
					List.of(new Entry(teacherA, "EXPORT", "student_performance", justX))));
		}
		cases.add(new Case("GET /api/analytics/student/{id}/weekly-performance", "the trend",
				() -> c.teacher.get("/api/analytics/student/" + x + "/weekly-performance?until=2025-03-16").status(),
				List.of(new Entry(teacherA, "VIEW", "weekly_performance", justX))));
		cases.add(new Case("GET /api/analytics/student/{id}/daily", "the days",
				() -> c.teacher.get("/api/analytics/student/" + x + "/daily?" + range).status(),
				List.of(new Entry(teacherA, "VIEW", "daily_summary", justX))));
		cases.add(new Case("GET /api/analytics/student/{id}/overview", "the charts' data",
				() -> c.teacher.get("/api/analytics/student/" + x + "/overview?" + range).status(),
				List.of(new Entry(teacherA, "VIEW", "student_overview", justX))));
		cases.add(new Case("GET /api/analytics/terms/{termId}/performance", "the teacher's rows",
				() -> c.teacher.get("/api/analytics/terms/" + c.term + "/performance").status(),
				List.of(new Entry(teacherA, "VIEW", "term_performance", justX))));
		cases.add(new Case("GET /api/analytics/at-risk", "the flagged student",
				() -> c.teacher.get("/api/analytics/at-risk?date=2025-03-16").status(),
				List.of(new Entry(teacherA, "VIEW", "at_risk", justX))));
		cases.add(new Case("GET /api/parent/dashboard", "the parent's child",
				() -> c.parent.get("/api/parent/dashboard?until=2025-03-16").status(),
				List.of(new Entry(c.w.parentX().id(), "VIEW", "parent_dashboard", justX))));
		cases.add(new Case("GET /students/{id}", "the student's page",
				() -> c.teacherPages.get("/students/" + x).status(),
				List.of(new Entry(teacherA, "VIEW", "student_dashboard", justX))));
		cases.add(new Case("GET /students/{id}/report", "its download link",
				() -> c.teacherPages.get("/students/" + x + "/report?format=pdf").status(),
				List.of(new Entry(teacherA, "EXPORT", "student_performance", justX))));
		cases.add(new Case("GET /parent", "the parent's home",
				() -> BrowserHttp.signedIn(this.api, c.w.parentX()).get("/parent").status(),
				List.of(new Entry(c.w.parentX().id(), "VIEW", "student_dashboard", justX))));
		cases.add(new Case("GET /tutor", "the tutor's home",
				() -> BrowserHttp.signedIn(this.api, c.w.tutorX()).get("/tutor").status(),
				List.of(new Entry(c.w.tutorX().id(), "VIEW", "student_dashboard", justX))));
		cases.add(new Case("GET /student", "the student's home",
				() -> BrowserHttp.signedIn(this.api, c.w.studentX()).get("/student").status(),
				List.of(new Entry(x, "VIEW", "student_dashboard", justX))));
		cases.add(new Case("GET /teacher/week", "the class report and the stored reports",
				() -> c.teacherPages.get("/teacher/week?week=2025-03-10").status(),
				List.of(new Entry(teacherA, "VIEW", "teacher_weekly", justX),
						new Entry(teacherA, "VIEW", "teacher_weekly", justX))));
		cases.add(new Case("GET /teacher/week/download", "the class report as a file",
				() -> c.teacherPages.get("/teacher/week/download?week=2025-03-10&format=csv").status(),
				List.of(new Entry(teacherA, "EXPORT", "teacher_weekly", justX))));
		cases.add(new Case("POST /teacher/week/generate", "the stored reports",
				() -> c.teacherPages.submit("/teacher/metrics", "/teacher/week/generate", form("week", "2025-03-17"))
					.status(),
				List.of(new Entry(teacherA, "VIEW", "teacher_weekly", justX))));
		long[] second = new long[1];
		cases.add(new Case("POST /teacher/reports/{id}/send", "a stored report to the tutor", () -> {
			second[0] = this.jdbc
				.sql("SELECT id FROM teacher_weekly_reports WHERE teacher_id = ? AND week_start = ? ORDER BY id")
				.params(teacherA, LocalDate.of(2025, 3, 17))
				.query(Long.class)
				.list()
				.get(0);
			return c.teacherPages
				.submit("/teacher/metrics", "/teacher/reports/" + second[0] + "/send", form("week", "2025-03-17"))
				.status();
		}, List.of(new Entry(teacherA, "EMAIL", "teacher_weekly", justX))));
		cases.add(new Case("GET /teacher/terms", "the term rows",
				() -> c.teacherPages.get("/teacher/terms?term=" + c.term).status(),
				List.of(new Entry(teacherA, "VIEW", "term_performance", justX))));
		cases.add(new Case("POST /admin/bulk-reports", "the class as a csv",
				() -> c.adminPages
					.submit("/admin/bulk-reports", "/admin/bulk-reports",
							form("class", String.valueOf(c.w.classSection().id()), "format", "csv", "from",
									"2025-03-10", "to", "2025-03-16"))
					.status(),
				List.of(new Entry(admin, "EXPORT", "student_performance", ascending(x, c.w.studentY().id())))));
		cases.add(new Case("GET /admin/health", "the at-risk list",
				() -> c.adminPages.get("/admin/health?date=2025-03-16").status(),
				List.of(new Entry(admin, "VIEW", "at_risk", justX))));
		return cases;
	}

	private static List<Long> ascending(long a, long b) {
		return List.of(Math.min(a, b), Math.max(a, b));
	}

	private long outboxMessageTo(Api.Caller admin, Person recipient) {
		JsonNode page = admin.get("/api/admin/outbox?page_size=200").json();
		return page.get("results")
			.valueStream()
			.filter((message) -> message.get("to").asString().contains(recipient.email()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no mail to " + recipient.email() + " in " + page))
			.get("id")
			.asLong();
	}

	private long lastEntry() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entries").query(Long.class).single();
	}

	private List<Entry> entriesAfter(long mark, long schoolId) {
		List<Entry> entries = new ArrayList<>();
		this.jdbc.sql("""
				SELECT id, actor_id, action, report_kind FROM audit_entries
				WHERE id > ? AND school_id = ? ORDER BY id""").params(mark, schoolId).query((rs, n) -> {
			long id = rs.getLong("id");
			return new Entry(rs.getLong("actor_id"), rs.getString("action"), rs.getString("report_kind"), List.of(id));
		})
			.list()
			.forEach((row) -> entries.add(new Entry(row.actorId(), row.action(), row.kind(),
					this.jdbc.sql("SELECT student_id FROM audit_entry_students WHERE entry_id = ? ORDER BY student_id")
						.param(row.studentIds().get(0))
						.query(Long.class)
						.list())));
		return entries;
	}

	/**
	 * The world, with a term and one low grade for studentX in the week of 2025-03-10 (so
	 * that every report has a row and early warning flags the student), a schedule of the
	 * teacher, and signed-in browsers.
	 */
	private Cast cast() {
		World w = World.create(this.fixtures);
		long term = w.school().term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30)).id();
		Api.Caller teacher = this.api.as(w.token("teacherA"));
		long assignment = create(teacher, "/api/assignments",
				body("subject_id", w.subject().id(), "title", "Essay", "due_at", "2025-03-11T10:00:00Z", "max_score",
						100, "student_ids", List.of(w.studentX().id()), "created_at", "2025-03-03T08:00:00Z"));
		long submission = create(teacher, "/api/assignments/" + assignment + "/submissions",
				body("student_id", w.studentX().id(), "submitted_at", "2025-03-11T09:00:00Z"));
		Api.Reply graded = teacher.post("/api/submissions/" + submission + "/grade",
				body("score", 20, "graded_at", "2025-03-12T10:00:00Z"));
		assertThat(graded.status()).as(graded.text()).isEqualTo(200);
		long schedule = create(teacher, "/api/reports/schedules",
				body("name", "Xena daily", "report_type", "student_report", "frequency", "daily", "time", "07:30",
						"export_format", "pdf", "scope", body("student_ids", List.of(w.studentX().id()))));
		return new Cast(w, term, schedule, this.api.as(w.token("admin")), teacher, this.api.as(w.token("parentX")),
				BrowserHttp.signedIn(this.api, w.teacherA()), BrowserHttp.signedIn(this.api, w.admin()));
	}

	private record Cast(World w, long term, long schedule, Api.Caller admin, Api.Caller teacher, Api.Caller parent,
			BrowserHttp teacherPages, BrowserHttp adminPages) {

	}

	/**
	 * One successful call of an audited route and the entries it must write, in order.
	 */
	private record Case(String route, String what, IntSupplier request, List<Entry> expected) {

	}

	/**
	 * An audit entry as written: actor, action, report kind and students (ascending).
	 */
	private record Entry(long actorId, String action, String kind, List<Long> studentIds) {

	}

}
