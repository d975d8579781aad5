package org.classlytics.reports;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * Sending a weekly report over real SMTP: GreenMail receives the tutor's email with the
 * PDF attached.
 */
@IntegrationTest
class TeacherWeeklyMailTests {

	private static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		smtp.start();
	}

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@Test
	void theTutorReceivesTheReportWithItsPdf() throws Exception {
		ReportsClassFixture c = new ReportsClassFixture(this.api, this.fixtures);
		Api.Caller teacher = this.api.as(c.w.token("teacherA"));
		JsonNode generated = teacher
			.post("/api/reports/teacher-weekly-reports/generate_now",
					body("week_start", "2025-03-10", "student_id", c.w.studentX().id()))
			.json();
		long report = generated.get("reports").get(0).get("id").asLong();

		Api.Reply sent = teacher.post("/api/reports/teacher-weekly-reports/" + report + "/send", null);

		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		assertThat(smtp.waitForIncomingEmail(10000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(c.w.tutorX().email());
		assertThat(mail.getSubject()).isEqualTo("Weekly report for Xena Xenos: Mathematics, week of 2025-03-10");
		MimeMultipart mixed = (MimeMultipart) mail.getContent();
		assertThat(mixed.getCount()).isEqualTo(2);
		MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
		assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat((String) alternative.getBodyPart(0).getContent()).contains("Completed 2 assignments");
		BodyPart pdf = mixed.getBodyPart(1);
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		assertThat(pdf.getFileName()).isEqualTo("Xenos_Xena_weekly_report_2025-03-10.pdf");
		assertThat(PdfText.of(pdf.getInputStream().readAllBytes())).contains("Weekly report: Xena Xenos, Mathematics",
				"Suggest increased study time for better understanding");
	}

}
