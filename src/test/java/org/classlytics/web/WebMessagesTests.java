package org.classlytics.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's texts: the three languages have the same keys, none is left empty, and every
 * key a template names literally exists.
 */
class WebMessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{(web\\.[A-Za-z0-9_.]+)");

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Properties english = bundle("web");

		for (String language : new String[] { "web_ru", "web_el" }) {
			Properties other = bundle(language);
			assertThat(other.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
			assertThat(other.stringPropertyNames())
				.allSatisfy((key) -> assertThat(other.getProperty(key)).as("%s %s", language, key).isNotBlank());
		}
	}

	@Test
	void theTranslationsAreWrittenInTheirOwnScript() throws IOException {
		assertThat(bundle("web_ru").getProperty("web.login.heading")).isEqualTo("Вход в Classlytics");
		assertThat(bundle("web_el").getProperty("web.login.heading")).isEqualTo("Σύνδεση στο Classlytics");
		assertThat(bundle("web_ru").getProperty("web.error.notFound.title")).isEqualTo("Страница не найдена");
		assertThat(bundle("web_el").getProperty("web.error.notFound.title")).isEqualTo("Η σελίδα δεν βρέθηκε");
	}

	@Test
	void templatesNameOnlyKeysThatExist() throws IOException {
		Set<String> keys = bundle("web").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(WebMessagesTests::isWebTemplate).toList()) {
				MESSAGE_KEY.matcher(Files.readString(file)).results().map((m) -> m.group(1)).forEach(used::add);
			}
		}

		assertThat(used).hasSizeGreaterThan(40);
		assertThat(used.stream().filter((key) -> !keys.contains(key)).collect(Collectors.toList())).isEmpty();
	}

	private static boolean isWebTemplate(Path file) {
		String relative = TEMPLATES.relativize(file).toString();
		return relative.endsWith(".html") && !relative.startsWith("mail") && !relative.startsWith("export");
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = WebMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
