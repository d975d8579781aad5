package org.classlytics.reports;

import java.math.BigDecimal;

/**
 * One student's week with a teacher, every figure unrounded, as metrics.md "Teacher
 * weekly report" defines it. {@link #row()} rounds for the reply.
 */
record StudentWeek(StudentWeekInputs in, BigDecimal submissionRate, BigDecimal averageScore, int feedbackQuality,
		BigDecimal learningProgress, BigDecimal attendance, BigDecimal chatParticipation, BigDecimal hours, int points,
		Engagement engagement) {

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	static StudentWeek of(StudentWeekInputs in) {
		BigDecimal submissionRate = Numbers.rate(in.assignmentsCompleted(), in.assignmentsTotal());
		BigDecimal averageScore = Numbers.mean(in.gradedPercentages());
		int feedbackQuality = feedbackQuality(in);
		BigDecimal learningProgress = (in.materialsAssigned() == 0) ? null
				: Numbers.divide(in.progressSum(), BigDecimal.valueOf(in.materialsAssigned()));
		BigDecimal attendance = Numbers.rate(in.attended(), in.recorded());
		BigDecimal chat = Numbers.divide(BigDecimal.valueOf(in.chatSent() + in.chatReceived()), FIVE).min(TEN);
		BigDecimal hours = Numbers.divide(BigDecimal.valueOf(in.studySeconds()), SECONDS_PER_HOUR);
		int points = Engagement.points(submissionRate, attendance, chat, hours);
		return new StudentWeek(in, submissionRate, averageScore, feedbackQuality, learningProgress, attendance, chat,
				hours, points, Engagement.of(points));
	}

	/**
	 * By the mean feedback length L in characters over the graded submissions with
	 * feedback: L &gt; 150 → 8, L &gt; 50 → 6, L &gt; 0 → 3, no feedback → 0.
	 */
	static int feedbackQuality(StudentWeekInputs in) {
		if (in.feedbacks().isEmpty()) {
			return 0;
		}
		long characters = in.feedbacks().stream().mapToLong((text) -> text.codePointCount(0, text.length())).sum();
		BigDecimal mean = Numbers.divide(BigDecimal.valueOf(characters), BigDecimal.valueOf(in.feedbacks().size()));
		if (Numbers.above(mean, 150)) {
			return 8;
		}
		if (Numbers.above(mean, 50)) {
			return 6;
		}
		return Numbers.above(mean, 0) ? 3 : 0;
	}

	String name() {
		return this.in.firstName() + " " + this.in.lastName();
	}

	TeacherWeeklyReport.StudentLine row() {
		return new TeacherWeeklyReport.StudentLine(this.in.studentId(), name(), this.in.firstName(), this.in.lastName(),
				this.in.assignmentsTotal(), this.in.assignmentsCompleted(), this.in.onTime(), this.in.late(),
				Numbers.round(this.submissionRate), this.in.gradedPercentages().size(),
				Numbers.round(this.averageScore), this.in.feedbacks().size(), this.feedbackQuality,
				this.in.materialsAssigned(), this.in.materialsCompleted(), Numbers.round(this.learningProgress),
				Numbers.round(this.attendance), this.in.chatSent(), this.in.chatReceived(),
				Numbers.round(this.chatParticipation), Numbers.round(this.hours), this.points, this.engagement);
	}

}
