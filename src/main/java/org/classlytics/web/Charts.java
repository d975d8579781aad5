package org.classlytics.web;

import java.util.List;
import java.util.Locale;

import org.classlytics.analytics.TeacherWeek;
import org.classlytics.analytics.WeekPerformance;
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

	/**
	 * A student's weekly averages: overall, quiz and assignment lines, a week without
	 * graded items a gap.
	 */
	String weeklyTrend(List<WeekPerformance> weeks, Locale locale) {
		return json(ChartData.percentLines(weeks.stream().map(WeekPerformance::week).toList(), List.of(
				series("web.trend.overall", weeks.stream().map(WeekPerformance::overallAvg).toList(), locale),
				series("web.trend.quiz", weeks.stream().map(WeekPerformance::quizAvg).toList(), locale),
				series("web.trend.assignment", weeks.stream().map(WeekPerformance::assignmentAvg).toList(), locale))));
	}

	/**
	 * A teacher's weekly counts: classes taught, homework set and parent communications.
	 */
	String teacherWeeks(List<TeacherWeek> weeks, Locale locale) {
		return json(ChartData.bar(weeks.stream().map(TeacherWeek::week).toList(),
				series("web.metrics.classes", weeks.stream().map(TeacherWeek::classesTaught).toList(), locale),
				series("web.metrics.homework", weeks.stream().map(TeacherWeek::homeworksAssigned).toList(), locale),
				series("web.metrics.communications", weeks.stream().map(TeacherWeek::parentCommunications).toList(),
						locale)));
	}

	private ChartData.Series series(String key, List<? extends Number> values, Locale locale) {
		return new ChartData.Series(this.messages.getMessage(key, null, locale), values);
	}

	String json(ChartData chart) {
		return this.json.writeValueAsString(chart);
	}

}
