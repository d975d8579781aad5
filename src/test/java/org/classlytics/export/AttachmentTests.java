package org.classlytics.export;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTests {

	@Test
	void namesAnAsciiFileInThePlainParameterOnly() {
		assertThat(Attachment.contentDisposition("Smith_John_performance_2025-01-01_2025-01-31.pdf"))
			.isEqualTo("attachment; filename=\"Smith_John_performance_2025-01-01_2025-01-31.pdf\"");
	}

	@Test
	void addsTheUtf8NameForGreekWithATransliteratedFallback() {
		String name = "Παπαδόπουλος_Γιώργος_performance_2025-01-01_2025-01-31.pdf";

		String header = Attachment.contentDisposition(name);

		assertThat(header)
			.isEqualTo("attachment; filename=\"Papadopoulos_Giorgos_performance_2025-01-01_2025-01-31.pdf\"; "
					+ "filename*=UTF-8''%CE%A0%CE%B1%CF%80%CE%B1%CE%B4%CF%8C%CF%80%CE%BF%CF%85%CE%BB%CE%BF%CF%82_"
					+ "%CE%93%CE%B9%CF%8E%CF%81%CE%B3%CE%BF%CF%82_performance_2025-01-01_2025-01-31.pdf");
		String encoded = header.substring(header.indexOf("UTF-8''") + "UTF-8''".length());
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
	}

	@Test
	void transliteratesCyrillicAndDropsAccents() {
		assertThat(Attachment.asciiFilename("Иванов_Иван_Щукин.csv")).isEqualTo("Ivanov_Ivan_Shchukin.csv");
		assertThat(Attachment.asciiFilename("Ζωή_Ευαγγελίου.xlsx")).isEqualTo("Zoi_Evangeliou.xlsx");
		assertThat(Attachment.asciiFilename("Müller_José.pdf")).isEqualTo("Muller_Jose.pdf");
		assertThat(Attachment.asciiFilename("李_Li.pdf")).isEqualTo("__Li.pdf");
	}

	@Test
	void keepsQuotesPathsAndControlCharactersOutOfTheHeader() {
		assertThat(Attachment.contentDisposition("../a\"b\\c\r\nd.pdf"))
			.isEqualTo("attachment; filename=\".._a_b_c__d.pdf\"; filename*=UTF-8''.._a%22b_c__d.pdf");
		assertThat(Attachment.contentDisposition("Report 1.pdf"))
			.isEqualTo("attachment; filename=\"Report_1.pdf\"; filename*=UTF-8''Report%201.pdf");
	}

	@Test
	void namesAFileWithoutANameDownload() {
		assertThat(Attachment.contentDisposition("")).isEqualTo("attachment; filename=\"download\"");
		assertThat(Attachment.asciiFilename("李.pdf")).isEqualTo("download.pdf");
		assertThat(Attachment.asciiFilename("...")).isEqualTo("download");
	}

}
