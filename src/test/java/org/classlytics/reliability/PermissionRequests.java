package org.classlytics.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.classlytics.reliability.PermissionObjects.Role;
import org.classlytics.reliability.PermissionObjects.Side;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;

import static org.classlytics.support.Api.body;

/**
 * The request of each {@code /api} route for a caller and a side: the path variables
 * filled with the side's objects, and a valid body, so that the answer is about
 * permission and not about the input. A route without a request here fails the matrix by
 * name.
 */
final class PermissionRequests {

	private static final String WEEK = "week_start=2025-03-10";

	private static final String PERIOD = "from=2025-03-10&to=2025-03-16";

	private final PermissionObjects objects;

	PermissionRequests(PermissionObjects objects) {
		this.objects = objects;
	}

	/**
	 * What a case sends: a filled path, a body (or none) and, for the one route that
	 * revokes it, a token of its own.
	 */
	record Call(String path, byte[] body, String contentType, String token) {

		static Call of(String path) {
			return new Call(path, null, null, null);
		}

		static Call json(String path, Object body) {
			return new Call(path, Api.toJson(body).getBytes(StandardCharsets.UTF_8), "application/json", null);
		}

	}

	/**
	 * The request of a route as a role on a side; {@code fresh} asks for objects no other
	 * case uses, for a write that is to succeed.
	 */
	Call call(String route, Side side, Role role, boolean fresh) {
		PermissionObjects o = this.objects;
		long student = side.student().id();
		long teacherId = side.teacher().id();
		Long onBehalf = (role == Role.ADMIN) ? teacherId : null;
		return switch (route) {
			// identity
			case "POST /api/auth/token" -> Call.json("/api/auth/token",
					body("email", side.world().person(role.who).email(), "password", Fixtures.PASSWORD));
			case "DELETE /api/auth/token" ->
				new Call("/api/auth/token", null, null, o.freshToken(side, side.world().person(role.who)));
			case "GET /api/me" -> Call.of("/api/me");
			// roster
			case "GET /api/schools" -> Call.of("/api/schools");
			case "POST /api/schools" -> Call.json("/api/schools", body("name", "New " + o.next(), "time_zone", "UTC"));
			case "GET /api/schools/{id}", "DELETE /api/schools/{id}" ->
				Call.of("/api/schools/" + side.world().school().id());
			case "PATCH /api/schools/{id}" ->
				Call.json("/api/schools/" + side.world().school().id(), body("name", "Renamed"));
			case "GET /api/terms" -> Call.of("/api/terms");
			case "POST /api/terms" -> {
				int year = 2100 + o.next();
				yield Call.json("/api/terms",
						body("name", "Term", "start_date", year + "-01-01", "end_date", year + "-06-30"));
			}
			case "GET /api/terms/{id}", "DELETE /api/terms/{id}" -> Call.of("/api/terms/" + o.term(side, fresh));
			case "PATCH /api/terms/{id}" -> Call.json("/api/terms/" + o.term(side, fresh), body("name", "Autumn"));
			case "GET /api/subjects" -> Call.of("/api/subjects");
			case "POST /api/subjects" -> Call.json("/api/subjects", body("name", "Art", "code", "A" + o.next()));
			case "GET /api/subjects/{id}" -> Call.of("/api/subjects/" + o.subject(side, false));
			case "DELETE /api/subjects/{id}" -> Call.of("/api/subjects/" + o.subject(side, fresh));
			case "PATCH /api/subjects/{id}" ->
				Call.json("/api/subjects/" + o.subject(side, false), body("name", "Maths"));
			case "GET /api/classes" -> Call.of("/api/classes");
			case "POST /api/classes" -> Call.json("/api/classes", body("name", "10C", "grade_level", 10));
			case "GET /api/classes/{id}" -> Call.of("/api/classes/" + o.classSection(side, false));
			case "DELETE /api/classes/{id}" -> Call.of("/api/classes/" + o.classSection(side, fresh));
			case "PATCH /api/classes/{id}" ->
				Call.json("/api/classes/" + o.classSection(side, false), body("grade_level", 9));
			case "GET /api/users" -> Call.of("/api/users");
			case "POST /api/users" -> Call.json("/api/users",
					body("email", "new" + o.next() + "." + System.nanoTime() + "@test.classlytics.org", "password",
							"secret-pass-1", "first_name", "New", "last_name", "Person", "role", "TEACHER"));
			case "GET /api/users/{id}" -> Call.of("/api/users/" + student);
			case "PATCH /api/users/{id}" -> Call.json("/api/users/" + student, body("first_name", "Xena"));
			case "DELETE /api/users/{id}" -> Call.of("/api/users/" + (fresh ? o.freshStudent(side) : student));
			case "PUT /api/students/{id}/guardians" ->
				Call.json("/api/students/" + student + "/guardians", body("guardian_ids", List.of(side.parent().id())));
			case "GET /api/enrollments" -> Call.of("/api/enrollments");
			case "POST /api/enrollments" -> Call.json("/api/enrollments", body("student_id", student, "teacher_id",
					teacherId, "subject_id", o.subject(side, true), "start_date", "2024-09-01"));
			case "GET /api/enrollments/{id}", "DELETE /api/enrollments/{id}" ->
				Call.of("/api/enrollments/" + o.enrollment(side, fresh));
			case "PATCH /api/enrollments/{id}" ->
				Call.json("/api/enrollments/" + o.enrollment(side, fresh), body("start_date", "2024-09-02"));
			// coursework
			case "GET /api/assignments" -> Call.of("/api/assignments");
			case "POST /api/assignments" -> Call.json("/api/assignments",
					body("subject_id", side.world().subject().id(), "title", "Essay", "due_at", "2025-03-10T12:00:00Z",
							"max_score", 50, "student_ids", List.of(student), "teacher_id", onBehalf));
			case "GET /api/assignments/{id}", "DELETE /api/assignments/{id}" ->
				Call.of("/api/assignments/" + o.assignment(side, fresh));
			case "PATCH /api/assignments/{id}" ->
				Call.json("/api/assignments/" + o.assignment(side, fresh), body("title", "Essay"));
			case "GET /api/assignments/{id}/submissions" ->
				Call.of("/api/assignments/" + o.assignment(side, false) + "/submissions");
			case "POST /api/assignments/{id}/submissions" -> Call
				.json("/api/assignments/" + o.assignment(side, fresh) + "/submissions", body("student_id", student));
			case "GET /api/submissions" -> Call.of("/api/submissions");
			case "GET /api/submissions/{id}", "DELETE /api/submissions/{id}" ->
				Call.of("/api/submissions/" + o.submission(side, fresh));
			case "POST /api/submissions/{id}/grade" ->
				Call.json("/api/submissions/" + o.submission(side, fresh) + "/grade", body("score", 40));
			case "GET /api/quizzes" -> Call.of("/api/quizzes");
			case "POST /api/quizzes" -> Call.json("/api/quizzes", body("subject_id", side.world().subject().id(),
					"title", "Fractions", "max_score", 20, "teacher_id", onBehalf));
			case "GET /api/quizzes/{id}", "DELETE /api/quizzes/{id}" -> Call.of("/api/quizzes/" + o.quiz(side, fresh));
			case "PATCH /api/quizzes/{id}" ->
				Call.json("/api/quizzes/" + o.quiz(side, fresh), body("title", "Fractions"));
			case "GET /api/quizzes/{id}/attempts" -> Call.of("/api/quizzes/" + o.quiz(side, false) + "/attempts");
			case "POST /api/quizzes/{id}/attempts" ->
				Call.json("/api/quizzes/" + o.quiz(side, false) + "/attempts", body("student_id", student, "score", 5));
			case "GET /api/quiz-attempts" -> Call.of("/api/quiz-attempts");
			case "GET /api/quiz-attempts/{id}", "DELETE /api/quiz-attempts/{id}" ->
				Call.of("/api/quiz-attempts/" + o.attempt(side, fresh));
			case "PATCH /api/quiz-attempts/{id}" ->
				Call.json("/api/quiz-attempts/" + o.attempt(side, fresh), body("score", 15));
			case "GET /api/materials" -> Call.of("/api/materials");
			case "POST /api/materials" -> Call.json("/api/materials", body("subject_id", side.world().subject().id(),
					"title", "Chapter 3", "student_ids", List.of(student), "teacher_id", onBehalf));
			case "GET /api/materials/{id}", "DELETE /api/materials/{id}" ->
				Call.of("/api/materials/" + o.material(side, fresh));
			case "PATCH /api/materials/{id}" ->
				Call.json("/api/materials/" + o.material(side, fresh), body("title", "Chapter 3"));
			case "GET /api/materials/{id}/progress" ->
				Call.of("/api/materials/" + o.material(side, false) + "/progress");
			case "POST /api/materials/{id}/progress" ->
				Call.json("/api/materials/" + o.material(side, false) + "/progress",
						body("student_id", student, "progress_percent", 50));
			case "GET /api/study-sessions" -> Call.of("/api/study-sessions");
			case "POST /api/study-sessions" -> Call.json("/api/study-sessions", o.studySessionBody(side));
			case "GET /api/study-sessions/{id}", "DELETE /api/study-sessions/{id}" ->
				Call.of("/api/study-sessions/" + o.studySession(side, fresh));
			// attendance, lessons, behaviour, payments
			case "GET /api/attendance" -> Call.of("/api/attendance");
			case "POST /api/attendance" ->
				Call.json("/api/attendance", body("student_id", student, "date", o.day(), "status", "PRESENT"));
			case "GET /api/attendance/{id}", "DELETE /api/attendance/{id}" ->
				Call.of("/api/attendance/" + o.attendance(side, fresh));
			case "PATCH /api/attendance/{id}" ->
				Call.json("/api/attendance/" + o.attendance(side, fresh), body("status", "LATE"));
			case "GET /api/lessons" -> Call.of("/api/lessons");
			case "POST /api/lessons" -> Call.json("/api/lessons", body("teacher_id", onBehalf, "subject_id",
					side.world().subject().id(), "class_id", side.world().classSection().id(), "status", "HELD"));
			case "GET /api/lessons/{id}", "DELETE /api/lessons/{id}" ->
				Call.of("/api/lessons/" + o.lesson(side, fresh));
			case "PATCH /api/lessons/{id}" ->
				Call.json("/api/lessons/" + o.lesson(side, fresh), body("status", "CANCELLED"));
			case "GET /api/behavior" -> Call.of("/api/behavior");
			case "POST /api/behavior" ->
				Call.json("/api/behavior", body("student_id", student, "date", o.day(), "score", 3));
			case "GET /api/behavior/{id}", "DELETE /api/behavior/{id}" ->
				Call.of("/api/behavior/" + o.behavior(side, fresh));
			case "PATCH /api/behavior/{id}" -> Call.json("/api/behavior/" + o.behavior(side, fresh), body("score", 5));
			case "GET /api/payments" -> Call.of("/api/payments");
			case "POST /api/payments" ->
				Call.json("/api/payments", body("student_id", student, "amount", "10.00", "currency", "EUR"));
			case "GET /api/payments/{id}", "DELETE /api/payments/{id}" ->
				Call.of("/api/payments/" + o.payment(side, fresh));
			case "PATCH /api/payments/{id}" ->
				Call.json("/api/payments/" + o.payment(side, fresh), body("amount", "260.00"));
			// messaging
			case "GET /api/chat-rooms" -> Call.of("/api/chat-rooms");
			case "POST /api/chat-rooms" -> Call.json("/api/chat-rooms",
					body("name", "With " + side.student().firstName(), "participant_ids", List.of(student)));
			case "GET /api/chat-rooms/{id}", "DELETE /api/chat-rooms/{id}" ->
				Call.of("/api/chat-rooms/" + o.room(side, fresh));
			case "PATCH /api/chat-rooms/{id}" ->
				Call.json("/api/chat-rooms/" + o.room(side, fresh), body("name", "Renamed"));
			case "GET /api/messages" -> Call.of("/api/messages?room_id=" + o.room(side, false));
			case "POST /api/messages" -> Call.json("/api/messages", body("room_id", o.room(side, false), "body", "Hi",
					"sender_id", (role == Role.ADMIN) ? student : null));
			case "GET /api/messages/{id}", "DELETE /api/messages/{id}" ->
				Call.of("/api/messages/" + o.message(side, fresh));
			case "GET /api/parent-communications" -> Call.of("/api/parent-communications");
			case "POST /api/parent-communications" ->
				Call.json("/api/parent-communications", body("parent_id", side.parent().id(), "student_id", student,
						"teacher_id", onBehalf, "channel", "PHONE", "summary", "Called"));
			case "GET /api/parent-communications/{id}", "DELETE /api/parent-communications/{id}" ->
				Call.of("/api/parent-communications/" + o.parentCommunication(side, fresh));
			case "PATCH /api/parent-communications/{id}" -> Call
				.json("/api/parent-communications/" + o.parentCommunication(side, fresh), body("summary", "Emailed"));
			// intake
			case "POST /api/import/{kind}" -> new Call("/api/import/attendance",
					("student,date,status\n" + side.student().email() + "," + o.day() + ",PRESENT\n")
						.getBytes(StandardCharsets.UTF_8),
					"text/csv", null);
			case "POST /api/import/oneroster" ->
				new Call("/api/import/oneroster", oneRoster(o.next()), "application/zip", null);
			// analytics
			case "GET /api/analytics/student/{id}/weekly-performance" ->
				Call.of("/api/analytics/student/" + student + "/weekly-performance?weeks=4&until=2025-03-16");
			case "GET /api/analytics/student/{id}/daily" ->
				Call.of("/api/analytics/student/" + student + "/daily?" + PERIOD);
			case "GET /api/analytics/student/{id}/overview" ->
				Call.of("/api/analytics/student/" + student + "/overview?" + PERIOD);
			case "GET /api/analytics/terms/{termId}/performance" ->
				Call.of("/api/analytics/terms/" + o.term(side, false) + "/performance");
			case "PUT /api/analytics/term-performance/{studentId}/{termId}/{subjectId}/comment" ->
				Call.json("/api/analytics/term-performance/" + student + "/" + o.term(side, false) + "/"
						+ side.world().subject().id() + "/comment", body("teacher_comment", "Good"));
			case "GET /api/parent/dashboard" -> Call.of("/api/parent/dashboard");
			case "GET /api/analytics/teacher/my-performance" ->
				Call.of("/api/analytics/teacher/my-performance?teacher_id=" + teacherId);
			case "GET /api/analytics/admin/school-health" -> Call.of("/api/analytics/admin/school-health");
			case "GET /api/analytics/at-risk" -> Call.of("/api/analytics/at-risk");
			case "GET /api/analytics/settings/early-warning" -> Call.of("/api/analytics/settings/early-warning");
			case "PUT /api/analytics/settings/early-warning" ->
				Call.json("/api/analytics/settings/early-warning", body("low_attendance_below", 80, "low_grades_below",
						60, "declining_weeks", 3, "declining_points", 10, "missing_work_below", 70));
			case "POST /api/admin/analytics/recompute" ->
				Call.json("/api/admin/analytics/recompute", body("dry_run", true));
			// reports
			case "GET /api/reports/teacher-weekly" ->
				Call.of("/api/reports/teacher-weekly?" + WEEK + teacherParam(role, side));
			case "GET /api/reports/teacher-weekly/export" ->
				Call.of("/api/reports/teacher-weekly/export?" + WEEK + "&format=csv" + teacherParam(role, side));
			case "POST /api/reports/teacher-weekly-reports/generate_now" ->
				Call.json("/api/reports/teacher-weekly-reports/generate_now",
						body("week_start", "2025-03-17", "student_id", student));
			case "GET /api/reports/teacher-weekly-reports" -> Call.of("/api/reports/teacher-weekly-reports");
			case "GET /api/reports/teacher-weekly-reports/{id}" ->
				Call.of("/api/reports/teacher-weekly-reports/" + o.weeklyReport(side, false));
			case "POST /api/reports/teacher-weekly-reports/{id}/send" ->
				Call.json("/api/reports/teacher-weekly-reports/" + o.weeklyReport(side, fresh) + "/send", body());
			case "GET /api/reports/student-performance/{studentId}" ->
				Call.of("/api/reports/student-performance/" + student + "?" + PERIOD);
			case "POST /api/reports/student-performance/download" ->
				Call.json("/api/reports/student-performance/download",
						body("student_id", student, "from", "2025-03-10", "to", "2025-03-16", "format", "csv"));
			case "POST /api/reports/bulk/student-performance" -> Call.json("/api/reports/bulk/student-performance",
					body("student_ids", List.of(student), "from", "2025-03-10", "to", "2025-03-16", "format", "json"));
			case "DELETE /api/reports/cache/{studentId}" -> Call.of("/api/reports/cache/" + student);
			case "DELETE /api/reports/cache" -> Call.of("/api/reports/cache");
			// schedules
			case "GET /api/reports/schedules" -> Call.of("/api/reports/schedules");
			case "POST /api/reports/schedules" -> Call.json("/api/reports/schedules", o.scheduleBody(side));
			case "GET /api/reports/schedules/my_subscriptions" -> Call.of("/api/reports/schedules/my_subscriptions");
			case "POST /api/reports/schedules/unsubscribe" -> Call.json("/api/reports/schedules/unsubscribe",
					body("unsubscribe_token", o.unsubscribeToken(side, fresh)));
			case "POST /api/unsubscribe/{token}" ->
				Call.json("/api/unsubscribe/" + o.unsubscribeToken(side, fresh), body());
			case "GET /api/reports/schedules/{id}", "DELETE /api/reports/schedules/{id}" ->
				Call.of(schedule(side, role, fresh));
			case "PATCH /api/reports/schedules/{id}" -> Call.json(schedule(side, role, fresh), body("name", "Renamed"));
			case "GET /api/reports/schedules/{id}/recipients" -> Call.of(schedule(side, role, false) + "/recipients");
			case "POST /api/reports/schedules/{id}/recipients" ->
				Call.json("/api/reports/schedules/" + o.scheduleWithoutRecipients(side, role, fresh) + "/recipients",
						body("recipient_id", o.recipient(side, role).id()));
			case "DELETE /api/reports/schedules/{id}/remove_recipient" ->
				Call.of(schedule(side, role, fresh) + "/remove_recipient?recipient_id=" + o.recipient(side, role).id());
			case "POST /api/reports/schedules/{id}/run_now" ->
				Call.json(schedule(side, role, false) + "/run_now", body());
			case "POST /api/reports/schedules/{id}/test_email" ->
				Call.json(schedule(side, role, false) + "/test_email", body("recipient_email", "test@school.example"));
			case "GET /api/reports/schedules/{id}/executions" ->
				Call.of(schedule(side, role, false) + "/executions?limit=5");
			case "GET /api/reports/schedules/{id}/executions/{executionId}/report" ->
				Call.of(schedule(side, Role.TEACHER, false) + "/executions/" + o.execution(side) + "/report");
			// mail and audit
			case "GET /api/admin/outbox" -> Call.of("/api/admin/outbox");
			case "GET /api/admin/outbox/{id}" -> Call.of("/api/admin/outbox/" + o.outboxMessage(side));
			case "GET /api/admin/outbox/{id}/attachments/{index}" ->
				Call.of("/api/admin/outbox/" + o.outboxMessage(side) + "/attachments/0");
			case "GET /api/admin/audit" -> Call.of("/api/admin/audit?student_id=" + student);
			default ->
				throw new IllegalArgumentException("No request for " + route + ": add one to PermissionRequests");
		};
	}

	private String schedule(Side side, Role role, boolean fresh) {
		return "/api/reports/schedules/" + this.objects.schedule(side, role, fresh);
	}

	/**
	 * An admin names the teacher whose class report they want; a teacher gets their own.
	 */
	private static String teacherParam(Role role, Side side) {
		return (role == Role.ADMIN) ? "&teacher_id=" + side.teacher().id() : "";
	}

	/**
	 * The smallest valid OneRoster zip: one school, one term and one teacher.
	 */
	private static byte[] oneRoster(int n) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("manifest.csv", "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n");
		files.put("orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
				+ "ORG,,,Test School,school,,\n");
		files.put("users.csv",
				"sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
						+ "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n" + "t" + n
						+ ",,,true,,,Tess,Teach,,,t" + n + "-" + System.nanoTime() + "@example.org,,,,,\n");
		files.put("roles.csv", "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,"
				+ "orgSourcedId,userProfileSourcedId\nR" + n + ",,,t" + n + ",primary,teacher,,,ORG,\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
