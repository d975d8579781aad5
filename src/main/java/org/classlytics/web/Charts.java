package org.classlytics.web;

import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the charts of pages, with their series named in the reader's language.
 */
@Component
class Charts {

	private final JsonMapper json;

	private final MessageSource messages;

	Charts(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/**
	 * Active students per class, the chart of the admin's overview.
	 */
	String studentsPerClass(SchoolOverview school, Locale locale) {
		return json(ChartData.bar(school.classes().stream().map((group) -> group.section().name()).toList(),
				new ChartData.Series(this.messages.getMessage("web.admin.classes.students", null, locale),
						school.classes().stream().map((group) -> group.students().size()).toList())));
	}

	String json(ChartData chart) {
		return this.json.writeValueAsString(chart);
	}

}
