package org.classlytics.reports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeacherWeeklyRulesTests {

	@Test
	void scoresRatesOnTheEngagementScale() {
		assertThat(Engagement.ratePoints(dec("100"))).isEqualTo(3);
		assertThat(Engagement.ratePoints(dec("80"))).isEqualTo(3);
		assertThat(Engagement.ratePoints(dec("79.99"))).isEqualTo(2);
		assertThat(Engagement.ratePoints(dec("50"))).isEqualTo(2);
		assertThat(Engagement.ratePoints(dec("49.99"))).isEqualTo(1);
		assertThat(Engagement.ratePoints(dec("0.01"))).isEqualTo(1);
		assertThat(Engagement.ratePoints(dec("0"))).isEqualTo(0);
		assertThat(Engagement.ratePoints(null)).isEqualTo(0);
	}

	@Test
	void scoresChatAndStudyTime() {
		assertThat(Engagement.chatPoints(dec("10"))).isEqualTo(2);
		assertThat(Engagement.chatPoints(dec("7"))).isEqualTo(2);
		assertThat(Engagement.chatPoints(dec("6.99"))).isEqualTo(1);
		assertThat(Engagement.chatPoints(dec("4"))).isEqualTo(1);
		assertThat(Engagement.chatPoints(dec("3.99"))).isEqualTo(0);
		assertThat(Engagement.timePoints(dec("10"))).isEqualTo(2);
		assertThat(Engagement.timePoints(dec("9.99"))).isEqualTo(1);
		assertThat(Engagement.timePoints(dec("5"))).isEqualTo(1);
		assertThat(Engagement.timePoints(dec("4.99"))).isEqualTo(0);
	}

	@Test
	void namesTheLevelOfEachTotal() {
		assertThat(Engagement.of(10)).isEqualTo(Engagement.VERY_HIGH);
		assertThat(Engagement.of(9)).isEqualTo(Engagement.VERY_HIGH);
		assertThat(Engagement.of(8)).isEqualTo(Engagement.HIGH);
		assertThat(Engagement.of(7)).isEqualTo(Engagement.HIGH);
		assertThat(Engagement.of(6)).isEqualTo(Engagement.MEDIUM);
		assertThat(Engagement.of(5)).isEqualTo(Engagement.MEDIUM);
		assertThat(Engagement.of(4)).isEqualTo(Engagement.LOW);
		assertThat(Engagement.of(3)).isEqualTo(Engagement.LOW);
		assertThat(Engagement.of(2)).isEqualTo(Engagement.VERY_LOW);
		assertThat(Engagement.of(0)).isEqualTo(Engagement.VERY_LOW);
		assertThat(Engagement.VERY_HIGH.label()).isEqualTo("Very High");
		assertThat(Engagement.VERY_LOW.label()).isEqualTo("Very Low");
	}

	@Test
	void givesTenPointsForTheSpecExample() {
		// (90, 90, 8, 15 h): 3 + 3 + 2 + 2
		assertThat(Engagement.points(dec("90"), dec("90"), dec("8"), dec("15"))).isEqualTo(10);
		StudentWeek week = StudentWeek
			.of(inputs("Ann", "Abel", 10, 9, 0, List.of(), List.of(), 0, 0, BigDecimal.ZERO, 9, 10, 20, 20, 15 * 3600));
		assertThat(week.row().submissionRate()).isEqualByComparingTo("90.00");
		assertThat(week.row().attendancePercentage()).isEqualByComparingTo("90.00");
		assertThat(week.row().chatParticipation()).isEqualByComparingTo("8.00");
		assertThat(week.row().timeSpentHours()).isEqualByComparingTo("15.00");
		assertThat(week.points()).isEqualTo(10);
		assertThat(week.engagement()).isEqualTo(Engagement.VERY_HIGH);
	}

	@Test
	void ratesFeedbackByItsMeanLength() {
		assertThat(quality()).isEqualTo(0);
		assertThat(quality("x".repeat(151))).isEqualTo(8);
		assertThat(quality("x".repeat(150))).isEqualTo(6);
		assertThat(quality("x".repeat(100), "x".repeat(201))).isEqualTo(8);
		assertThat(quality("x".repeat(100), "x".repeat(200))).isEqualTo(6);
		assertThat(quality("x".repeat(51))).isEqualTo(6);
		assertThat(quality("x".repeat(50))).isEqualTo(3);
		assertThat(quality("x")).isEqualTo(3);
		// characters, not UTF-16 units or bytes
		assertThat(quality("α".repeat(51))).isEqualTo(6);
		assertThat(quality("😀".repeat(50))).isEqualTo(3);
	}

	@Test
	void computesEveryFieldOfAStudentUnroundedAndRoundsAtTheEnd() {
		StudentWeek week = StudentWeek
			.of(inputs("Ann", "Abel", 3, 2, 1, List.of(dec("90"), dec("85.5"), new BigDecimal("66.666666666666666666")),
					List.of("Good", "Well done"), 3, 1, dec("150"), 3, 4, 7, 5, 5400));
		TeacherWeeklyReport.StudentLine line = week.row();
		assertThat(line.assignmentsTotal()).isEqualTo(3);
		assertThat(line.assignmentsCompleted()).isEqualTo(2);
		assertThat(line.onTimeSubmissions()).isEqualTo(1);
		assertThat(line.lateSubmissions()).isEqualTo(1);
		assertThat(line.submissionRate()).isEqualTo(dec("66.67"));
		assertThat(line.assignmentsGraded()).isEqualTo(3);
		assertThat(line.averageScore()).isEqualTo(dec("80.72"));
		assertThat(line.feedbackGiven()).isEqualTo(2);
		assertThat(line.feedbackQualityScore()).isEqualTo(3);
		assertThat(line.materialsAssigned()).isEqualTo(3);
		assertThat(line.materialsCompleted()).isEqualTo(1);
		assertThat(line.learningProgress()).isEqualTo(dec("50.00"));
		assertThat(line.attendancePercentage()).isEqualTo(dec("75.00"));
		assertThat(line.chatMessagesSent()).isEqualTo(7);
		assertThat(line.chatMessagesReceived()).isEqualTo(5);
		assertThat(line.chatParticipation()).isEqualTo(dec("2.40"));
		assertThat(line.timeSpentHours()).isEqualTo(dec("1.50"));
		// 2 (66.67) + 2 (75) + 0 + 0
		assertThat(line.engagementPoints()).isEqualTo(4);
		assertThat(line.engagementLevel()).isEqualTo(Engagement.LOW);
	}

	@Test
	void leavesFiguresWithoutInputNull() {
		TeacherWeeklyReport.StudentLine line = StudentWeek
			.of(inputs("Ann", "Abel", 0, 0, 0, List.of(), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0))
			.row();
		assertThat(line.submissionRate()).isNull();
		assertThat(line.averageScore()).isNull();
		assertThat(line.learningProgress()).isNull();
		assertThat(line.attendancePercentage()).isNull();
		assertThat(line.feedbackQualityScore()).isZero();
		assertThat(line.chatParticipation()).isEqualTo(dec("0.00"));
		assertThat(line.timeSpentHours()).isEqualTo(dec("0.00"));
		assertThat(line.engagementPoints()).isZero();
		assertThat(line.engagementLevel()).isEqualTo(Engagement.VERY_LOW);
	}

	@Test
	void keepsAZeroAverageAsZero() {
		TeacherWeeklyReport.StudentLine line = StudentWeek
			.of(inputs("Ann", "Abel", 1, 1, 0, List.of(dec("0"), dec("0")), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 0,
					0, 0))
			.row();
		assertThat(line.averageScore()).isEqualTo(dec("0.00"));
	}

	@Test
	void capsChatParticipationAtTen() {
		assertThat(StudentWeek
			.of(inputs("Ann", "Abel", 0, 0, 0, List.of(), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 40, 20, 0))
			.row()
			.chatParticipation()).isEqualTo(dec("10.00"));
		assertThat(StudentWeek
			.of(inputs("Ann", "Abel", 0, 0, 0, List.of(), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 3, 0, 0))
			.row()
			.chatParticipation()).isEqualTo(dec("0.60"));
	}

	@Test
	void ordersByAverageThenRateThenNameWithNullsLast() {
		StudentWeek noScore = week("Zoe", "Adams", 2, 2, List.of());
		StudentWeek noScoreLowRate = week("Amy", "Adams", 2, 1, List.of());
		StudentWeek top = week("Bea", "Zed", 2, 1, List.of(dec("95")));
		StudentWeek tieHighRate = week("Cid", "Young", 2, 2, List.of(dec("80")));
		StudentWeek tieLowRateB = week("Dan", "Brown", 2, 1, List.of(dec("80")));
		StudentWeek tieLowRateA = week("Eve", "Brown", 2, 1, List.of(dec("80")));
		StudentWeek tieNoRate = week("Al", "Able", 0, 0, List.of(dec("80")));
		ClassWeek week = new ClassWeek(
				List.of(noScore, tieLowRateA, tieNoRate, top, noScoreLowRate, tieHighRate, tieLowRateB), Set.of());
		assertThat(week.students().stream().map(StudentWeek::name)).containsExactly("Bea Zed", "Cid Young", "Dan Brown",
				"Eve Brown", "Al Able", "Zoe Adams", "Amy Adams");
	}

	@Test
	void computesClassStatisticsAndSummary() {
		StudentWeek a = StudentWeek.of(inputs("Ann", "A", 4, 4, 0, List.of(dec("90"), dec("80")), List.of(), 0, 0,
				BigDecimal.ZERO, 5, 5, 40, 0, 12 * 3600));
		StudentWeek b = StudentWeek
			.of(inputs("Ben", "B", 4, 1, 0, List.of(dec("70")), List.of(), 0, 0, BigDecimal.ZERO, 1, 5, 0, 0, 0));
		StudentWeek c = StudentWeek
			.of(inputs("Cal", "C", 0, 0, 0, List.of(), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
		ClassWeek week = new ClassWeek(List.of(a, b, c), Set.of(a.in().studentId(), b.in().studentId()));
		TeacherWeeklyReport.Statistics statistics = week.statistics();
		assertThat(statistics.totalStudents()).isEqualTo(3);
		assertThat(statistics.activeStudents()).isEqualTo(2);
		// (85 + 70) / 2 and (100 + 25) / 2
		assertThat(statistics.classAverageScore()).isEqualTo(dec("77.50"));
		assertThat(statistics.classSubmissionRate()).isEqualTo(dec("62.50"));
		assertThat(statistics.highestScore()).isEqualTo(dec("85.00"));
		assertThat(statistics.lowestScore()).isEqualTo(dec("70.00"));
		assertThat(statistics.engagementDistribution()).containsExactly(java.util.Map.entry("Very High", 1),
				java.util.Map.entry("High", 0), java.util.Map.entry("Medium", 0), java.util.Map.entry("Low", 0),
				java.util.Map.entry("Very Low", 2));
		TeacherWeeklyReport.Summary summary = week.summary();
		assertThat(summary).isEqualTo(new TeacherWeeklyReport.Summary(3, dec("77.50"), dec("62.50"), 2, 1));
	}

	@Test
	void leavesClassFiguresNullWithoutData() {
		ClassWeek week = new ClassWeek(List.of(), Set.of());
		TeacherWeeklyReport.Statistics statistics = week.statistics();
		assertThat(statistics.classAverageScore()).isNull();
		assertThat(statistics.classSubmissionRate()).isNull();
		assertThat(statistics.highestScore()).isNull();
		assertThat(statistics.lowestScore()).isNull();
		assertThat(statistics.engagementDistribution().values()).containsExactly(0, 0, 0, 0, 0);
		assertThat(week.recommendations(ReportBundles.english())).isEmpty();
	}

	@Test
	void givesTheFourClassRecommendationsWordForWord() {
		StudentWeek a = StudentWeek
			.of(inputs("Ann", "Abel", 4, 3, 3, List.of(dec("64.98")), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
		StudentWeek b = StudentWeek
			.of(inputs("Ben", "Bell", 4, 3, 0, List.of(dec("65")), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
		StudentWeek c = StudentWeek.of(inputs("Cal", "Cole", 10, 7, 0, List.of(dec("64.99")), List.of(), 0, 0,
				BigDecimal.ZERO, 0, 0, 0, 0, 0));
		StudentWeek d = StudentWeek
			.of(inputs("Dee", "Dorn", 0, 0, 0, List.of(), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
		// average (64.98 + 65 + 64.99) / 3 = 64.99; rate (75 + 75 + 70) / 3 = 73.333...
		List<String> recommendations = new ClassWeek(List.of(a, b, c, d), Set.of())
			.recommendations(ReportBundles.english());
		assertThat(recommendations).containsExactly(
				"Class average score is below 65%. Consider reviewing lesson content and providing additional support materials.",
				"Class submission rate is 73.3%. Set clear deadlines and send reminders to students.",
				"Students with low engagement: Ben Bell, Cal Cole, Ann Abel. Consider reaching out for individual support or tutoring.",
				"Several students are submitting assignments late. Review deadline policies and discuss time management.");
	}

	@Test
	void skipsRecommendationsAtTheirThresholds() {
		// average exactly 65, rate exactly 75, Medium (2 + 3 = 5 points), 2 late
		StudentWeek a = StudentWeek
			.of(inputs("Ann", "Abel", 4, 3, 2, List.of(dec("65")), List.of(), 0, 0, BigDecimal.ZERO, 4, 4, 0, 0, 0));
		assertThat(a.engagement()).isEqualTo(Engagement.MEDIUM);
		assertThat(new ClassWeek(List.of(a), Set.of()).recommendations(ReportBundles.english())).isEmpty();
	}

	@Test
	void roundsTheSubmissionRateOfTheRecommendationHalfUp() {
		// (72.5 + 72.4) / 2 = 72.45 → 72.5
		StudentWeek a = StudentWeek
			.of(inputs("Ann", "Abel", 40, 29, 0, List.of(), List.of(), 0, 0, BigDecimal.ZERO, 10, 10, 0, 0, 0));
		StudentWeek b = StudentWeek
			.of(inputs("Ben", "Bell", 250, 181, 0, List.of(), List.of(), 0, 0, BigDecimal.ZERO, 10, 10, 0, 0, 0));
		assertThat(new ClassWeek(List.of(a, b), Set.of()).recommendations(ReportBundles.english()))
			.containsExactly("Class submission rate is 72.5%. Set clear deadlines and send reminders to students.");
	}

	@Test
	void translatesTheRecommendations() {
		StudentWeek a = StudentWeek
			.of(inputs("Ann", "Abel", 4, 1, 3, List.of(dec("10")), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
		ClassWeek week = new ClassWeek(List.of(a), Set.of());
		assertThat(week.recommendations(ReportBundles.texts(Locale.forLanguageTag("ru")))).containsExactly(
				"Средний балл класса ниже 65%. Рассмотрите возможность пересмотреть содержание уроков и предоставить дополнительные материалы.",
				"Доля сданных работ в классе составляет 25.0%. Установите чёткие сроки и отправляйте ученикам напоминания.",
				"Ученики с низкой вовлечённостью: Ann Abel. Рассмотрите возможность индивидуальной поддержки или занятий с репетитором.",
				"Несколько учеников сдают задания с опозданием. Пересмотрите правила сроков и обсудите планирование времени.");
		assertThat(week.recommendations(ReportBundles.texts(Locale.forLanguageTag("el")))).hasSize(4)
			.first()
			.asString()
			.startsWith("Ο μέσος όρος της τάξης είναι κάτω από 65%.");
	}

	private static int quality(String... feedbacks) {
		return StudentWeek
			.feedbackQuality(inputs("Ann", "Abel", 0, 0, 0, Collections.nCopies(feedbacks.length, BigDecimal.TEN),
					List.of(feedbacks), 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
	}

	private static StudentWeek week(String first, String last, int total, int completed, List<BigDecimal> scores) {
		return StudentWeek
			.of(inputs(first, last, total, completed, 0, scores, List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
	}

	private static long ids = 1;

	static StudentWeekInputs inputs(String first, String last, int total, int completed, int late,
			List<BigDecimal> scores, List<String> feedbacks, int materials, int materialsCompleted,
			BigDecimal progressSum, int attended, int recorded, long sent, long received, long seconds) {
		return new StudentWeekInputs(ids++, first, last, total, completed, completed - late, late, scores, feedbacks,
				materials, materialsCompleted, progressSum, attended, recorded, sent, received, seconds);
	}

	static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

}
