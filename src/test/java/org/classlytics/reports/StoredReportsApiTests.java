package org.classlytics.reports;

import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.fields;

@IntegrationTest
class StoredReportsApiTests {

	private static final String GENERATE = "/api/reports/teacher-weekly-reports/generate_now";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private ReportsClassFixture c;

	@BeforeEach
	void setUp() {
		this.c = new ReportsClassFixture(this.api, this.fixtures);
	}

	@Test
	void generatesOneReportPerStudentAndSubjectWithTheTextsOfTheSpec() {
		Api.Reply reply = as("teacherA").post(GENERATE, body("week_start", "2025-03-10"));

		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		JsonNode json = reply.json();
		assertThat(json.get("message").asString()).isEqualTo("Reports generated successfully");
		assertThat(json.get("week_start").asString()).isEqualTo("2025-03-10");
		assertThat(json.get("reports_created").asInt()).isEqualTo(3);
		assertThat(json.get("reports").size()).isEqualTo(3);
		assertThat(json.get("summary").get("class_average_score").asDouble()).isEqualTo(61.25);
		assertThat(json.get("statistics").get("active_students").asInt()).isEqualTo(2);
		assertThat(json.get("recommendations").size()).isEqualTo(3);

		JsonNode xena = reportOf(json.get("reports"), this.c.w.studentX().id());
		assertThat(xena.get("teacher_id").asLong()).isEqualTo(this.c.w.teacherA().id());
		assertThat(xena.get("subject_id").asLong()).isEqualTo(this.c.w.subject().id());
		assertThat(xena.get("tutor_id").asLong()).isEqualTo(this.c.w.tutorX().id());
		assertThat(xena.get("week_start").asString()).isEqualTo("2025-03-10");
		assertThat(xena.get("week_end").asString()).isEqualTo("2025-03-16");
		assertThat(xena.get("title").asString())
			.isEqualTo("Weekly report: Xena Xenos, Mathematics, 2025-03-10 to 2025-03-16");
		assertThat(xena.get("summary").asString()).isEqualTo(
				"Xena Xenos submitted 2 of 2 assignments in Mathematics this week. Average score: 82.50%. Attendance: 75.00%.");
		assertThat(xena.get("academic_progress").asString()).isEqualTo(
				"2 graded assignments, average score 82.50%; 1 of 1 materials completed, learning progress 100.00%; 1.50 hours of study; engagement Medium.");
		assertThat(xena.get("performance_notes").asString()).isEqualTo(
				"Excellent submission rate. Student is consistently turning in assignments.\n1 late submissions this week.");
		assertThat(xena.get("achievements").asString()).isEqualTo("Completed 2 assignments");
		assertThat(xena.get("concerns").asString())
			.isEqualTo("Limited time spent on materials\nLow participation in class discussions");
		assertThat(xena.get("recommendations").asString()).isEqualTo(
				"Encourage student to participate more in class discussions\nSuggest increased study time for better understanding");
		assertThat(xena.get("assignments_completed").asInt()).isEqualTo(2);
		assertThat(xena.get("assignments_total").asInt()).isEqualTo(2);
		assertThat(xena.get("average_score").asDouble()).isEqualTo(82.5);
		assertThat(xena.get("attendance_percentage").asDouble()).isEqualTo(75.0);
		assertThat(xena.get("status").asString()).isEqualTo("DRAFT");
		assertThat(xena.get("sent_at").isNull()).isTrue();

		JsonNode ned = reportOf(json.get("reports"), this.c.ned.id());
		assertThat(ned.get("summary").asString()).isEqualTo(
				"Ned Nash submitted 0 of 1 assignments in Mathematics this week. Average score: n/a. Attendance: n/a.");
		assertThat(ned.get("performance_notes").asString())
			.isEqualTo("Low submission rate. Student needs support with assignment completion.");
		assertThat(ned.get("achievements").asString()).isEqualTo("No notable achievements this week.");
		assertThat(ned.get("average_score").isNull()).isTrue();
		assertThat(ned.get("attendance_percentage").isNull()).isTrue();
	}

	@Test
	void regeneratingRefreshesDraftsAndNeverTouchesSentReports() {
		JsonNode first = as("teacherA").post(GENERATE, body("week_start", "2025-03-10")).json();
		long xena = reportOf(first.get("reports"), this.c.w.studentX().id()).get("id").asLong();
		long mia = reportOf(first.get("reports"), this.c.mia.id()).get("id").asLong();
		JsonNode sent = as("teacherA").post("/api/reports/teacher-weekly-reports/" + xena + "/send", null).json();

		// Xena's attendance changes after the report was sent; Mia's too
		as("teacherA").post("/api/attendance",
				body("student_id", this.c.w.studentX().id(), "date", "2025-03-14", "status", "ABSENT"));
		as("teacherA").post("/api/attendance",
				body("student_id", this.c.mia.id(), "date", "2025-03-14", "status", "PRESENT"));
		Api.Reply again = as("teacherA").post(GENERATE, body("week_start", "2025-03-10"));

		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("reports_created").asInt()).isEqualTo(2);
		JsonNode miaAgain = reportOf(again.json().get("reports"), this.c.mia.id());
		assertThat(miaAgain.get("id").asLong()).isEqualTo(mia);
		assertThat(miaAgain.get("attendance_percentage").asDouble()).isEqualTo(50.0);
		JsonNode xenaNow = as("teacherA").get("/api/reports/teacher-weekly-reports/" + xena).json();
		assertThat(xenaNow).isEqualTo(sent);
		assertThat(xenaNow.get("attendance_percentage").asDouble()).isEqualTo(75.0);
		assertThat(as("teacherA").get("/api/reports/teacher-weekly-reports?week_start=2025-03-10")
			.json()
			.get("count")
			.asInt()).isEqualTo(3);
	}

	@Test
	void sendsTheReportToTheTutorWithThePdfAndMarksItSent() {
		JsonNode generated = as("teacherA").post(GENERATE, body("week_start", "2025-03-10")).json();
		long xena = reportOf(generated.get("reports"), this.c.w.studentX().id()).get("id").asLong();

		Api.Reply reply = as("teacherA").post("/api/reports/teacher-weekly-reports/" + xena + "/send", null);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("status").asString()).isEqualTo("SENT");
		assertThat(reply.json().get("sent_at").asString()).isNotBlank();
		JsonNode outbox = as("admin").get("/api/admin/outbox").json();
		JsonNode mail = outbox.get("results")
			.valueStream()
			.filter((m) -> m.get("to").asString().equals(this.c.w.tutorX().email()))
			.findFirst()
			.orElseThrow();
		assertThat(mail.get("subject").asString())
			.isEqualTo("Weekly report for Xena Xenos: Mathematics, week of 2025-03-10");
		assertThat(mail.get("attachments").size()).isEqualTo(1);
		assertThat(mail.get("attachments").get(0).get("filename").asString())
			.isEqualTo("Xenos_Xena_weekly_report_2025-03-10.pdf");
		assertThat(mail.get("attachments").get(0).get("content_type").asString()).isEqualTo("application/pdf");
		JsonNode full = as("admin").get("/api/admin/outbox/" + mail.get("id").asLong()).json();
		assertThat(full.get("text").asString()).contains("Excellent submission rate.", "Completed 2 assignments",
				"Alice Anders sent you the weekly report for Xena Xenos in Mathematics, 2025-03-10 to 2025-03-16.");
		assertThat(full.get("html").asString()).contains("Limited time spent on materials");
		Api.Reply pdf = as("admin").get("/api/admin/outbox/" + mail.get("id").asLong() + "/attachments/0");
		assertThat(PdfText.of(pdf.bytes())).contains("Weekly report: Xena Xenos, Mathematics", "Alice Anders",
				"Excellent submission rate. Student is consistently turning in assignments.",
				"Suggest increased study time for better understanding");
	}

	@Test
	void writesTheMailAndItsPdfInTheTutorsLanguage() {
		Api.Reply patched = as("admin").patch("/api/users/" + this.c.w.tutorX().id(), body("locale", "ru"));
		assertThat(patched.status()).as(patched.text()).isEqualTo(200);
		JsonNode generated = as("teacherA").post(GENERATE, body("week_start", "2025-03-10")).json();
		long xena = reportOf(generated.get("reports"), this.c.w.studentX().id()).get("id").asLong();

		assertThat(as("teacherA").post("/api/reports/teacher-weekly-reports/" + xena + "/send", null).status())
			.isEqualTo(200);

		JsonNode mail = as("admin").get("/api/admin/outbox")
			.json()
			.get("results")
			.valueStream()
			.filter((m) -> m.get("to").asString().equals(this.c.w.tutorX().email()))
			.findFirst()
			.orElseThrow();
		assertThat(mail.get("subject").asString())
			.isEqualTo("Еженедельный отчёт: Xena Xenos, Mathematics, неделя с 2025-03-10");
		JsonNode full = as("admin").get("/api/admin/outbox/" + mail.get("id").asLong()).json();
		assertThat(full.get("text").asString()).contains("Учебный прогресс", "Замечания об успеваемости");
		Api.Reply pdf = as("admin").get("/api/admin/outbox/" + mail.get("id").asLong() + "/attachments/0");
		assertThat(PdfText.of(pdf.bytes())).contains("Еженедельный отчёт учителя", "Рекомендации", "Страница 1 из 1");
	}

	@Test
	void refusesToSendTwiceOrWithoutATutor() {
		JsonNode generated = as("teacherA").post(GENERATE, body("week_start", "2025-03-10")).json();
		long xena = reportOf(generated.get("reports"), this.c.w.studentX().id()).get("id").asLong();
		long mia = reportOf(generated.get("reports"), this.c.mia.id()).get("id").asLong();

		assertThat(as("admin").post("/api/reports/teacher-weekly-reports/" + xena + "/send", null).status())
			.isEqualTo(200);
		assertThat(as("teacherA").post("/api/reports/teacher-weekly-reports/" + xena + "/send", null).status())
			.isEqualTo(409);
		assertThat(as("teacherA").post("/api/reports/teacher-weekly-reports/" + mia + "/send", null).status())
			.isEqualTo(409);
		assertThat(as("teacherA").get("/api/reports/teacher-weekly-reports/" + mia).json().get("status").asString())
			.isEqualTo("DRAFT");
	}

	@Test
	void onlyTheReportsTeacherOrAnAdminSends() {
		JsonNode generated = as("teacherA").post(GENERATE, body("week_start", "2025-03-10")).json();
		long xena = reportOf(generated.get("reports"), this.c.w.studentX().id()).get("id").asLong();
		// teacherB also teaches Xena, so sees the report, but did not write it
		this.c.w.school().enroll(this.c.w.studentX(), this.c.w.teacherB(), this.c.w.school().subject("Art", "ART"));

		assertThat(as("teacherB").get("/api/reports/teacher-weekly-reports/" + xena).status()).isEqualTo(200);
		assertThat(as("teacherB").post("/api/reports/teacher-weekly-reports/" + xena + "/send", null).status())
			.isEqualTo(403);
		assertThat(as("tutorX").post("/api/reports/teacher-weekly-reports/" + xena + "/send", null).status())
			.isEqualTo(403);
	}

	@Test
	void onlyTeachersGenerateAndTheWeekMustStartOnMonday() {
		assertThat(as("admin").post(GENERATE, body("week_start", "2025-03-10")).status()).isEqualTo(403);
		assertThat(as("tutorX").post(GENERATE, body("week_start", "2025-03-10")).status()).isEqualTo(403);
		Api.Reply tuesday = as("teacherA").post(GENERATE, body("week_start", "2025-03-11"));
		assertThat(tuesday.status()).isEqualTo(400);
		assertThat(fields(tuesday)).containsExactly("week_start");
	}

	@Test
	void listsTheReportsEachCallerMaySee() {
		as("teacherA").post(GENERATE, body("week_start", "2025-03-10"));
		JsonNode first = as("teacherA").get("/api/reports/teacher-weekly-reports?week_start=2025-03-10").json();
		long xena = reportOf(first.get("results"), this.c.w.studentX().id()).get("id").asLong();
		as("teacherA").post("/api/reports/teacher-weekly-reports/" + xena + "/send", null);

		assertThat(ids(as("teacherA").get("/api/reports/teacher-weekly-reports"))).hasSize(3);
		assertThat(ids(as("teacherA").get("/api/reports/teacher-weekly-reports?status=SENT"))).containsExactly(xena);
		assertThat(ids(as("teacherA").get("/api/reports/teacher-weekly-reports?status=DRAFT"))).hasSize(2);
		assertThat(ids(as("teacherA").get("/api/reports/teacher-weekly-reports?week_start=2025-03-17"))).isEmpty();
		assertThat(ids(as("tutorX").get("/api/reports/teacher-weekly-reports"))).hasSize(2);
		assertThat(ids(as("parentX").get("/api/reports/teacher-weekly-reports"))).containsExactly(xena);
		assertThat(ids(as("studentX").get("/api/reports/teacher-weekly-reports"))).containsExactly(xena);
		assertThat(ids(as("studentY").get("/api/reports/teacher-weekly-reports"))).isEmpty();
		assertThat(ids(as("teacherB").get("/api/reports/teacher-weekly-reports"))).isEmpty();
		assertThat(ids(as("admin").get("/api/reports/teacher-weekly-reports"))).hasSize(3);
		assertThat(ids(as("outsider").get("/api/reports/teacher-weekly-reports"))).isEmpty();
		assertThat(as("parentY").get("/api/reports/teacher-weekly-reports/" + xena).status()).isEqualTo(404);
		assertThat(as("parentX").get("/api/reports/teacher-weekly-reports/" + xena).status()).isEqualTo(200);
	}

	private Api.Caller as(String who) {
		return this.api.as(this.c.w.token(who));
	}

	private static List<Long> ids(Api.Reply reply) {
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		return reply.json().get("results").valueStream().map((r) -> r.get("id").asLong()).toList();
	}

	private static JsonNode reportOf(JsonNode reports, long studentId) {
		return reports.valueStream()
			.filter((r) -> r.get("student_id").asLong() == studentId)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No report of student " + studentId + " in " + reports));
	}

}
