package org.classlytics.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportMessagesTests {

	private static final Locale GREEK = Locale.forLanguageTag("el-GR");

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@Test
	void choosesTheFirstSupportedPreferredLocale() {
		assertThat(ExportMessages.choose(RUSSIAN, GREEK)).isEqualTo(RUSSIAN);
		assertThat(ExportMessages.choose(null, GREEK)).isEqualTo(GREEK);
		assertThat(ExportMessages.choose(Locale.FRENCH, GREEK)).isEqualTo(GREEK);
		assertThat(ExportMessages.choose(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
		assertThat(ExportMessages.choose()).isEqualTo(Locale.ENGLISH);
		assertThat(ExportMessages.choose(Locale.US)).isEqualTo(Locale.US);
	}

	@Test
	void labelsInTheChosenLanguage() {
		ExportMessages messages = ExportTestSupport.messages();

		assertThat(messages.labels(null, GREEK).get("export.pdf.page-counter", 1, 3)).isEqualTo("Σελίδα 1 από 3");
		assertThat(messages.labels(RUSSIAN).get("export.pdf.page-counter", 1, 3)).isEqualTo("Страница 1 из 3");
		assertThat(messages.labels(Locale.FRENCH).get("export.pdf.page-counter", 1, 3)).isEqualTo("Page 1 of 3");
		assertThat(messages.labels(GREEK).locale()).isEqualTo(GREEK);
	}

	@Test
	void failsOnAMissingLabelRatherThanPrintingItsCode() {
		ExportLabels labels = ExportTestSupport.labels(Locale.ENGLISH);

		assertThatExceptionOfType(NoSuchMessageException.class).isThrownBy(() -> labels.get("export.no.such.label"));
	}

	@Test
	void everyLabelExistsInEveryLanguage() throws IOException {
		Properties english = bundle("");
		for (String language : new String[] { "_ru", "_el" }) {
			Properties translated = bundle(language);
			assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				if (!key.equals("export.value.empty")) {
					assertThat(translated.getProperty(key)).as(language + " " + key)
						.isNotEqualTo(english.getProperty(key));
				}
			}
		}
	}

	private static Properties bundle(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ExportMessagesTests.class.getClassLoader()
			.getResourceAsStream("i18n/export" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
