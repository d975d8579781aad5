package org.classlytics.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the web UI is written in. Anything else a person or a browser asks for is
 * shown in the closest of these, and English when none is close.
 */
enum Language {

	ENGLISH("en"), RUSSIAN("ru"), GREEK("el");

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

	Locale locale() {
		return Locale.forLanguageTag(this.tag);
	}

	/**
	 * The message key of the language's own name (its endonym, the same in every bundle,
	 * so that a reader finds their language whatever the page is in).
	 */
	public String nameKey() {
		return "web.language.name." + this.tag;
	}

	static Optional<Language> ofTag(String tag) {
		if (tag == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((language) -> language.tag.equalsIgnoreCase(tag.trim())).findFirst();
	}

	/**
	 * The language of a locale (so {@code el-GR} is Greek), if the UI has it.
	 */
	static Optional<Language> of(Locale locale) {
		return (locale != null) ? ofTag(locale.getLanguage()) : Optional.empty();
	}

	static Language closestTo(Locale locale) {
		return of(locale).orElse(ENGLISH);
	}

}
