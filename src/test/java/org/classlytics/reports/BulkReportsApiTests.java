package org.classlytics.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.classlytics.roster.Subject;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.fields;

@IntegrationTest
class BulkReportsApiTests {

	private static final String URL = "/api/reports/bulk/student-performance";

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
	void generatesJsonForTheVisibleStudentsAndListsTheOthersAsFailures() {
		long x = this.c.w.studentX().id();
		long mia = this.c.mia.id();
		long ned = this.c.ned.id();
		long y = this.c.w.studentY().id();
		long unknown = 987_654_321L;

		Api.Reply reply = bulk("teacherA", List.of(x, mia, y, x, ned, unknown, mia), "json");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("application/json");
		assertThat(reply.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"student_performance_2025-03-10_2025-03-18.json\"");
		JsonNode json = reply.json();
		assertThat(json.get("total_requested").asInt()).isEqualTo(5);
		assertThat(json.get("total_generated").asInt()).isEqualTo(3);
		assertThat(json.get("total_failed").asInt()).isEqualTo(2);
		assertThat(json.get("failed_students").toString())
			.isEqualTo("[{\"student_id\":" + y + ",\"error\":\"Student not found\"},{\"student_id\":" + unknown
					+ ",\"error\":\"Student not found\"}]");
		JsonNode reports = json.get("reports");
		assertThat(reports.valueStream().map((r) -> r.get("student").get("id").asLong())).containsExactly(x, mia, ned);
		// each report is exactly the single report of the same student
		for (int i = 0; i < 3; i++) {
			long id = reports.get(i).get("student").get("id").asLong();
			JsonNode single = this.api.as(this.c.w.token("teacherA"))
				.get("/api/reports/student-performance/" + id + "?from=2025-03-10&to=2025-03-18")
				.json();
			assertThat(withoutGeneratedAt(reports.get(i))).isEqualTo(withoutGeneratedAt(single));
		}
		JsonNode xena = reports.get(0);
		assertThat(values(xena.get("attendance"))).isEqualTo("4 2 1 1 0 75");
		assertThat(values(xena.get("grades"))).isEqualTo("3 86.67 95 75 stable");
		assertThat(xena.get("subjects").valueStream().map((s) -> s.get("subject_code").asString()))
			.containsExactly("MATH", "PHY");
		assertThat(values(reports.get(1).get("grades"))).isEqualTo("1 40 40 40 stable");
		assertThat(values(reports.get(1).get("attendance"))).isEqualTo("1 0 0 1 0 0");
		assertThat(values(reports.get(2).get("grades"))).isEqualTo("0 null null null stable");
		assertThat(values(reports.get(2).get("attendance"))).isEqualTo("0 0 0 0 0 null");
	}

	@Test
	void aParentGetsTheirChildAndAFailureForAnotherStudent() {
		Api.Reply reply = bulk("parentX", List.of(this.c.mia.id(), this.c.w.studentX().id()), "json");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("total_generated").asInt()).isEqualTo(1);
		assertThat(reply.json().get("reports").get(0).get("student").get("id").asLong())
			.isEqualTo(this.c.w.studentX().id());
		assertThat(reply.json().get("failed_students").get(0).get("student_id").asLong()).isEqualTo(this.c.mia.id());
	}

	@Test
	void generatesOneCsvTableThenTheFailedStudents() {
		long x = this.c.w.studentX().id();
		long y = this.c.w.studentY().id();

		Api.Reply reply = bulk("teacherA", List.of(x, this.c.mia.id(), this.c.ned.id(), y), "csv");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualToIgnoringWhitespace("text/csv; charset=UTF-8");
		assertThat(reply.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"student_performance_2025-03-10_2025-03-18.csv\"");
		assertThat(reply.text()).isEqualTo("\uFEFF" + String.join("\r\n", "Student performance reports",
				"2025-03-10 – 2025-03-18", "", "Students",
				"Student ID,Student,From,To,Days recorded,Present,Late,Absent,Excused,Attendance rate,Graded items,"
						+ "Average,Highest,Lowest,Trend",
				x + ",Xena Xenos,2025-03-10,2025-03-18,4,2,1,1,0,75.00,3,86.67,95.00,75.00,stable",
				this.c.mia.id() + ",Mia Moss,2025-03-10,2025-03-18,1,0,0,1,0,0.00,1,40.00,40.00,40.00,stable",
				this.c.ned.id() + ",Ned Nash,2025-03-10,2025-03-18,0,0,0,0,0,,0,,,,stable", "", "Failed students",
				"Student ID,Error", y + ",Student not found", ""));
	}

	@Test
	void zipsOnePdfPerStudentAndTheFailures() throws IOException {
		long x = this.c.w.studentX().id();
		long y = this.c.w.studentY().id();

		Api.Reply reply = bulk("teacherA", List.of(x, this.c.mia.id(), y), "zip");
		Api.Reply clean = bulk("teacherA", List.of(x), "zip");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("application/zip");
		assertThat(reply.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"student_performance_2025-03-10_2025-03-18.zip\"");
		Map<String, byte[]> entries = unzip(reply.bytes());
		assertThat(entries.keySet()).containsExactly("Xenos_Xena_performance_2025-03-10_2025-03-18.pdf",
				"Moss_Mia_performance_2025-03-10_2025-03-18.pdf", "failures.csv");
		assertThat(PdfText.of(entries.get("Xenos_Xena_performance_2025-03-10_2025-03-18.pdf")))
			.contains("Xena Xenos, 2025-03-10 to 2025-03-18", "Attendance rate 75.00%", "Average 86.67%");
		assertThat(PdfText.of(entries.get("Moss_Mia_performance_2025-03-10_2025-03-18.pdf")))
			.contains("Mia Moss, 2025-03-10 to 2025-03-18", "Average 40.00%");
		assertThat(new String(entries.get("failures.csv"), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFStudent ID,Error\r\n" + y + ",Student not found\r\n");
		assertThat(unzip(clean.bytes()).keySet()).containsExactly("Xenos_Xena_performance_2025-03-10_2025-03-18.pdf");
	}

	@Test
	void refusesNoStudentsTooManyStudentsAndAnUnknownFormat() {
		List<Long> fiftyOne = new ArrayList<>(LongStream.rangeClosed(1, 51).boxed().toList());
		List<Long> fiftyWithDuplicates = new ArrayList<>(LongStream.rangeClosed(1, 50).boxed().toList());
		fiftyWithDuplicates.add(1L);

		Api.Reply empty = bulk("admin", List.of(), "json");
		Api.Reply missing = as("admin").post(URL, body("from", "2025-03-10", "to", "2025-03-18", "format", "json"));
		Api.Reply tooMany = bulk("admin", fiftyOne, "json");
		Api.Reply format = bulk("admin", List.of(this.c.w.studentX().id()), "pdf");
		Api.Reply fifty = bulk("admin", fiftyWithDuplicates, "json");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(fields(empty)).containsExactly("student_ids");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("student_ids");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(fields(tooMany)).containsExactly("student_ids");
		assertThat(format.status()).isEqualTo(400);
		assertThat(fields(format)).containsExactly("format");
		assertThat(fifty.status()).isEqualTo(200);
		assertThat(fifty.json().get("total_requested").asInt()).isEqualTo(50);
	}

	@Test
	void auditsAnExportOfTheGeneratedStudentsOnly() {
		long x = this.c.w.studentX().id();

		bulk("teacherA", List.of(x, this.c.mia.id(), this.c.w.studentY().id()), "csv");

		JsonNode audit = as("admin").get("/api/admin/audit?student_id=" + x).json().get("results");
		assertThat(audit.size()).isEqualTo(1);
		assertThat(audit.get(0).get("action").asString()).isEqualTo("EXPORT");
		assertThat(audit.get(0).get("report_kind").asString()).isEqualTo("student_performance");
		assertThat(audit.get(0).get("actor_id").asLong()).isEqualTo(this.c.w.teacherA().id());
		assertThat(audit.get(0).get("student_ids").valueStream().map(JsonNode::asLong)).containsExactlyInAnyOrder(x,
				this.c.mia.id());
		assertThat(
				as("admin").get("/api/admin/audit?student_id=" + this.c.w.studentY().id()).json().get("count").asInt())
			.isZero();
	}

	@Test
	void theEleventhRequestInAMinuteIsRateLimited() {
		List<Long> ids = List.of(this.c.w.studentX().id());
		for (int i = 0; i < 10; i++) {
			assertThat(bulk("parentX", ids, "json").status()).isEqualTo(200);
		}

		Api.Reply eleventh = bulk("parentX", ids, "json");
		Api.Reply other = bulk("tutorX", ids, "json");

		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(eleventh.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Long.parseLong(eleventh.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(eleventh.json().get("status").asInt()).isEqualTo(429);
		assertThat(eleventh.json().get("detail").asString()).startsWith("At most 10 bulk report requests per minute");
		assertThat(other.status()).isEqualTo(200);
	}

	private static String values(JsonNode object) {
		return String.join(" ", object.valueStream().map((v) -> {
			if (v.isNull()) {
				return "null";
			}
			return v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asString();
		}).toList());
	}

	private static JsonNode withoutGeneratedAt(JsonNode report) {
		((tools.jackson.databind.node.ObjectNode) report).remove("generated_at");
		return report;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private Api.Reply bulk(String who, List<Long> ids, String format) {
		return as(who).post(URL, body("student_ids", ids, "from", "2025-03-10", "to", "2025-03-18", "format", format));
	}

	private Api.Caller as(String who) {
		return this.api.as(this.c.w.token(who));
	}

}
