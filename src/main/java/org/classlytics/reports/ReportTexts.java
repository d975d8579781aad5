package org.classlytics.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The text sections of a stored TeacherWeeklyReport (metrics.md "Stored per-student
 * report texts"). A rule whose input is null does not fire; lines are joined by "\n";
 * each section has a default for when no rule fires.
 */
record ReportTexts(String performanceNotes, String achievements, String concerns, String recommendations) {

	static ReportTexts of(StudentWeek week, Texts texts) {
		var r = week.submissionRate();
		var s = week.averageScore();
		var p = week.chatParticipation();
		var h = week.hours();
		int late = week.in().late();
		int completed = week.in().assignmentsCompleted();

		List<String> notes = new ArrayList<>();
		if (Numbers.above(r, 90)) {
			notes.add(texts.get("reports.texts.notes.excellent-rate"));
		}
		else if (Numbers.below(r, 50)) {
			notes.add(texts.get("reports.texts.notes.low-rate"));
		}
		if (Numbers.atLeast(s, 85)) {
			notes.add(texts.get("reports.texts.notes.high-quality"));
		}
		else if (Numbers.below(s, 60)) {
			notes.add(texts.get("reports.texts.notes.low-scores"));
		}
		if (late > 0) {
			notes.add(texts.get("reports.texts.notes.late", String.valueOf(late)));
		}

		List<String> achievements = new ArrayList<>();
		if (completed > 0) {
			achievements.add(texts.get("reports.texts.achievements.completed", String.valueOf(completed)));
		}
		if (Numbers.atLeast(s, 85)) {
			achievements.add(texts.get("reports.texts.achievements.strong"));
		}
		if (Numbers.atLeast(p, 7)) {
			achievements.add(texts.get("reports.texts.achievements.participation"));
		}
		if (Numbers.atLeast(h, 10)) {
			achievements.add(texts.get("reports.texts.achievements.time"));
		}

		List<String> concerns = new ArrayList<>();
		if (Numbers.below(r, 50)) {
			concerns.add(texts.get("reports.texts.concerns.low-rate"));
		}
		if (Numbers.below(s, 60)) {
			concerns.add(texts.get("reports.texts.concerns.struggling"));
		}
		if (Numbers.below(h, 2)) {
			concerns.add(texts.get("reports.texts.concerns.time"));
		}
		if (Numbers.below(p, 3)) {
			concerns.add(texts.get("reports.texts.concerns.participation"));
		}

		List<String> recommendations = new ArrayList<>();
		if (Numbers.below(r, 75)) {
			recommendations.add(texts.get("reports.texts.recommendations.submit"));
		}
		if (Numbers.below(s, 70)) {
			recommendations.add(texts.get("reports.texts.recommendations.practice"));
		}
		if (Numbers.below(p, 4)) {
			recommendations.add(texts.get("reports.texts.recommendations.participate"));
		}
		if (Numbers.below(h, 5)) {
			recommendations.add(texts.get("reports.texts.recommendations.study"));
		}

		return new ReportTexts(join(notes, texts, "reports.texts.notes.default"),
				join(achievements, texts, "reports.texts.achievements.default"),
				join(concerns, texts, "reports.texts.concerns.default"),
				join(recommendations, texts, "reports.texts.recommendations.default"));
	}

	private static String join(List<String> lines, Texts texts, String defaultCode) {
		return lines.isEmpty() ? texts.get(defaultCode) : String.join("\n", lines);
	}

}
