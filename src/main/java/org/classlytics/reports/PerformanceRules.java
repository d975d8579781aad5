package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.classlytics.platform.LocalWeek;

/**
 * The rules of the student performance report: trend, weekly series and recommendations.
 */
final class PerformanceRules {

	static final String IMPROVING = "improving";

	static final String DECLINING = "declining";

	static final String STABLE = "stable";

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	private PerformanceRules() {
	}

	/**
	 * Oldest first: by instant, then id.
	 */
	static List<GradedItem> chronological(List<GradedItem> items) {
		return items.stream()
			.sorted(Comparator.comparing(GradedItem::at).thenComparing(GradedItem::quiz).thenComparing(GradedItem::id))
			.toList();
	}

	/**
	 * With n &lt; 2 items "stable"; otherwise d = mean(newest n − floor(n/2)) −
	 * mean(oldest floor(n/2)): d &gt; 5 "improving", d &lt; −5 "declining", else
	 * "stable".
	 */
	static String trend(List<GradedItem> items) {
		List<GradedItem> ordered = chronological(items);
		int n = ordered.size();
		if (n < 2) {
			return STABLE;
		}
		int half = n / 2;
		BigDecimal first = Numbers.mean(ordered.subList(0, half).stream().map(GradedItem::percentage).toList());
		BigDecimal second = Numbers.mean(ordered.subList(half, n).stream().map(GradedItem::percentage).toList());
		BigDecimal d = second.subtract(first);
		if (d.compareTo(FIVE) > 0) {
			return IMPROVING;
		}
		return (d.compareTo(FIVE.negate()) < 0) ? DECLINING : STABLE;
	}

	/**
	 * Every ISO week that overlaps the days, oldest first, with the items of each week
	 * (metrics.md "StudentWeeklyPerformance"); weeks without items have null averages.
	 */
	static List<StudentPerformanceReport.WeekLine> weeks(LocalDate from, LocalDate to, List<GradedItem> items,
			ZoneId zone) {
		List<StudentPerformanceReport.WeekLine> lines = new ArrayList<>();
		// Each item's week once, not once per week of the range.
		Map<LocalWeek, List<GradedItem>> byWeek = new HashMap<>();
		for (GradedItem item : items) {
			byWeek.computeIfAbsent(LocalWeek.of(item.at(), zone), (k) -> new ArrayList<>()).add(item);
		}
		for (LocalWeek week = LocalWeek.of(from); !week.weekStart().isAfter(to); week = week.next()) {
			List<GradedItem> inWeek = byWeek.getOrDefault(week, List.of());
			List<BigDecimal> quizzes = inWeek.stream().filter(GradedItem::quiz).map(GradedItem::percentage).toList();
			List<BigDecimal> assignments = inWeek.stream()
				.filter((i) -> !i.quiz())
				.map(GradedItem::percentage)
				.toList();
			lines.add(new StudentPerformanceReport.WeekLine(week.label(), week.year(), week.weekNumber(),
					week.weekStart(), Numbers.round(Numbers.mean(inWeek.stream().map(GradedItem::percentage).toList())),
					Numbers.round(Numbers.mean(quizzes)), Numbers.round(Numbers.mean(assignments)), quizzes.size(),
					assignments.size()));
		}
		return lines;
	}

	/**
	 * The recommendations, in the order of metrics.md; rules on null figures do not fire.
	 * @param subjects the subjects with their unrounded averages
	 */
	static List<String> recommendations(BigDecimal attendanceRate, BigDecimal average, String trend,
			List<SubjectAverage> subjects, Texts texts) {
		List<String> result = new ArrayList<>();
		if (Numbers.below(attendanceRate, 75)) {
			result.add(texts.get("reports.student.recommendation.attendance-low"));
		}
		else if (Numbers.below(attendanceRate, 85)) {
			result.add(texts.get("reports.student.recommendation.attendance-improve"));
		}
		if (Numbers.below(average, 60)) {
			result.add(texts.get("reports.student.recommendation.grades-failing"));
		}
		else if (Numbers.below(average, 70)) {
			result.add(texts.get("reports.student.recommendation.grades-improve"));
		}
		else if (Numbers.atLeast(average, 90)) {
			result.add(texts.get("reports.student.recommendation.excellent"));
		}
		if (DECLINING.equals(trend)) {
			result.add(texts.get("reports.student.recommendation.declining"));
		}
		else if (IMPROVING.equals(trend)) {
			result.add(texts.get("reports.student.recommendation.improving"));
		}
		List<String> weak = subjects.stream()
			.filter((s) -> Numbers.below(s.average(), 60))
			.map(SubjectAverage::name)
			.filter(Objects::nonNull)
			.sorted()
			.limit(3)
			.toList();
		if (!weak.isEmpty()) {
			result.add(texts.get("reports.student.recommendation.focus", String.join(", ", weak)));
		}
		if (result.isEmpty()) {
			result.add(texts.get("reports.student.recommendation.satisfactory"));
		}
		return result;
	}

	record SubjectAverage(String name, BigDecimal average) {

	}

}
