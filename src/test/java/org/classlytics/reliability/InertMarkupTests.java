package org.classlytics.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.classlytics.support.Api;
import org.classlytics.support.BrowserHttp;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * Names written as markup, SQL or spreadsheet formulas are stored and shown as the text
 * they are: escaped in the HTML pages and the HTML of a mail, literal in the PDF, and
 * neutralised (a leading apostrophe) in CSV and XLSX cells. The renderers' own rules are
 * tested in {@code CsvExportTests} and {@code XlsxExportTests}; this checks the same
 * names end to end, from the API through the stored rows into every output.
 */
@IntegrationTest
class InertMarkupTests {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String SQL = "'; DROP TABLE users; --";

	static final String SUBJECT = "<b>Maths</b> & \"Co\"";

	/**
	 * First names that a spreadsheet would run as a formula, and what the exported cell
	 * must hold instead.
	 */
	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0",
			"@SUM(1)", "-2+3", "\t=1+1", "\r=1+1");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private World w;

	private Api.Caller admin;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		assertThat(
				this.admin.patch("/api/users/" + this.w.studentX().id(), body("first_name", SCRIPT, "last_name", SQL))
					.status())
			.isEqualTo(200);
		assertThat(this.admin.patch("/api/subjects/" + this.w.subject().id(), body("name", SUBJECT)).status())
			.isEqualTo(200);
	}

	@Test
	void theNamesAreStoredAsTextAndTheUsersTableStillExists() {
		assertThat(this.jdbc.sql("SELECT first_name, last_name FROM users WHERE id = ?")
			.param(this.w.studentX().id())
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2))
			.single()).isEqualTo(SCRIPT + "|" + SQL);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM users WHERE school_id = ?")
			.param(this.w.school().id())
			.query(Long.class)
			.single()).isEqualTo(9);
		JsonNode student = this.admin.get("/api/users/" + this.w.studentX().id()).json();
		assertThat(student.get("first_name").asString()).isEqualTo(SCRIPT);
		assertThat(student.get("last_name").asString()).isEqualTo(SQL);
	}

	@Test
	void theHtmlPagesEscapeTheNames() {
		BrowserHttp teacher = BrowserHttp.signedIn(this.api, this.w.teacherA());
		BrowserHttp parent = BrowserHttp.signedIn(this.api, this.w.parentX());
		List<String> pages = List.of(teacher.get("/students/" + this.w.studentX().id()).html(),
				parent.get("/parent").html(), parent.get("/students/" + this.w.studentX().id()).html());

		for (String html : pages) {
			assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.doesNotContain(SCRIPT)
				.doesNotContain("<b>Maths</b>");
			assertThat(html.replace("&#39;", "'")).contains("'; DROP TABLE users; --");
		}
		assertThat(pages.get(0)).contains("&lt;b&gt;Maths&lt;/b&gt; &amp; &quot;Co&quot;");
	}

	@Test
	void theReportMailEscapesTheNamesAndItsPdfShowsThemLiterally() throws IOException {
		Api.Caller teacher = this.api.as(this.w.token("teacherA"));
		JsonNode generated = teacher
			.post("/api/reports/teacher-weekly-reports/generate_now", body("week_start", "2025-03-10"))
			.json();
		long report = generated.get("reports")
			.valueStream()
			.filter((candidate) -> candidate.get("student_id").asLong() == this.w.studentX().id())
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();

		Api.Reply sent = teacher.post("/api/reports/teacher-weekly-reports/" + report + "/send", null);

		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		JsonNode mail = this.admin.get("/api/admin/outbox")
			.json()
			.get("results")
			.valueStream()
			.filter((candidate) -> candidate.get("to").asString().equals(this.w.tutorX().email()))
			.findFirst()
			.orElseThrow();
		assertThat(mail.get("subject").asString()).contains(SCRIPT + " " + SQL);
		JsonNode full = this.admin.get("/api/admin/outbox/" + mail.get("id").asLong()).json();
		String html = full.get("html").asString();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain(SCRIPT)
			.doesNotContain("<b>Maths</b>");
		assertThat(full.get("text").asString()).contains(SCRIPT + " " + SQL);
		byte[] pdf = this.admin.get("/api/admin/outbox/" + mail.get("id").asLong() + "/attachments/0").bytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(SCRIPT + " " + SQL, SUBJECT);
		}
	}

	@Test
	void formulaNamesAreNeutralisedInTheCsvAndXlsxExports() throws IOException {
		for (int i = 0; i < FORMULAS.size(); i++) {
			Api.Reply student = this.admin.post("/api/users",
					body("email", "formula" + i + "." + System.nanoTime() + "@test.classlytics.org", "password",
							Fixtures.PASSWORD, "first_name", FORMULAS.get(i), "last_name", "Eve", "role", "STUDENT",
							"class_id", this.w.classSection().id()));
			assertThat(student.status()).as(student.text()).isEqualTo(201);
			Api.Reply enrollment = this.admin.post("/api/enrollments", body("student_id", student.id(), "teacher_id",
					this.w.teacherA().id(), "subject_id", this.w.subject().id(), "start_date", "2025-01-01"));
			assertThat(enrollment.status()).as(enrollment.text()).isEqualTo(201);
		}
		Api.Caller teacher = this.api.as(this.w.token("teacherA"));
		String path = "/api/reports/teacher-weekly/export?week_start=2025-03-10&format=";

		Api.Reply csv = teacher.get(path + "csv");
		Api.Reply xlsx = teacher.get(path + "xlsx");

		assertThat(csv.status()).as(csv.text()).isEqualTo(200);
		String text = new String(csv.bytes(), StandardCharsets.UTF_8);
		assertThat(text).contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") Eve\",",
				"\r\n'+cmd|' /C calc'!A0 Eve,", "\r\n'@SUM(1) Eve,", "\r\n'-2+3 Eve,", "\r\n'\t=1+1 Eve,",
				"\r\n\"'\r=1+1 Eve\",");
		assertThat(text).doesNotContain("\r\n=", "\r\n+", "\r\n@", "\r\n-", "\r\n\t");
		assertThat(xlsx.status()).isEqualTo(200);
		List<String> names;
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			names = workbook.getSheets().flatMap((sheet) -> {
				try {
					return sheet.read().stream();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			})
				.map((Row row) -> row.getCell(0))
				.filter((cell) -> cell != null && cell.getType() == CellType.STRING && cell.asString().endsWith(" Eve"))
				.map((cell) -> cell.asString())
				.toList();
		}
		assertThat(names).containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil.example\",\"x\") Eve",
				"'+cmd|' /C calc'!A0 Eve", "'@SUM(1) Eve", "'-2+3 Eve", "'\t=1+1 Eve", "'\r=1+1 Eve");
	}

}
