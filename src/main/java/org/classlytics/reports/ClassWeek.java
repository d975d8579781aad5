package org.classlytics.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A teacher's class over one week: the students in report order, the class statistics,
 * the summary and the class recommendations (metrics.md "Teacher weekly report").
 */
final class ClassWeek {

	/**
	 * average_score descending, then submission_rate descending (nulls last in both),
	 * then last name, then first name; the id breaks remaining ties so that the order is
	 * stable.
	 */
	static final Comparator<StudentWeek> ORDER = Comparator
		.comparing(StudentWeek::averageScore, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
		.thenComparing(StudentWeek::submissionRate, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
		.thenComparing((StudentWeek s) -> s.in().lastName())
		.thenComparing((StudentWeek s) -> s.in().firstName())
		.thenComparingLong((StudentWeek s) -> s.in().studentId());

	private final List<StudentWeek> students;

	private final Set<Long> active;

	private final BigDecimal classAverage;

	private final BigDecimal classSubmissionRate;

	/**
	 * @param active the ids of the students active in the week
	 */
	ClassWeek(List<StudentWeek> students, Set<Long> active) {
		this.students = students.stream().sorted(ORDER).toList();
		this.active = Set.copyOf(active);
		this.classAverage = Numbers
			.mean(this.students.stream().map(StudentWeek::averageScore).filter(Objects::nonNull).toList());
		this.classSubmissionRate = Numbers
			.mean(this.students.stream().map(StudentWeek::submissionRate).filter(Objects::nonNull).toList());
	}

	List<StudentWeek> students() {
		return this.students;
	}

	BigDecimal classAverage() {
		return this.classAverage;
	}

	BigDecimal classSubmissionRate() {
		return this.classSubmissionRate;
	}

	TeacherWeeklyReport.Statistics statistics() {
		List<BigDecimal> scores = this.students.stream()
			.map(StudentWeek::averageScore)
			.filter(Objects::nonNull)
			.toList();
		Map<String, Integer> distribution = new LinkedHashMap<>();
		for (Engagement level : Engagement.values()) {
			distribution.put(level.label(),
					(int) this.students.stream().filter((s) -> s.engagement() == level).count());
		}
		int activeCount = (int) this.students.stream().filter((s) -> this.active.contains(s.in().studentId())).count();
		return new TeacherWeeklyReport.Statistics(this.students.size(), activeCount, Numbers.round(this.classAverage),
				Numbers.round(this.classSubmissionRate),
				Numbers.round(scores.stream().max(Comparator.naturalOrder()).orElse(null)),
				Numbers.round(scores.stream().min(Comparator.naturalOrder()).orElse(null)), distribution);
	}

	TeacherWeeklyReport.Summary summary() {
		int concerns = (int) this.students.stream().filter((s) -> s.engagement().isConcern()).count();
		int top = (int) this.students.stream().filter((s) -> s.engagement().isTop()).count();
		return new TeacherWeeklyReport.Summary(this.students.size(), Numbers.round(this.classAverage),
				Numbers.round(this.classSubmissionRate), concerns, top);
	}

	/**
	 * The four class recommendations, checked in order.
	 */
	List<String> recommendations(Texts texts) {
		List<String> result = new ArrayList<>();
		if (Numbers.below(this.classAverage, 65)) {
			result.add(texts.get("reports.class.recommendation.low-average"));
		}
		if (Numbers.below(this.classSubmissionRate, 75)) {
			result.add(texts.get("reports.class.recommendation.low-submission-rate",
					this.classSubmissionRate.setScale(1, RoundingMode.HALF_UP).toPlainString()));
		}
		List<String> low = this.students.stream()
			.filter((s) -> s.engagement().isConcern())
			.map(StudentWeek::name)
			.toList();
		if (!low.isEmpty()) {
			result.add(texts.get("reports.class.recommendation.low-engagement",
					String.join(", ", low.subList(0, Math.min(3, low.size())))));
		}
		if (this.students.stream().anyMatch((s) -> s.in().late() > 2)) {
			result.add(texts.get("reports.class.recommendation.late"));
		}
		return result;
	}

}
