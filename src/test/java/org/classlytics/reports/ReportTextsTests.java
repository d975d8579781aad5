package org.classlytics.reports;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.reports.TeacherWeeklyRulesTests.dec;
import static org.classlytics.reports.TeacherWeeklyRulesTests.inputs;

class ReportTextsTests {

	@Test
	void writesEveryRuleThatFires() {
		// r = 100, s = 90, p = 8 (40 messages), h = 12, 1 late of 10 completed
		ReportTexts texts = texts(10, 10, 1, List.of(dec("90")), 40, 12 * 3600);
		assertThat(texts.performanceNotes()).isEqualTo("""
				Excellent submission rate. Student is consistently turning in assignments.
				High quality work. Strong understanding of concepts.
				1 late submissions this week.""");
		assertThat(texts.achievements()).isEqualTo("""
				Completed 10 assignments
				Demonstrated strong academic performance
				Active participation in class discussions
				Dedicated significant time to learning""");
		assertThat(texts.concerns()).isEqualTo("No specific concerns.");
		assertThat(texts.recommendations()).isEqualTo("Continue current study approach.");
	}

	@Test
	void writesTheLowRules() {
		// r = 40, s = 50, p = 2.8 (14 messages), h = 1.5
		ReportTexts texts = texts(10, 4, 0, List.of(dec("50")), 14, 5400);
		assertThat(texts.performanceNotes()).isEqualTo("""
				Low submission rate. Student needs support with assignment completion.
				Low scores indicate difficulty with material. Additional support recommended.""");
		assertThat(texts.achievements()).isEqualTo("Completed 4 assignments");
		assertThat(texts.concerns()).isEqualTo("""
				Low assignment submission rate
				Struggling with assignment content
				Limited time spent on materials
				Low participation in class discussions""");
		assertThat(texts.recommendations()).isEqualTo("""
				Encourage student to submit assignments on time
				Provide additional practice materials and tutoring support
				Encourage student to participate more in class discussions
				Suggest increased study time for better understanding""");
	}

	@Test
	void usesTheDefaultsWhenNoRuleFiresAndNullsNeverFire() {
		// r and s null, p = 4 (20 messages), h = 5
		ReportTexts texts = texts(0, 0, 0, List.of(), 20, 5 * 3600);
		assertThat(texts.performanceNotes()).isEqualTo("No specific notes.");
		assertThat(texts.achievements()).isEqualTo("No notable achievements this week.");
		assertThat(texts.concerns()).isEqualTo("No specific concerns.");
		assertThat(texts.recommendations()).isEqualTo("Continue current study approach.");
	}

	@Test
	void keepsTheThresholdsExact() {
		// r = 90 (not > 90), s = 85 (≥ 85), p = 7, h = 10; r = 50 and s = 60 are not low
		ReportTexts high = texts(10, 9, 0, List.of(dec("85")), 35, 10 * 3600);
		assertThat(high.performanceNotes()).isEqualTo("High quality work. Strong understanding of concepts.");
		assertThat(high.achievements()).contains("Active participation in class discussions",
				"Dedicated significant time to learning");
		ReportTexts middle = texts(10, 5, 0, List.of(dec("60")), 15, 2 * 3600);
		assertThat(middle.performanceNotes()).isEqualTo("No specific notes.");
		// r = 50 < 75, s = 60 < 70, p = 3 < 4, h = 2 < 5; nothing below the concern lines
		assertThat(middle.concerns()).isEqualTo("No specific concerns.");
		assertThat(middle.recommendations()).isEqualTo("""
				Encourage student to submit assignments on time
				Provide additional practice materials and tutoring support
				Encourage student to participate more in class discussions
				Suggest increased study time for better understanding""");
		ReportTexts upper = texts(4, 3, 0, List.of(dec("70")), 20, 5 * 3600);
		assertThat(upper.recommendations()).isEqualTo("Continue current study approach.");
	}

	private static ReportTexts texts(int total, int completed, int late, List<BigDecimal> scores, long messages,
			long seconds) {
		return ReportTexts.of(StudentWeek.of(inputs("Ann", "Abel", total, completed, late, scores, List.of(), 0, 0,
				BigDecimal.ZERO, 0, 0, messages, 0, seconds)), ReportBundles.english());
	}

}
