package org.classlytics.export;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Labels in one language. Any code of the application's message bundles resolves here, so
 * a report can take its own labels from the same object.
 */
public final class ExportLabels {

	private final MessageSource messageSource;

	private final Locale locale;

	ExportLabels(MessageSource messageSource, Locale locale) {
		this.messageSource = messageSource;
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * The message for a code, formatted with the arguments; a missing code fails
	 * ({@code NoSuchMessageException}) rather than printing the code in a document.
	 */
	public String get(String code, Object... args) {
		return this.messageSource.getMessage(code, args, this.locale);
	}

	public TrendChartLabels trendChart() {
		return new TrendChartLabels(get("export.chart.weekly-trend.title"), get("export.chart.weekly-trend.overall"),
				get("export.chart.weekly-trend.quiz"), get("export.chart.weekly-trend.assignment"));
	}

}
