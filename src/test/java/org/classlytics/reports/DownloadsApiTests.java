package org.classlytics.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.classlytics.roster.Subject;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.fields;

@IntegrationTest
class DownloadsApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private ReportsClassFixture c;

	@BeforeEach
	void setUp() {
		this.c = new ReportsClassFixture(this.api, this.fixtures);
		Subject physics = this.c.w.school().subject("Physics", "PHY");
		this.c.w.school().enroll(this.c.w.studentX(), this.c.w.teacherB(), physics);
		Api.Caller teacher = this.api.as(this.c.w.token("teacherA"));
		long quiz = create(teacher, "/api/quizzes", body("subject_id", this.c.w.subject().id(), "title", "Fractions",
				"max_score", 20, "created_at", "2025-03-03T08:00:00Z"));
		create(teacher, "/api/quizzes/" + quiz + "/attempts", body("student_id", this.c.w.studentX().id(), "started_at",
				"2025-03-16T21:00:00Z", "completed_at", "2025-03-16T21:30:00Z", "score", 19));
	}

	@Test
	void downloadsTheStudentReportAsExactCsv() {
		Api.Reply reply = download("csv");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualToIgnoringWhitespace("text/csv; charset=UTF-8");
		assertThat(reply.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Xenos_Xena_performance_2025-03-10_2025-03-18.csv\"");
		assertThat(reply.text()).isEqualTo("\uFEFF" + String.join("\r\n", "Student performance report",
				"\"Xena Xenos, 2025-03-10 to 2025-03-18\"", "", "Attendance", "Days recorded,4", "Present,2", "Late,1",
				"Absent,1", "Excused,0", "Attendance rate,75.00", "", "Grades", "Graded items,3", "Average,86.67",
				"Highest,95.00", "Lowest,75.00", "Trend,stable", "", "Subjects",
				"Subject,Code,Teacher,Graded items,Average,Trend,Assignments due,Submitted,Submission rate",
				"Mathematics,MATH,Alice Anders,3,86.67,stable,2,2,100.00", "Physics,PHY,Bob Brown,0,,stable,0,0,", "",
				"Weekly trend", "Week,Week start,Overall,Quizzes,Assignments,Quiz items,Assignment items",
				"2025-W11,2025-03-10,86.67,95.00,82.50,1,2", "2025-W12,2025-03-17,,,,0,0", "", "Recommendations",
				"Attendance could be improved. Aim for 90%+ attendance rate.", ""));
	}

	@Test
	void downloadsTheStudentReportAsPdfWithItsChart() {
		Api.Reply reply = download("pdf");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(reply.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Xenos_Xena_performance_2025-03-10_2025-03-18.pdf\"");
		String text = PdfText.of(reply.bytes());
		assertThat(text).contains(this.c.w.school().school().name(), "Page 1 of 2", "Page 2 of 2",
				"Xena Xenos, 2025-03-10 to 2025-03-18", "Attendance rate 75.00%", "Average 86.67%", "Trend stable",
				"Mathematics Alice", "3 86.67% stable 2 2 100.00%", "2025-W11 2025-03-10 86.67% 95.00% 82.50% 1 2",
				"2025-W12 2025-03-17 — — — 0 0", "Attendance could be improved. Aim for 90%+ attendance rate.");
		assertThat(PdfText.images(reply.bytes())).isEqualTo(1);
	}

	@Test
	void downloadsTheStudentReportAsXlsxWithTypedCells() throws IOException {
		Api.Reply reply = download("xlsx");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(reply.bytes()))) {
			assertThat(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
				.containsExactly("Student performance report", "Subjects", "Weekly trend");
			List<Row> subjects = workbook.getSheet(1).orElseThrow().read();
			assertThat(subjects.get(0).getCell(0).asString()).isEqualTo("Subject");
			assertThat(subjects.get(1).getCell(0).asString()).isEqualTo("Mathematics");
			assertThat(subjects.get(1).getCell(1).asString()).isEqualTo("MATH");
			assertThat(subjects.get(1).getCell(3).asNumber()).isEqualByComparingTo("3");
			assertThat(subjects.get(1).getCell(4).asNumber()).isEqualByComparingTo("86.67");
			assertThat(subjects.get(1).getCell(8).asNumber()).isEqualByComparingTo("100");
			assertThat(subjects.get(2).getCell(0).asString()).isEqualTo("Physics");
			List<Row> weeks = workbook.getSheet(2).orElseThrow().read();
			assertThat(weeks.get(1).getCell(0).asString()).isEqualTo("2025-W11");
			assertThat(weeks.get(1).getCell(2).asNumber()).isEqualByComparingTo("86.67");
			assertThat(weeks.get(1).getCell(3).asNumber()).isEqualByComparingTo("95");
			assertThat(weeks.get(1).getCell(4).asNumber()).isEqualByComparingTo("82.5");
		}
	}

	@Test
	void downloadsTheStudentReportAsJson() {
		Api.Reply reply = download("json");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("application/json");
		assertThat(reply.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Xenos_Xena_performance_2025-03-10_2025-03-18.json\"");
		assertThat(reply.json().get("grades").get("average_percentage").asDouble()).isEqualTo(86.67);
		assertThat(reply.json().get("weekly_trend").size()).isEqualTo(2);
	}

	@Test
	void refusesAnUnknownFormatOrStudent() {
		Api.Reply format = as("admin").post("/api/reports/student-performance/download", body("student_id",
				this.c.w.studentX().id(), "from", "2025-03-10", "to", "2025-03-18", "format", "doc"));
		Api.Reply missing = as("admin").post("/api/reports/student-performance/download",
				body("from", "2025-03-10", "to", "2025-03-18", "format", "csv"));
		Api.Reply foreign = as("parentY").post("/api/reports/student-performance/download", body("student_id",
				this.c.w.studentX().id(), "from", "2025-03-10", "to", "2025-03-18", "format", "csv"));

		assertThat(format.status()).isEqualTo(400);
		assertThat(fields(format)).containsExactly("format");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("student_id");
		assertThat(foreign.status()).isEqualTo(404);
	}

	@Test
	void exportsTheClassReportAsExactCsv() {
		Api.Reply reply = as("teacherA").get("/api/reports/teacher-weekly/export?week_start=2025-03-10&format=csv");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Anders_Alice_weekly_2025-03-10.csv\"");
		assertThat(reply.text()).isEqualTo("\uFEFF" + String.join("\r\n", "Teacher weekly report",
				"\"Alice Anders, 2025-03-10 to 2025-03-16\"", "", "Class statistics", "Students,3", "Active students,2",
				"Class average score,61.25", "Class submission rate,50.00", "Highest score,82.50", "Lowest score,40.00",
				"Students with concerns,2", "Top performers,0", "Very High,0", "High,0", "Medium,1", "Low,0",
				"Very Low,2", "", "Students",
				"Student,Assignments due,Submitted,On time,Late,Submission rate,Graded,Average score,Feedback given,"
						+ "Feedback quality,Materials,Materials completed,Learning progress,Attendance,Messages sent,"
						+ "Messages received,Chat participation,Study hours,Engagement points,Engagement",
				"Xena Xenos,2,2,1,1,100.00,2,82.50,1,6,1,1,100.00,75.00,3,2,1.00,1.50,5,Medium",
				"Mia Moss,2,1,0,1,50.00,1,40.00,1,3,1,0,40.00,0.00,1,4,1.00,0.00,2,Very Low",
				"Ned Nash,1,0,0,0,0.00,0,,0,0,0,0,,,0,0,0.00,0.00,0,Very Low", "", "Recommendations",
				"Class average score is below 65%. Consider reviewing lesson content and providing additional support materials.",
				"Class submission rate is 50.0%. Set clear deadlines and send reminders to students.",
				"\"Students with low engagement: Mia Moss, Ned Nash. Consider reaching out for individual support or tutoring.\"",
				""));
	}

	@Test
	void exportsTheClassReportAsPdfAndXlsx() throws IOException {
		Api.Reply pdf = as("admin")
			.get("/api/reports/teacher-weekly/export?week_start=2025-03-10&format=pdf&teacher_id="
					+ this.c.w.teacherA().id());
		Api.Reply xlsx = as("teacherA").get("/api/reports/teacher-weekly/export?week_start=2025-03-10&format=xlsx");

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(PdfText.of(pdf.bytes())).contains(this.c.w.school().school().name(), "Page 1 of 2",
				"Class average score 61.25%", "Mia Moss 2 1 0 1 50.00% 1 40.00%", "3 2 1.00 1.50 5 Medium",
				"Class submission rate is 50.0%. Set clear deadlines and send reminders to students.");
		assertThat(xlsx.status()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			List<Row> students = workbook.getSheet(1).orElseThrow().read();
			assertThat(students.get(1).getCell(0).asString()).isEqualTo("Xena Xenos");
			assertThat(students.get(1).getCell(7).asNumber()).isEqualByComparingTo("82.5");
			assertThat(students.get(3).getCell(7).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.EMPTY);
			assertThat(students.get(2).getCell(19).asString()).isEqualTo("Very Low");
		}
		Api.Reply bad = as("teacherA").get("/api/reports/teacher-weekly/export?week_start=2025-03-10&format=json");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("format");
	}

	private Api.Reply download(String format) {
		return as("parentX").post("/api/reports/student-performance/download", body("student_id",
				this.c.w.studentX().id(), "from", "2025-03-10", "to", "2025-03-18", "format", format));
	}

	private Api.Caller as(String who) {
		return this.api.as(this.c.w.token(who));
	}

}
