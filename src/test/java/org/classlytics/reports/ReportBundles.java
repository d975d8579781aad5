package org.classlytics.reports;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The reports message bundle as the application loads it, for unit tests.
 */
final class ReportBundles {

	private static final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

	static {
		source.setBasenames("i18n/reports");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
	}

	private ReportBundles() {
	}

	static Texts texts(Locale locale) {
		return (code, args) -> source.getMessage(code, args, locale);
	}

	static Texts english() {
		return texts(Locale.ENGLISH);
	}

}
