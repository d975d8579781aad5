package org.classlytics.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTests {

	private final Exports exports = new Exports(ExportTestSupport.pdfRenderer());

	private final ExportDocument document = PdfRendererTests.document(3);

	@Test
	void writesTheRequestedFormat() {
		byte[] csv = this.exports.render(this.document, ExportFormat.CSV, "School", Locale.ENGLISH);
		byte[] xlsx = this.exports.render(this.document, ExportFormat.XLSX, "School", Locale.ENGLISH);
		byte[] pdf = this.exports.render(this.document, ExportFormat.PDF, "School", Locale.ENGLISH);

		assertThat(csv).isEqualTo(CsvExport.render(this.document));
		assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void knowsEachFormatsMediaTypeAndExtension() {
		assertThat(ExportFormat.of("CSV")).contains(ExportFormat.CSV);
		assertThat(ExportFormat.of(" xlsx ")).contains(ExportFormat.XLSX);
		assertThat(ExportFormat.of("json")).isEmpty();
		assertThat(ExportFormat.of(null)).isEmpty();
		assertThat(ExportFormat.CSV.contentType()).isEqualTo("text/csv; charset=UTF-8");
		assertThat(ExportFormat.XLSX.contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(ExportFormat.PDF.contentType()).isEqualTo("application/pdf");
		assertThat(ExportFormat.PDF.extension()).isEqualTo("pdf");
	}

}
