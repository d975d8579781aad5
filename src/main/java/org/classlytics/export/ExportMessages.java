package org.classlytics.export;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of a document and hands out its labels. Documents are written in
 * English, Russian or Greek; the first preferred locale in one of those wins (usually the
 * recipient's, then the school's), and English is the default.
 */
@Component
public class ExportMessages {

	/**
	 * The languages every label exists in.
	 */
	public static final List<String> LANGUAGES = List.of("en", "ru", "el");

	private final MessageSource messageSource;

	ExportMessages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	/**
	 * The labels in the first of the preferred locales that is supported, else in
	 * English. {@code null} entries are skipped, so an unset user locale falls through to
	 * the school's.
	 */
	public ExportLabels labels(Locale... preferred) {
		return new ExportLabels(this.messageSource, choose(preferred));
	}

	/**
	 * The first supported locale, kept as given (so {@code el-GR} stays Greek with Greek
	 * number formats), else English.
	 */
	public static Locale choose(Locale... preferred) {
		for (Locale locale : preferred) {
			if (locale != null && LANGUAGES.contains(locale.getLanguage())) {
				return locale;
			}
		}
		return Locale.ENGLISH;
	}

}
