package org.classlytics.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.classlytics.mail.Mailer;
import org.classlytics.reliability.PermissionObjects.Role;
import org.classlytics.reliability.PermissionObjects.Side;
import org.classlytics.reliability.PermissionRequests.Call;
import org.classlytics.support.Api;
import org.classlytics.support.BrowserHttp;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission matrix of the whole application (api.md "Who may do what"): every route,
 * read from the request mappings, as every role, on an object of the caller's own, a
 * foreign object of the same school and an object of another school, against the exact
 * status the table below promises. A route without a line fails by name, so a new
 * endpoint cannot be forgotten.
 */
@IntegrationTest
class PermissionMatrixTests {

	/**
	 * One line per {@code /api} route: the statuses of ADMIN TEACHER TUTOR PARENT STUDENT
	 * (admin, teacherA, tutorX, parentX and studentX of one school), for a route that
	 * names no object once, else three times: on their own side's object (teacherA's
	 * items on studentX), on the foreign side's (teacherB's on studentY) and on another
	 * school's. {@code -} marks a side that has no such object (a school has no foreign
	 * side within itself). Objects are named by path variables or, for a create, by the
	 * body (the student it is for).
	 */
	static final String API_MATRIX = """
			# A = ADMIN, T = TEACHER, Tu = TUTOR, P = PARENT, S = STUDENT, each first on an object of their own
			# route                                        | A   T   Tu  P   S   | foreign, same school | another school
			DELETE /api/assignments/{id}                   | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/attendance/{id}                    | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/auth/token                         | 204 204 204 204 204
			DELETE /api/behavior/{id}                      | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/chat-rooms/{id}                    | 204 204 403 403 403 | 204 404 404 403 403 | 404 404 404 403 403
			DELETE /api/classes/{id}                       | 204 403 403 403 403 | 204 403 403 403 403 | 404 403 403 403 403
			DELETE /api/enrollments/{id}                   | 204 403 403 403 403 | 204 403 403 403 403 | 404 403 403 403 403
			DELETE /api/lessons/{id}                       | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/materials/{id}                     | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/messages/{id}                      | 204 403 403 403 204 | 204 404 404 404 404 | 404 404 404 404 404
			DELETE /api/parent-communications/{id}         | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/payments/{id}                      | 204 403 403 403 403 | 204 403 403 403 403 | 404 403 403 403 403
			DELETE /api/quiz-attempts/{id}                 | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/quizzes/{id}                       | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/reports/cache                      | 200 403 403 403 403
			DELETE /api/reports/cache/{studentId}          | 200 403 403 403 403 | 200 403 403 403 403 | 404 403 403 403 403
			DELETE /api/reports/schedules/{id}             | 204 204 204 403 403 | 204 404 404 403 403 | 404 404 404 403 403
			DELETE /api/reports/schedules/{id}/remove_recipient | 204 204 204 403 403 | 204 404 404 403 403 | 404 404 404 403 403
			DELETE /api/schools/{id}                       | 403 403 403 403 403 | - | 403 403 403 403 403
			DELETE /api/study-sessions/{id}                | 204 204 403 403 204 | 204 404 403 403 404 | 404 404 403 403 404
			DELETE /api/subjects/{id}                      | 204 403 403 403 403 | 204 403 403 403 403 | 404 403 403 403 403
			DELETE /api/submissions/{id}                   | 204 204 403 403 403 | 204 404 403 403 403 | 404 404 403 403 403
			DELETE /api/terms/{id}                         | 204 403 403 403 403 | 204 403 403 403 403 | 404 403 403 403 403
			DELETE /api/users/{id}                         | 204 403 403 403 403 | 204 403 403 403 403 | 404 403 403 403 403
			GET /api/admin/audit                           | 200 403 403 403 403 | 200 403 403 403 403 | 200 403 403 403 403
			GET /api/admin/outbox                          | 200 403 403 403 403
			GET /api/admin/outbox/{id}                     | 200 403 403 403 403 | - | 404 403 403 403 403
			GET /api/admin/outbox/{id}/attachments/{index} | 200 403 403 403 403 | - | 404 403 403 403 403
			GET /api/analytics/admin/school-health         | 200 403 403 403 403
			GET /api/analytics/at-risk                     | 200 200 200 200 200
			GET /api/analytics/settings/early-warning      | 200 403 403 403 403
			GET /api/analytics/student/{id}/daily          | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/analytics/student/{id}/overview       | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/analytics/student/{id}/weekly-performance | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/analytics/teacher/my-performance      | 200 200 403 403 403
			GET /api/analytics/terms/{termId}/performance  | 200 200 200 200 200 | 200 200 200 200 200 | 404 404 404 404 404
			GET /api/assignments                           | 200 200 200 200 200
			GET /api/assignments/{id}                      | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/assignments/{id}/submissions          | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/attendance                            | 200 200 200 200 200
			GET /api/attendance/{id}                       | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/behavior                              | 200 200 200 200 200
			GET /api/behavior/{id}                         | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/chat-rooms                            | 200 200 200 200 200
			GET /api/chat-rooms/{id}                       | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/classes                               | 200 200 200 200 200
			GET /api/classes/{id}                          | 200 200 200 200 200 | 200 200 200 200 200 | 404 404 404 404 404
			GET /api/enrollments                           | 200 200 200 200 200
			GET /api/enrollments/{id}                      | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/lessons                               | 200 200 403 403 403
			GET /api/lessons/{id}                          | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			GET /api/materials                             | 200 200 200 200 200
			GET /api/materials/{id}                        | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/materials/{id}/progress               | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/me                                    | 200 200 200 200 200
			GET /api/messages                              | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/messages/{id}                         | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/parent-communications                 | 200 200 403 200 403
			GET /api/parent-communications/{id}            | 200 200 403 200 403 | 200 404 403 404 403 | 404 404 403 404 403
			GET /api/parent/dashboard                      | 403 403 403 200 403
			GET /api/payments                              | 200 403 403 200 200
			GET /api/payments/{id}                         | 200 403 403 200 200 | 200 403 403 404 404 | 404 403 403 404 404
			GET /api/quiz-attempts                         | 200 200 200 200 200
			GET /api/quiz-attempts/{id}                    | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/quizzes                               | 200 200 200 200 200
			GET /api/quizzes/{id}                          | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/quizzes/{id}/attempts                 | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/reports/schedules                     | 200 200 200 403 403
			GET /api/reports/schedules/my_subscriptions    | 200 200 200 200 200
			GET /api/reports/schedules/{id}                | 200 200 200 403 403 | 200 404 404 403 403 | 404 404 404 403 403
			GET /api/reports/schedules/{id}/executions     | 200 200 200 403 403 | 200 404 404 403 403 | 404 404 404 403 403
			GET /api/reports/schedules/{id}/executions/{executionId}/report | 404 404 200 404 404 | 404 404 404 404 404 | 404 404 404 404 404
			GET /api/reports/schedules/{id}/recipients     | 200 200 200 403 403 | 200 404 404 403 403 | 404 404 404 403 403
			GET /api/reports/student-performance/{studentId} | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/reports/teacher-weekly                | 200 200 403 403 403
			GET /api/reports/teacher-weekly-reports        | 200 200 200 200 200
			GET /api/reports/teacher-weekly-reports/{id}   | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/reports/teacher-weekly/export         | 200 200 403 403 403
			GET /api/schools                               | 200 200 200 200 200
			GET /api/schools/{id}                          | 200 200 200 200 200 | - | 404 404 404 404 404
			GET /api/study-sessions                        | 200 200 200 200 200
			GET /api/study-sessions/{id}                   | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/subjects                              | 200 200 200 200 200
			GET /api/subjects/{id}                         | 200 200 200 200 200 | 200 200 200 200 200 | 404 404 404 404 404
			GET /api/submissions                           | 200 200 200 200 200
			GET /api/submissions/{id}                      | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			GET /api/terms                                 | 200 200 200 200 200
			GET /api/terms/{id}                            | 200 200 200 200 200 | 200 200 200 200 200 | 404 404 404 404 404
			GET /api/users                                 | 200 200 200 200 200
			GET /api/users/{id}                            | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			PATCH /api/assignments/{id}                    | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			PATCH /api/attendance/{id}                     | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			PATCH /api/behavior/{id}                       | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			PATCH /api/chat-rooms/{id}                     | 200 200 403 403 403 | 200 404 404 403 403 | 404 404 404 403 403
			PATCH /api/classes/{id}                        | 200 403 403 403 403 | 200 403 403 403 403 | 404 403 403 403 403
			PATCH /api/enrollments/{id}                    | 200 403 403 403 403 | 200 403 403 403 403 | 404 403 403 403 403
			PATCH /api/lessons/{id}                        | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			PATCH /api/materials/{id}                      | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			PATCH /api/parent-communications/{id}          | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			PATCH /api/payments/{id}                       | 200 403 403 403 403 | 200 403 403 403 403 | 404 403 403 403 403
			PATCH /api/quiz-attempts/{id}                  | 200 200 403 403 200 | 200 404 403 403 404 | 404 404 403 403 404
			PATCH /api/quizzes/{id}                        | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			PATCH /api/reports/schedules/{id}              | 200 200 200 403 403 | 200 404 404 403 403 | 404 404 404 403 403
			PATCH /api/schools/{id}                        | 200 403 403 403 403 | - | 404 403 403 403 403
			PATCH /api/subjects/{id}                       | 200 403 403 403 403 | 200 403 403 403 403 | 404 403 403 403 403
			PATCH /api/terms/{id}                          | 200 403 403 403 403 | 200 403 403 403 403 | 404 403 403 403 403
			PATCH /api/users/{id}                          | 200 403 403 403 200 | 200 403 403 403 403 | 404 403 403 403 403
			POST /api/admin/analytics/recompute            | 200 403 403 403 403
			POST /api/assignments                          | 201 201 403 403 403 | 201 400 403 403 403 | 400 400 403 403 403
			POST /api/assignments/{id}/submissions         | 201 201 403 403 201 | 201 404 403 403 400 | 404 404 403 403 404
			POST /api/attendance                           | 201 201 403 403 403 | 201 400 403 403 403 | 400 400 403 403 403
			POST /api/auth/token                           | 200 200 200 200 200
			POST /api/behavior                             | 201 201 403 403 403 | 201 400 403 403 403 | 400 400 403 403 403
			POST /api/chat-rooms                           | 201 201 201 403 403 | 201 400 400 403 403 | 400 400 400 403 403
			POST /api/classes                              | 201 403 403 403 403
			POST /api/enrollments                          | 201 403 403 403 403 | 201 403 403 403 403 | 400 403 403 403 403
			POST /api/import/oneroster                     | 200 403 403 403 403
			POST /api/import/{kind}                        | 200 200 403 403 403 | 200 400 403 403 403 | 400 400 403 403 403
			POST /api/lessons                              | 201 201 403 403 403
			POST /api/materials                            | 201 201 403 403 403 | 201 400 403 403 403 | 400 400 403 403 403
			POST /api/materials/{id}/progress              | 201 201 403 403 201 | 201 404 403 403 400 | 404 404 403 403 404
			POST /api/messages                             | 201 201 201 201 201 | 201 404 404 404 404 | 404 404 404 404 404
			POST /api/parent-communications                | 201 201 403 403 403 | 201 400 403 403 403 | 400 400 403 403 403
			POST /api/payments                             | 201 403 403 403 403 | 201 403 403 403 403 | 400 403 403 403 403
			POST /api/quizzes                              | 201 201 403 403 403
			POST /api/quizzes/{id}/attempts                | 201 201 403 403 201 | 201 404 403 403 400 | 404 404 403 403 404
			POST /api/reports/bulk/student-performance     | 200 200 200 200 200 | 200 200 200 200 200 | 200 200 200 200 200
			POST /api/reports/schedules                    | 201 201 201 403 403 | 201 400 400 403 403 | 400 400 400 403 403
			POST /api/reports/schedules/unsubscribe        | 200 200 200 200 200
			POST /api/reports/schedules/{id}/recipients    | 201 201 201 403 403 | 201 404 404 403 403 | 404 404 404 403 403
			POST /api/reports/schedules/{id}/run_now       | 202 202 202 403 403 | 202 404 404 403 403 | 404 404 404 403 403
			POST /api/reports/schedules/{id}/test_email    | 202 202 202 403 403 | 202 404 404 403 403 | 404 404 404 403 403
			POST /api/reports/student-performance/download | 200 200 200 200 200 | 200 404 404 404 404 | 404 404 404 404 404
			POST /api/reports/teacher-weekly-reports/generate_now | 403 201 403 403 403 | 403 400 403 403 403 | 403 400 403 403 403
			POST /api/reports/teacher-weekly-reports/{id}/send | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			POST /api/schools                              | 403 403 403 403 403
			POST /api/study-sessions                       | 201 201 403 403 201 | 201 400 403 403 400 | 400 400 403 403 400
			POST /api/subjects                             | 201 403 403 403 403
			POST /api/submissions/{id}/grade               | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			POST /api/terms                                | 201 403 403 403 403
			POST /api/unsubscribe/{token}                  | 200 200 200 200 200
			POST /api/users                                | 201 403 403 403 403
			PUT /api/analytics/settings/early-warning      | 200 403 403 403 403
			PUT /api/analytics/term-performance/{studentId}/{termId}/{subjectId}/comment | 200 200 403 403 403 | 200 404 403 403 403 | 404 404 403 403 403
			PUT /api/students/{id}/guardians               | 200 403 403 403 403 | 200 403 403 403 403 | 404 403 403 403 403
			""";

	/**
	 * The same for the pages (GET routes of the web packages), with a sixth column for a
	 * visitor who has not signed in: 302 is a redirect (to the sign-in page for the
	 * visitor).
	 */
	static final String WEB_MATRIX = """
			# V = a visitor who has not signed in
			# page                                     | A   T   Tu  P   S   V   | foreign                 | another school
			GET /                                      | 302 302 302 302 302 302
			GET /admin                                 | 200 403 403 403 403 302
			GET /admin/audit                           | 200 403 403 403 403 302
			GET /admin/bulk-reports                    | 200 403 403 403 403 302
			GET /admin/health                          | 200 403 403 403 403 302
			GET /admin/outbox                          | 200 403 403 403 403 302
			GET /admin/outbox/{id}                     | 200 403 403 403 403 302 | - | 404 403 403 403 403 302
			GET /admin/outbox/{id}/attachments/{index} | 200 403 403 403 403 302 | - | 404 403 403 403 403 302
			GET /admin/recompute                       | 200 403 403 403 403 302
			GET /admin/recompute/status                | 200 403 403 403 403 302
			GET /admin/schedules                       | 200 403 403 403 403 302
			GET /admin/schedules/new                   | 200 403 403 403 403 302
			GET /admin/schedules/{id}                  | 200 403 403 403 403 302 | 200 403 403 403 403 302 | 404 403 403 403 403 302
			GET /admin/schedules/{id}/edit             | 200 403 403 403 403 302 | 200 403 403 403 403 302 | 404 403 403 403 403 302
			GET /login                                 | 302 302 302 302 302 200
			GET /parent                                | 403 403 403 200 403 302
			GET /student                               | 403 403 403 403 200 302
			GET /students/{id}                         | 200 200 200 200 200 302 | 200 404 404 404 404 302 | 404 404 404 404 404 302
			GET /students/{id}/report                  | 200 200 200 200 200 302 | 200 404 404 404 404 302 | 404 404 404 404 404 302
			GET /teacher                               | 403 200 403 403 403 302
			GET /teacher/metrics                       | 403 200 403 403 403 302
			GET /teacher/terms                         | 403 200 403 403 403 302
			GET /teacher/week                          | 403 200 403 403 403 302
			GET /teacher/week/download                 | 403 200 403 403 403 302
			GET /tutor                                 | 403 403 200 403 403 302
			""";

	private static final List<String> WEB_PACKAGES = List.of("org.classlytics.web", "org.classlytics.web.admin");

	private static final int ROLES = Role.values().length;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyApiRouteAsEveryRoleOnOwnAndForeignObjects() {
		long started = System.nanoTime();
		Map<String, List<int[]>> table = parse(API_MATRIX, ROLES);
		assertThat(ApiRoutes.of(this.mappings)).as("the routes of the matrix").isEqualTo(table.keySet());
		World here = World.create(this.fixtures);
		List<Side> sides = sides(here);
		PermissionRequests requests = new PermissionRequests(new PermissionObjects(this.api, this.mailer, this.jdbc));
		Map<Integer, Integer> histogram = new TreeMap<>();
		Map<String, String> wrong = new LinkedHashMap<>();
		int cases = 0;
		Map<String, Long> millis = new LinkedHashMap<>();
		for (String route : deletesLast(table.keySet())) {
			long routeStarted = System.nanoTime();
			String method = route.substring(0, route.indexOf(' '));
			List<int[]> expected = table.get(route);
			List<int[]> actual = new ArrayList<>();
			for (int group = 0; group < expected.size(); group++) {
				int[] statuses = expected.get(group);
				int[] got = (statuses != null) ? new int[ROLES] : null;
				for (int r = 0; statuses != null && r < ROLES; r++) {
					Role role = Role.values()[r];
					boolean fresh = !method.equals("GET") && statuses[r] >= 200 && statuses[r] < 300;
					Call call = requests.call(route, sides.get(group), role, fresh);
					String token = (call.token() != null) ? call.token() : here.token(role.who);
					Api.Reply reply = this.api.as(token)
						.send(method, call.path(), call.body(), call.contentType(), Map.of());
					got[r] = reply.status();
					histogram.merge(reply.status(), 1, Integer::sum);
					cases++;
					if (reply.status() >= 500) {
						wrong.put(route + " as " + role + " on " + sides.get(group).name(), reply.text());
					}
				}
				actual.add(got);
			}
			if (!same(expected, actual)) {
				wrong.put(route, line(route, actual));
			}
			millis.put(route, Duration.ofNanos(System.nanoTime() - routeStarted).toMillis());
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("Permission matrix: %d routes, %d roles, %d cases in %d ms; statuses %s%n", table.size(),
				ROLES, cases, took.toMillis(), histogram);
		System.out.println("Slowest routes (ms, objects made included): " + slowest(millis));
		assertThat(wrong).as("routes whose statuses differ from the matrix (the actual line follows)").isEmpty();
		assertThat(cases).isEqualTo(1700);
	}

	@Test
	void everyPageAsEveryRole() {
		Map<String, List<int[]>> table = parse(WEB_MATRIX, ROLES + 1);
		assertThat(pageRoutes()).as("the pages of the matrix").isEqualTo(table.keySet());
		World here = World.create(this.fixtures);
		List<Side> sides = sides(here);
		PermissionObjects objects = new PermissionObjects(this.api, this.mailer, this.jdbc);
		List<BrowserHttp> browsers = new ArrayList<>();
		for (Role role : Role.values()) {
			browsers.add(BrowserHttp.signedIn(this.api, here.person(role.who)));
		}
		browsers.add(BrowserHttp.anonymous(this.api));
		Map<Integer, Integer> histogram = new TreeMap<>();
		Map<String, String> wrong = new LinkedHashMap<>();
		int cases = 0;
		for (Map.Entry<String, List<int[]>> entry : table.entrySet()) {
			String route = entry.getKey();
			List<int[]> actual = new ArrayList<>();
			for (int group = 0; group < entry.getValue().size(); group++) {
				int[] statuses = entry.getValue().get(group);
				int[] got = (statuses != null) ? new int[ROLES + 1] : null;
				for (int b = 0; statuses != null && b <= ROLES; b++) {
					String path = page(route, sides.get(group), objects);
					BrowserHttp.Page page = browsers.get(b).get(path);
					got[b] = page.status();
					histogram.merge(page.status(), 1, Integer::sum);
					cases++;
					if (b == ROLES && page.status() == 302) {
						assertThat(page.redirectPath()).as("%s without signing in", path).isEqualTo("/login");
					}
				}
				actual.add(got);
			}
			if (!same(entry.getValue(), actual)) {
				wrong.put(route, line(route, actual));
			}
		}
		System.out.printf("Page matrix: %d pages, %d roles and a visitor, %d cases; statuses %s%n", table.size(), ROLES,
				cases, histogram);
		assertThat(wrong).as("pages whose statuses differ from the matrix (the actual line follows)").isEmpty();
		assertThat(cases).isEqualTo(210);
	}

	/**
	 * The own side and the foreign side of a school, and the own side of another.
	 */
	private List<Side> sides(World here) {
		World there = World.create(this.fixtures);
		return List.of(new Side("own", here, true), new Side("foreign", here, false),
				new Side("another school", there, true));
	}

	/**
	 * The path of a page with its variables filled by the side's objects: a student, a
	 * schedule of the side's teacher, a message in the outbox of the side's school.
	 */
	private static String page(String route, Side side, PermissionObjects objects) {
		String path = route.substring(route.indexOf(' ') + 1);
		if (path.startsWith("/students/")) {
			path = path.replace("{id}", String.valueOf(side.student().id()));
		}
		else if (path.startsWith("/admin/schedules/{id}")) {
			path = path.replace("{id}", String.valueOf(objects.schedule(side, Role.TEACHER, false)));
		}
		else if (path.startsWith("/admin/outbox/{id}")) {
			path = path.replace("{id}", String.valueOf(objects.outboxMessage(side))).replace("{index}", "0");
		}
		assertThat(path).as("a page route whose variables have no object").doesNotContain("{");
		return path + (path.endsWith("/report") || path.endsWith("/download") ? "?format=csv" : "");
	}

	private Set<String> pageRoutes() {
		Set<String> routes = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!WEB_PACKAGES.contains(handler.getBeanType().getPackageName())
					|| !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				return;
			}
			info.getPatternValues().forEach((pattern) -> routes.add("GET " + pattern));
		});
		return routes;
	}

	/**
	 * The routes with every DELETE after the rest, so that a removal comes last.
	 */
	private static List<String> deletesLast(Set<String> routes) {
		return routes.stream()
			.sorted(Comparator.comparing((String route) -> route.startsWith("DELETE ")).thenComparing(route -> route))
			.toList();
	}

	/**
	 * The table as route → groups of statuses (a {@code -} group as null).
	 */
	private static Map<String, List<int[]>> parse(String matrix, int columns) {
		Map<String, List<int[]>> table = new TreeMap<>();
		for (String line : matrix.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList()) {
			String[] parts = line.split("\\|");
			String route = parts[0].strip();
			List<int[]> groups = new ArrayList<>();
			for (int i = 1; i < parts.length; i++) {
				String group = parts[i].strip();
				if (group.equals("-")) {
					groups.add(null);
					continue;
				}
				int[] statuses = Arrays.stream(group.split("\\s+")).mapToInt(Integer::parseInt).toArray();
				assertThat(statuses).as("%s: %s", route, group).hasSize(columns);
				groups.add(statuses);
			}
			assertThat(groups.size()).as("%s has one group or three (own, foreign, another school)", route).isIn(1, 3);
			assertThat(table.put(route, groups)).as("%s is listed twice", route).isNull();
		}
		return table;
	}

	private static String slowest(Map<String, Long> millis) {
		return millis.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(8)
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	private static boolean same(List<int[]> expected, List<int[]> actual) {
		for (int i = 0; i < expected.size(); i++) {
			if (!Arrays.equals(expected.get(i), actual.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A line of the table with the statuses a run found, to compare with the one listed.
	 */
	private static String line(String route, List<int[]> groups) {
		return route + " | "
				+ groups.stream()
					.map((group) -> (group != null)
							? Arrays.stream(group).mapToObj(String::valueOf).collect(Collectors.joining(" ")) : "-")
					.collect(Collectors.joining(" | "));
	}

}
