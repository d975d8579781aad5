package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.classlytics.roster.Subject;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * The set-based reads of the {@link Coursework} facade that reports use: one query for a
 * group of students over a period, with optional teacher and subject filters.
 */
@IntegrationTest
class CourseworkActivityReadsTests {

	private static final Instant FROM = Instant.parse("2025-03-10T00:00:00Z");

	private static final Instant TO = Instant.parse("2025-03-17T00:00:00Z");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Coursework coursework;

	private World w;

	private Subject art;

	private long essay;

	private long drawing;

	private long submitted;

	private long material;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.art = this.w.school().subject("Art", "ART");
		this.w.school().enroll(this.w.studentX(), this.w.teacherA(), this.art);
		Api.Caller teacher = this.api.as(this.w.token("teacherA"));
		long x = this.w.studentX().id();
		this.essay = create(teacher, "/api/assignments", body("subject_id", this.w.subject().id(), "title", "Essay",
				"due_at", "2025-03-12T10:00:00Z", "max_score", 50, "student_ids", List.of(x)));
		this.drawing = create(teacher, "/api/assignments", body("subject_id", this.art.id(), "title", "Drawing",
				"due_at", "2025-03-16T23:59:59Z", "max_score", 10, "student_ids", List.of(x)));
		create(teacher, "/api/assignments", body("subject_id", this.art.id(), "title", "Later", "due_at",
				"2025-03-17T00:00:00Z", "max_score", 10, "student_ids", List.of(x)));
		this.submitted = create(teacher, "/api/assignments/" + this.essay + "/submissions",
				body("student_id", x, "submitted_at", "2025-03-12T11:00:00Z"));
		teacher.post("/api/submissions/" + this.submitted + "/grade",
				body("score", 40, "feedback", "Good", "graded_at", "2025-03-20T10:00:00Z"));
		this.material = create(teacher, "/api/materials",
				body("subject_id", this.art.id(), "title", "Colours", "student_ids", List.of(x)));
		create(teacher, "/api/materials/" + this.material + "/progress", body("student_id", x, "progress_percent", 30));
		Api.Caller admin = this.api.as(this.w.token("admin"));
		create(admin, "/api/study-sessions", body("student_id", x, "subject_id", this.art.id(), "material_id",
				this.material, "started_at", "2025-03-11T10:00:00Z", "duration_seconds", 600));
		create(admin, "/api/study-sessions", body("student_id", x, "subject_id", this.art.id(), "material_id",
				this.material, "started_at", "2025-03-16T23:00:00Z", "duration_seconds", 300));
		create(admin, "/api/study-sessions", body("student_id", x, "subject_id", this.art.id(), "material_id",
				this.material, "started_at", "2025-03-17T00:00:00Z", "duration_seconds", 900));
		long quiz = create(teacher, "/api/quizzes",
				body("subject_id", this.w.subject().id(), "title", "Q", "max_score", 20));
		create(teacher, "/api/quizzes/" + quiz + "/attempts", body("student_id", x, "started_at",
				"2025-03-11T09:00:00Z", "completed_at", "2025-03-11T09:30:00Z", "score", 10, "teacher_score", 15));
		create(teacher, "/api/quizzes/" + quiz + "/attempts",
				body("student_id", x, "started_at", "2025-03-11T10:00:00Z"));
	}

	@Test
	void listsTheAssignmentsDueInThePeriodWithTheirSubmissions() {
		long x = this.w.studentX().id();
		List<AssignmentDue> due = this.coursework.assignmentsDue(List.of(x, this.w.studentY().id()), null, null, FROM,
				TO);

		assertThat(due).containsExactly(
				new AssignmentDue(this.essay, x, this.w.teacherA().id(), this.w.subject().id(),
						Instant.parse("2025-03-12T10:00:00Z"), Instant.parse("2025-03-12T11:00:00Z"), true),
				new AssignmentDue(this.drawing, x, this.w.teacherA().id(), this.art.id(),
						Instant.parse("2025-03-16T23:59:59Z"), null, null));
		assertThat(this.coursework.assignmentsDue(List.of(x), null, this.art.id(), FROM, TO))
			.extracting(AssignmentDue::assignmentId)
			.containsExactly(this.drawing);
		assertThat(this.coursework.assignmentsDue(List.of(x), this.w.teacherB().id(), null, FROM, TO)).isEmpty();
		assertThat(this.coursework.assignmentsDue(List.of(), null, null, FROM, TO)).isEmpty();
	}

	@Test
	void listsSubmissionsHandedInOrGradedInThePeriod() {
		long x = this.w.studentX().id();
		assertThat(this.coursework.submissionsIn(List.of(x), this.w.teacherA().id(), null, FROM, TO))
			.extracting(SubmissionFacts::submissionId)
			.containsExactly(this.submitted);
		List<SubmissionFacts> graded = this.coursework.submissionsIn(List.of(x), null, null, TO,
				Instant.parse("2025-03-24T00:00:00Z"));
		assertThat(graded).hasSize(1);
		assertThat(graded.get(0).percentage()).isEqualByComparingTo("80");
		assertThat(this.coursework.submissionsIn(List.of(x), null, this.art.id(), FROM, TO)).isEmpty();
	}

	@Test
	void listsCompletedScoredAttempts() {
		List<QuizAttemptFacts> attempts = this.coursework.gradedAttempts(List.of(this.w.studentX().id()), null, null,
				FROM, TO);

		assertThat(attempts).hasSize(1);
		assertThat(attempts.get(0).percentage()).isEqualByComparingTo("75");
	}

	@Test
	void listsAssignedMaterialsWithProgress() {
		long x = this.w.studentX().id();
		assertThat(this.coursework.materials(List.of(x), this.w.teacherA().id(), null))
			.containsExactly(new MaterialWork(this.material, x, this.w.teacherA().id(), this.art.id(),
					new BigDecimal("30.00"), null));
		assertThat(this.coursework.materials(List.of(x), null, this.w.subject().id())).isEmpty();
	}

	@Test
	void sumsStudyTimePerStudentAndSubject() {
		long x = this.w.studentX().id();
		assertThat(this.coursework.studyTime(List.of(x), this.w.teacherA().id(), null, FROM, TO))
			.containsExactly(new StudyTime(x, this.art.id(), 900));
		assertThat(this.coursework.studyTime(List.of(x), this.w.teacherB().id(), null, FROM, TO)).isEmpty();
	}

	@Test
	void readsAStudentReportsGradedItemsAndCountsItsAssignmentsDuePerSubject() {
		long x = this.w.studentX().id();
		StudentWork week = this.coursework.studentWork(List.of(x, this.w.studentY().id()), FROM, TO);

		// The submission was graded after the week; the attempt without completion does
		// not count; "Later" is due at the week's end, outside it.
		assertThat(week.graded()).singleElement().satisfies((item) -> {
			assertThat(item.studentId()).isEqualTo(x);
			assertThat(item.subjectId()).isEqualTo(this.w.subject().id());
			assertThat(item.quiz()).isTrue();
			assertThat(item.at()).isEqualTo(Instant.parse("2025-03-11T09:30:00Z"));
			assertThat(item.percentage()).isEqualByComparingTo("75");
		});
		assertThat(week.due()).containsExactlyElementsOf(java.util.stream.Stream
			.of(new DueCount(x, this.w.subject().id(), 1, 1), new DueCount(x, this.art.id(), 1, 0))
			.sorted(java.util.Comparator.comparingLong(DueCount::subjectId))
			.toList());

		StudentWork next = this.coursework.studentWork(List.of(x), TO, Instant.parse("2025-03-24T00:00:00Z"));
		assertThat(next.graded()).singleElement().satisfies((item) -> {
			assertThat(item.id()).isEqualTo(this.submitted);
			assertThat(item.subjectId()).isEqualTo(this.w.subject().id());
			assertThat(item.quiz()).isFalse();
			assertThat(item.at()).isEqualTo(Instant.parse("2025-03-20T10:00:00Z"));
			assertThat(item.percentage()).isEqualByComparingTo("80");
		});
		assertThat(next.due()).containsExactly(new DueCount(x, this.art.id(), 1, 0));
		assertThat(this.coursework.studentWork(List.of(), FROM, TO)).isEqualTo(new StudentWork(List.of(), List.of()));
	}

}
