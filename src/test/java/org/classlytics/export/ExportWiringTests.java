package org.classlytics.export;

import java.util.Locale;

import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module as the application wires it: Spring Boot's template engine finds the export
 * templates and its message source has the export bundle in every language.
 */
@IntegrationTest
class ExportWiringTests {

	@Autowired
	Exports exports;

	@Autowired
	ExportMessages messages;

	@Test
	void rendersADocumentWithTheApplicationsTemplatesAndMessages() {
		byte[] pdf = this.exports.render(PdfRendererTests.document(3), ExportFormat.PDF, "Школа № 5",
				Locale.forLanguageTag("ru"));

		assertThat(ExportTestSupport.pdfText(pdf)).contains("Школа № 5", "Παπαδόπουλος Γιώργος", "Страница 1 из 1");
	}

	@Test
	void labelsComeFromTheApplicationsMessageSource() {
		assertThat(this.messages.labels(Locale.forLanguageTag("el")).trendChart().title())
			.isEqualTo("Εβδομαδιαία πορεία");
		assertThat(this.messages.labels(null, Locale.forLanguageTag("ru")).get("export.pdf.generated-at", "2025-01-06"))
			.isEqualTo("Сформировано 2025-01-06");
	}

}
