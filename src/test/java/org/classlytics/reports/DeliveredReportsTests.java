package org.classlytics.reports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.classlytics.delivery.RenderedReport;
import org.classlytics.delivery.ReportGenerationFailed;
import org.classlytics.delivery.ReportRequest;
import org.classlytics.delivery.ReportScope;
import org.classlytics.delivery.ReportType;
import org.classlytics.delivery.ScheduledReports;
import org.classlytics.export.ExportFormat;
import org.classlytics.mail.Attachment;
import org.classlytics.platform.LocalPeriod;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reports that scheduled delivery sends: built with the recipient's permissions, in
 * the schedule's format, and the Friday pipeline's generate and send steps.
 */
@IntegrationTest
class DeliveredReportsTests {

	private static final LocalPeriod WEEK = new LocalPeriod(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 16));

	@Autowired
	ScheduledReports reports;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private ReportsClassFixture c;

	@BeforeEach
	void setUp() {
		this.c = new ReportsClassFixture(this.api, this.fixtures);
	}

	@Test
	void aTeacherReceivesTheirClassReportForTheWeek() {
		RenderedReport rendered = this.reports
			.render(request(ReportType.TEACHER_WEEKLY_REPORT, this.c.w.teacherA(), Set.of(), ExportFormat.CSV));

		Attachment file = rendered.file();
		assertThat(file.filename()).isEqualTo("weekly_report_2025-03-10.csv");
		assertThat(file.contentType()).isEqualTo(ExportFormat.CSV.contentType());
		assertThat(new String(file.content(), StandardCharsets.UTF_8)).contains("Xena Xenos", "Mia Moss", "Ned Nash");
		assertThat(rendered.studentIds()).containsExactlyInAnyOrder(this.c.w.studentX().id(), this.c.mia.id(),
				this.c.ned.id());
	}

	@Test
	void aParentReceivesOnlyTheChildrenTheyMaySee() {
		RenderedReport rendered = this.reports.render(request(ReportType.STUDENT_REPORT, this.c.w.parentX(),
				Set.of(this.c.w.studentX().id(), this.c.w.studentY().id()), ExportFormat.CSV));

		assertThat(rendered.studentIds()).containsExactly(this.c.w.studentX().id());
		assertThat(rendered.file().filename()).isEqualTo("student_performance_2025-03-10_2025-03-16.csv");
		assertThat(new String(rendered.file().content(), StandardCharsets.UTF_8)).contains("Xena Xenos")
			.doesNotContain("Yuri Young");
		assertThatThrownBy(() -> this.reports.render(request(ReportType.STUDENT_REPORT, this.c.w.parentX(),
				Set.of(this.c.w.studentY().id()), ExportFormat.PDF)))
			.isInstanceOf(ReportGenerationFailed.class);
	}

	@Test
	void recipientsWhoSeeTheSameStudentsInTheSameLocaleShareOneContentKey() {
		Set<Long> both = Set.of(this.c.w.studentX().id(), this.c.w.studentY().id());
		Object student = key(request(ReportType.STUDENT_REPORT, this.c.w.studentX(), both, ExportFormat.PDF));
		Object parent = key(request(ReportType.STUDENT_REPORT, this.c.w.parentX(), both, ExportFormat.PDF));
		Object tutor = key(request(ReportType.STUDENT_REPORT, this.c.w.tutorX(), both, ExportFormat.PDF));
		Object otherParent = key(request(ReportType.STUDENT_REPORT, this.c.w.parentY(), both, ExportFormat.PDF));
		Object admin = key(request(ReportType.STUDENT_REPORT, this.c.w.admin(), both, ExportFormat.PDF));

		// Xena, her parent and her tutor see only Xena: one file for the three of them.
		assertThat(parent).isEqualTo(student);
		assertThat(tutor).isEqualTo(student);
		assertThat(otherParent).isNotEqualTo(student);
		assertThat(admin).isNotEqualTo(student).isNotEqualTo(otherParent);
		assertThat(key(request(ReportType.STUDENT_REPORT, this.c.w.parentX(), both, ExportFormat.CSV)))
			.isNotEqualTo(parent);
		ReportRequest greek = request(ReportType.STUDENT_REPORT, this.c.w.parentX(), both, ExportFormat.PDF);
		assertThat(key(new ReportRequest(greek.scheduleId(), greek.reportType(), greek.scope(), greek.period(),
				greek.occurrence(), greek.zone(), greek.viewer(), greek.format(), Locale.forLanguageTag("el"))))
			.isNotEqualTo(parent);
		// A teacher's class report is their own classes: never shared.
		assertThat(this.reports
			.contentKey(request(ReportType.TEACHER_WEEKLY_REPORT, this.c.w.teacherA(), Set.of(), ExportFormat.PDF)))
			.isEmpty();
	}

	private Object key(ReportRequest request) {
		return this.reports.contentKey(request).orElseThrow();
	}

	@Test
	void aSampleNamesNoRealStudent() {
		Attachment sample = this.reports.renderSample(ReportType.STUDENT_REPORT, ExportFormat.CSV, Locale.ENGLISH);

		assertThat(sample.filename()).isEqualTo("sample_student_report.csv");
		assertThat(new String(sample.content(), StandardCharsets.UTF_8)).contains("Sample Student A")
			.doesNotContain("Xena");
	}

	@Test
	void theWeeklyPipelineGeneratesThenSendsTheDraftsWithATutor() {
		long school = this.c.w.school().id();
		LocalDate monday = LocalDate.of(2025, 3, 10);

		int generated = this.reports.generateTeacherWeeklyReports(monday, school);
		assertThat(generated).isEqualTo(activeEnrollments(school));
		assertThat(statusOf(this.c.mia)).isEqualTo("DRAFT");

		int sent = this.reports.sendTeacherWeeklyDrafts(monday, school);

		// Xena and Ned have a tutor; Mia has none, so her report stays a draft.
		assertThat(statusOf(this.c.w.studentX())).isEqualTo("SENT");
		assertThat(statusOf(this.c.ned)).isEqualTo("SENT");
		assertThat(statusOf(this.c.mia)).isEqualTo("DRAFT");
		assertThat(sent).isEqualTo(count(school, "SENT"));
		assertThat(this.reports.sendTeacherWeeklyDrafts(monday, school)).isZero();
		assertThat(this.reports.generateTeacherWeeklyReports(monday, school)).isEqualTo(count(school, "DRAFT"));
	}

	private ReportRequest request(ReportType type, Person viewer, Set<Long> students, ExportFormat format) {
		return new ReportRequest(1L, type, new ReportScope(students, null), WEEK, Instant.parse("2025-03-17T06:00:00Z"),
				ZoneId.of("UTC"), new Actor(viewer.id(), viewer.schoolId(), viewer.role()), format, Locale.ENGLISH);
	}

	private int activeEnrollments(long school) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM enrollments e JOIN users t ON t.id = e.teacher_id"
					+ " WHERE e.school_id = :school AND e.active = TRUE AND t.role = :role AND t.active = TRUE")
			.params(Map.of("school", school, "role", Role.TEACHER.name()))
			.query(Integer.class)
			.single();
	}

	private String statusOf(Person student) {
		return this.jdbc
			.sql("SELECT status FROM teacher_weekly_reports WHERE student_id = ? AND week_start = DATE '2025-03-10'")
			.param(student.id())
			.query(String.class)
			.single();
	}

	private int count(long school, String status) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM teacher_weekly_reports WHERE school_id = ? AND status = ?"
					+ " AND week_start = DATE '2025-03-10'")
			.param(school)
			.param(status)
			.query(Integer.class)
			.single();
	}

}
