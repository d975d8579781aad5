package org.classlytics.reliability;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code /api} route of the application, read from its request mappings, against
 * callers it must turn away: no token, a student of one school asking for objects that do
 * not exist, the admin of another school asking for this school's objects, and an HTTP
 * method the path does not map. A route that is not in {@link #KNOWN_ROUTES} fails the
 * build, so a new endpoint cannot be left out of this check.
 */
@IntegrationTest
class RouteAuthorizationTests {

	/**
	 * The routes of api.md (and the extensions documented in the OpenAPI description) as
	 * {@code METHOD pattern}. A new route must be added here, after checking that the
	 * rules below hold for it.
	 */
	static final String KNOWN_ROUTES = """
			DELETE /api/assignments/{id}
			DELETE /api/attendance/{id}
			DELETE /api/auth/token
			DELETE /api/behavior/{id}
			DELETE /api/chat-rooms/{id}
			DELETE /api/classes/{id}
			DELETE /api/enrollments/{id}
			DELETE /api/lessons/{id}
			DELETE /api/materials/{id}
			DELETE /api/messages/{id}
			DELETE /api/parent-communications/{id}
			DELETE /api/payments/{id}
			DELETE /api/quiz-attempts/{id}
			DELETE /api/quizzes/{id}
			DELETE /api/reports/cache
			DELETE /api/reports/cache/{studentId}
			DELETE /api/reports/schedules/{id}
			DELETE /api/reports/schedules/{id}/remove_recipient
			DELETE /api/schools/{id}
			DELETE /api/study-sessions/{id}
			DELETE /api/subjects/{id}
			DELETE /api/submissions/{id}
			DELETE /api/terms/{id}
			DELETE /api/users/{id}
			GET /api/admin/audit
			GET /api/admin/outbox
			GET /api/admin/outbox/{id}
			GET /api/admin/outbox/{id}/attachments/{index}
			GET /api/analytics/admin/school-health
			GET /api/analytics/at-risk
			GET /api/analytics/settings/early-warning
			GET /api/analytics/student/{id}/daily
			GET /api/analytics/student/{id}/overview
			GET /api/analytics/student/{id}/weekly-performance
			GET /api/analytics/teacher/my-performance
			GET /api/analytics/terms/{termId}/performance
			GET /api/assignments
			GET /api/assignments/{id}
			GET /api/assignments/{id}/submissions
			GET /api/attendance
			GET /api/attendance/{id}
			GET /api/behavior
			GET /api/behavior/{id}
			GET /api/chat-rooms
			GET /api/chat-rooms/{id}
			GET /api/classes
			GET /api/classes/{id}
			GET /api/enrollments
			GET /api/enrollments/{id}
			GET /api/lessons
			GET /api/lessons/{id}
			GET /api/materials
			GET /api/materials/{id}
			GET /api/materials/{id}/progress
			GET /api/me
			GET /api/messages
			GET /api/messages/{id}
			GET /api/parent-communications
			GET /api/parent-communications/{id}
			GET /api/parent/dashboard
			GET /api/payments
			GET /api/payments/{id}
			GET /api/quiz-attempts
			GET /api/quiz-attempts/{id}
			GET /api/quizzes
			GET /api/quizzes/{id}
			GET /api/quizzes/{id}/attempts
			GET /api/reports/schedules
			GET /api/reports/schedules/my_subscriptions
			GET /api/reports/schedules/{id}
			GET /api/reports/schedules/{id}/executions
			GET /api/reports/schedules/{id}/executions/{executionId}/report
			GET /api/reports/schedules/{id}/recipients
			GET /api/reports/student-performance/{studentId}
			GET /api/reports/teacher-weekly
			GET /api/reports/teacher-weekly-reports
			GET /api/reports/teacher-weekly-reports/{id}
			GET /api/reports/teacher-weekly/export
			GET /api/schools
			GET /api/schools/{id}
			GET /api/study-sessions
			GET /api/study-sessions/{id}
			GET /api/subjects
			GET /api/subjects/{id}
			GET /api/submissions
			GET /api/submissions/{id}
			GET /api/terms
			GET /api/terms/{id}
			GET /api/users
			GET /api/users/{id}
			PATCH /api/assignments/{id}
			PATCH /api/attendance/{id}
			PATCH /api/behavior/{id}
			PATCH /api/chat-rooms/{id}
			PATCH /api/classes/{id}
			PATCH /api/enrollments/{id}
			PATCH /api/lessons/{id}
			PATCH /api/materials/{id}
			PATCH /api/parent-communications/{id}
			PATCH /api/payments/{id}
			PATCH /api/quiz-attempts/{id}
			PATCH /api/quizzes/{id}
			PATCH /api/reports/schedules/{id}
			PATCH /api/schools/{id}
			PATCH /api/subjects/{id}
			PATCH /api/terms/{id}
			PATCH /api/users/{id}
			POST /api/admin/analytics/recompute
			POST /api/assignments
			POST /api/assignments/{id}/submissions
			POST /api/attendance
			POST /api/auth/token
			POST /api/behavior
			POST /api/chat-rooms
			POST /api/classes
			POST /api/enrollments
			POST /api/import/oneroster
			POST /api/import/{kind}
			POST /api/lessons
			POST /api/materials
			POST /api/materials/{id}/progress
			POST /api/messages
			POST /api/parent-communications
			POST /api/payments
			POST /api/quizzes
			POST /api/quizzes/{id}/attempts
			POST /api/reports/bulk/student-performance
			POST /api/reports/schedules
			POST /api/reports/schedules/unsubscribe
			POST /api/reports/schedules/{id}/recipients
			POST /api/reports/schedules/{id}/run_now
			POST /api/reports/schedules/{id}/test_email
			POST /api/reports/student-performance/download
			POST /api/reports/teacher-weekly-reports/generate_now
			POST /api/reports/teacher-weekly-reports/{id}/send
			POST /api/schools
			POST /api/study-sessions
			POST /api/subjects
			POST /api/submissions/{id}/grade
			POST /api/terms
			POST /api/unsubscribe/{token}
			POST /api/users
			PUT /api/analytics/settings/early-warning
			PUT /api/analytics/term-performance/{studentId}/{termId}/{subjectId}/comment
			PUT /api/students/{id}/guardians
			""";

	/**
	 * Routes api.md lets in without a token: signing in and the two unsubscribe paths.
	 */
	static final Set<String> PUBLIC_ROUTES = Set.of("POST /api/auth/token", "POST /api/reports/schedules/unsubscribe",
			"POST /api/unsubscribe/{token}");

	private static final long MISSING_ID = ApiRoutes.MISSING_ID;

	private static final Pattern VARIABLE = ApiRoutes.VARIABLE;

	private static final List<RequestMethod> VERBS = List.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void everyApiRouteIsInTheKnownList() {
		Set<String> known = new TreeSet<>(
				KNOWN_ROUTES.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList());
		Set<String> actual = apiRoutes();
		Set<String> added = new TreeSet<>(actual);
		added.removeAll(known);
		Set<String> gone = new TreeSet<>(known);
		gone.removeAll(actual);
		assertThat(added).as("routes without an entry in the authorization check").isEmpty();
		assertThat(gone).as("routes listed but no longer mapped").isEmpty();
		assertThat(actual).hasSize(145);
	}

	@Test
	void everyNonPublicRouteAsksForAToken() {
		Map<String, Integer> statuses = new TreeMap<>();
		for (String route : apiRoutes()) {
			Api.Reply reply = ApiRoutes.send(this.api.anonymous(), route, ApiRoutes.fill(route, Map.of()));
			statuses.put(route, reply.status());
			if (PUBLIC_ROUTES.contains(route)) {
				assertThat(reply.status()).as("%s: %s", route, reply.text()).isBetween(400, 499);
			}
			else {
				assertThat(reply.status()).as("%s: %s", route, reply.text()).isEqualTo(401);
			}
		}
		assertThat(statuses).hasSize(145);
		// with an invalid token, too
		for (String route : apiRoutes()) {
			if (!PUBLIC_ROUTES.contains(route)) {
				Api.Reply reply = ApiRoutes.send(this.api.as("not-a-token-" + MISSING_ID), route,
						ApiRoutes.fill(route, Map.of()));
				assertThat(reply.status()).as("%s: %s", route, reply.text()).isEqualTo(401);
			}
		}
	}

	@Test
	void aStudentAskingForMissingObjectsGetsNoSuccessAndNoServerError() {
		World w = World.create(this.fixtures);
		Api.Caller student = this.api.as(w.token("studentX"));
		Map<Integer, Integer> histogram = new TreeMap<>();
		for (String route : apiRoutes()) {
			if (!route.contains("{")) {
				continue;
			}
			Api.Reply reply = ApiRoutes.send(student, route, ApiRoutes.fill(route, Map.of()));
			histogram.merge(reply.status(), 1, Integer::sum);
			assertThat(reply.status()).as("%s as studentX: %s", route, reply.text())
				.isBetween(400, 499)
				.isNotEqualTo(401);
		}
		assertThat(histogram.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(routesWithVariables());
		assertThat(histogram).containsOnlyKeys(400, 403, 404);
	}

	@Test
	void theAdminOfAnotherSchoolReachesNoObjectOfThisSchool() {
		World w = World.create(this.fixtures);
		long termId = w.school().term("Autumn", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 31)).id();
		Api.Caller outsider = this.api.as(w.token("outsider"));
		Map<String, Long> ids = new LinkedHashMap<>();
		ids.put("/api/users/{id}", w.studentX().id());
		ids.put("/api/students/{id}", w.studentX().id());
		ids.put("/api/analytics/student/{id}", w.studentX().id());
		ids.put("/api/reports/student-performance/{studentId}", w.studentX().id());
		ids.put("/api/reports/cache/{studentId}", w.studentX().id());
		ids.put("/api/classes/{id}", w.classSection().id());
		ids.put("/api/subjects/{id}", w.subject().id());
		ids.put("/api/schools/{id}", w.school().id());
		ids.put("/api/terms/{id}", termId);
		ids.put("/api/analytics/terms/{termId}", termId);
		Map<String, Integer> statuses = new TreeMap<>();
		for (String route : apiRoutes()) {
			String path = route.substring(route.indexOf(' ') + 1);
			ids.forEach((prefix, id) -> {
				if (path.startsWith(prefix)) {
					String filled = ApiRoutes.fill(route,
							Map.of("studentId", w.studentX().id(), "termId", termId, "subjectId", w.subject().id()));
					String variable = prefix.substring(prefix.lastIndexOf('{'));
					filled = filled.replace(prefix.replace(variable, String.valueOf(MISSING_ID)),
							prefix.replace(variable, String.valueOf(id)));
					// a valid body, so that the answer is about the object and not the
					// input
					String body = route.endsWith("/guardians") ? "{\"guardian_ids\": []}" : null;
					Api.Reply reply = ApiRoutes.send(outsider, route, filled, body);
					statuses.put(route, reply.status());
				}
			});
		}
		// deleting a school is never an admin's function (403); every other route hides
		// the object
		assertThat(statuses).allSatisfy((route, status) -> assertThat(status).as(route)
			.isEqualTo(route.equals("DELETE /api/schools/{id}") ? 403 : 404));
		assertThat(statuses).hasSize(22);
	}

	@Test
	void aMethodThePathDoesNotMapIsRejected() {
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		Map<String, Set<RequestMethod>> byPath = new TreeMap<>();
		for (String route : apiRoutes()) {
			String[] parts = route.split(" ", 2);
			byPath.computeIfAbsent(parts[1], (path) -> EnumSet.noneOf(RequestMethod.class))
				.add(RequestMethod.valueOf(parts[0]));
		}
		int sent = 0;
		Map<String, Integer> wrong = new TreeMap<>();
		for (Map.Entry<String, Set<RequestMethod>> entry : byPath.entrySet()) {
			for (RequestMethod verb : VERBS) {
				if (entry.getValue().contains(verb) || shadowed(byPath, entry.getKey(), verb)) {
					continue;
				}
				String route = verb + " " + entry.getKey();
				Api.Reply reply = ApiRoutes.send(admin, route, ApiRoutes.fill(route, Map.of()));
				sent++;
				if (reply.status() != 405) {
					wrong.put(route, reply.status());
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(sent).isEqualTo(268);
	}

	/**
	 * Whether another pattern maps the same verb on a path this one's filled form also
	 * matches, such as {@code /api/import/{kind}} next to {@code /api/import/oneroster}.
	 */
	private static boolean shadowed(Map<String, Set<RequestMethod>> byPath, String path, RequestMethod verb) {
		String filled = VARIABLE.matcher(path).replaceAll(String.valueOf(MISSING_ID));
		return byPath.entrySet()
			.stream()
			.filter((other) -> !other.getKey().equals(path) && other.getValue().contains(verb))
			.anyMatch((other) -> filled
				.matches(VARIABLE.matcher(Pattern.quote(other.getKey())).replaceAll("\\\\E[^/]+\\\\Q")));
	}

	private int routesWithVariables() {
		return (int) apiRoutes().stream().filter((route) -> route.contains("{")).count();
	}

	private Set<String> apiRoutes() {
		return ApiRoutes.of(this.mappings);
	}

}
