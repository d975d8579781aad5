package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.classlytics.attendance.AttendanceTally;
import org.classlytics.coursework.AssignmentDue;
import org.classlytics.coursework.MaterialTotal;
import org.classlytics.coursework.StudyTime;
import org.classlytics.coursework.SubmissionFacts;
import org.classlytics.coursework.SubmissionStatus;
import org.classlytics.messaging.ChatActivity;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class's rows arrive mixed, as the set-based queries return them; each student's line
 * counts exactly their own, per subject when one is asked for.
 */
class ClassFactsTests {

	private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-03-09T00:00:00Z");

	private static final Instant IN_WEEK = Instant.parse("2026-03-04T10:00:00Z");

	private static final Instant BEFORE = Instant.parse("2026-02-25T10:00:00Z");

	private static final long ANNA = 1;

	private static final long BORIS = 2;

	private static final long CARL = 3;

	private static final long MATHS = 10;

	private static final long ART = 20;

	private final ClassFacts facts = ClassFacts.of(
			Map.of(ANNA, person(ANNA, "Anna"), BORIS, person(BORIS, "Boris"), CARL, person(CARL, "Carl")),
			List.of(due(110, ANNA, MATHS, IN_WEEK, false), due(110, BORIS, MATHS, null, null),
					due(120, ANNA, ART, IN_WEEK, true), due(120, BORIS, ART, IN_WEEK, true),
					due(111, ANNA, MATHS, null, null)),
			List.of(graded(ANNA, MATHS, "8", "10", "Good", IN_WEEK), graded(BORIS, ART, "3", "4", " ", BEFORE),
					graded(ANNA, ART, "1", "2", "Careful", IN_WEEK), submittedBefore(BORIS, MATHS),
					gradedBefore(ANNA, MATHS)),
			List.of(new MaterialTotal(BORIS, 7, MATHS, 2, 1, new BigDecimal("150")),
					new MaterialTotal(ANNA, 7, MATHS, 3, 3, new BigDecimal("300"))),
			List.of(new StudyTime(ANNA, MATHS, 1800), new StudyTime(BORIS, MATHS, 0), new StudyTime(ANNA, ART, 600)),
			List.of(new AttendanceTally(BORIS, 0, 0, 1, 1), new AttendanceTally(ANNA, 1, 1, 0, 0)),
			Map.of(CARL, new ChatActivity(1, 4), BORIS, new ChatActivity(0, 2)), FROM, TO);

	@Test
	void aStudentsLineCountsOnlyTheirOwnRowsOverEverySubject() {
		assertThat(this.facts.inputs(ANNA, null)).isEqualTo(new StudentWeekInputs(ANNA, "Anna", "Test", 3, 2, 1, 1,
				List.of(new BigDecimal("80"), new BigDecimal("50")), List.of("Good", "Careful"), 3, 3,
				new BigDecimal("300"), 2, 2, 0, 0, 2400));
		assertThat(this.facts.inputs(BORIS, null)).isEqualTo(new StudentWeekInputs(BORIS, "Boris", "Test", 2, 1, 0, 1,
				List.of(new BigDecimal("75")), List.of(), 2, 1, new BigDecimal("150"), 0, 2, 0, 2, 0));
	}

	@Test
	void aSubjectNarrowsCourseworkButNotAttendanceOrChat() {
		assertThat(this.facts.inputs(ANNA, MATHS)).isEqualTo(new StudentWeekInputs(ANNA, "Anna", "Test", 2, 1, 1, 0,
				List.of(new BigDecimal("80")), List.of("Good"), 3, 3, new BigDecimal("300"), 2, 2, 0, 0, 1800));
		assertThat(this.facts.inputs(BORIS, ART)).isEqualTo(new StudentWeekInputs(BORIS, "Boris", "Test", 1, 1, 0, 1,
				List.of(new BigDecimal("75")), List.of(), 0, 0, BigDecimal.ZERO, 0, 2, 0, 2, 0));
	}

	@Test
	void aStudentWithoutRowsHasAnEmptyLine() {
		assertThat(this.facts.inputs(CARL, null)).isEqualTo(new StudentWeekInputs(CARL, "Carl", "Test", 0, 0, 0, 0,
				List.of(), List.of(), 0, 0, BigDecimal.ZERO, 0, 0, 1, 4, 0));
	}

	@Test
	void theActiveStudentsSubmittedStudiedSentAMessageOrAttendedInTheWeek() {
		// Anna submitted and attended. Boris submitted only before the week (one of his
		// submissions was graded in it), studied 0 s, only received messages and was
		// absent or excused. Carl sent a message.
		assertThat(this.facts.activeStudents()).containsExactlyInAnyOrder(ANNA, CARL);
	}

	private static Person person(long id, String firstName) {
		return new Person(id, 1, firstName.toLowerCase(Locale.ROOT) + "@school.example", firstName, "Test",
				Role.STUDENT, true, Locale.ENGLISH, null, null);
	}

	private static AssignmentDue due(long assignment, long student, long subject, Instant submittedAt, Boolean late) {
		return new AssignmentDue(assignment, student, 7, subject, IN_WEEK, submittedAt, late);
	}

	/**
	 * Graded in the week, submitted when given.
	 */
	private static SubmissionFacts graded(long student, long subject, String score, String max, String feedback,
			Instant submittedAt) {
		return new SubmissionFacts(1000 + student * 10 + subject, 100 + subject, student, 7, subject, 1, submittedAt,
				IN_WEEK, false, SubmissionStatus.GRADED, new BigDecimal(score), new BigDecimal(max), IN_WEEK, feedback);
	}

	/**
	 * Submitted and graded the week before: counts in no figure of this week.
	 */
	private static SubmissionFacts gradedBefore(long student, long subject) {
		return new SubmissionFacts(3000 + student, 130 + subject, student, 7, subject, 1, BEFORE, BEFORE, false,
				SubmissionStatus.GRADED, new BigDecimal("5"), new BigDecimal("10"), BEFORE, "Last week's");
	}

	private static SubmissionFacts submittedBefore(long student, long subject) {
		return new SubmissionFacts(2000 + student, 100 + subject, student, 7, subject, 1, BEFORE, BEFORE, false,
				SubmissionStatus.SUBMITTED, null, new BigDecimal("10"), null, null);
	}

}
