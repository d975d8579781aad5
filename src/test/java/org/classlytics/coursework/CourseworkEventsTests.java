package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.classlytics.support.Api;
import org.classlytics.support.CourseworkFixtures.Events;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.assignment;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.CourseworkFixtures.material;
import static org.classlytics.support.CourseworkFixtures.quiz;

/**
 * The events are the contract with analytics, reports and caches: each carries exactly
 * the facts of the record after (and before) the write.
 */
@IntegrationTest
class CourseworkEventsTests {

	private static final Instant CREATED = Instant.parse("2025-03-03T08:00:00Z");

	private static final Instant DUE = Instant.parse("2025-03-10T12:00:00Z");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Coursework coursework;

	private World w;

	private Events events;

	private Api.Caller teacherA;

	private long school;

	private long teacher;

	private long subject;

	private long student;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.events = Events.record(this.context);
		this.teacherA = this.api.as(this.w.token("teacherA"));
		this.school = this.w.school().id();
		this.teacher = this.w.teacherA().id();
		this.subject = this.w.subject().id();
		this.student = this.w.studentX().id();
	}

	@AfterEach
	void tearDown() {
		this.events.close();
	}

	@Test
	void anAssignmentsLifeIsPublishedWithItsFacts() {
		long id = create(this.teacherA, "/api/assignments", assignment(this.w, this.w.studentX()));
		AssignmentFacts created = new AssignmentFacts(id, this.school, this.teacher, this.subject, "Essay", CREATED,
				DUE, new BigDecimal("50.00"), Set.of(this.student));
		assertThat(this.events.all()).containsExactly(new AssignmentCreated(created));
		assertThat(this.coursework.assignment(id)).contains(created);

		this.events.clear();
		this.teacherA.patch("/api/assignments/" + id, body("due_at", "2025-03-11T12:00:00Z", "title", "Long essay"));
		AssignmentFacts moved = new AssignmentFacts(id, this.school, this.teacher, this.subject, "Long essay", CREATED,
				Instant.parse("2025-03-11T12:00:00Z"), new BigDecimal("50.00"), Set.of(this.student));
		assertThat(this.events.all()).containsExactly(new AssignmentChanged(moved, created));

		this.events.clear();
		this.teacherA.patch("/api/assignments/" + id, body("title", "Long essay"));
		assertThat(this.events.all()).isEmpty();

		this.teacherA.delete("/api/assignments/" + id);
		assertThat(this.events.all()).containsExactly(new AssignmentDeleted(moved));
		assertThat(this.coursework.assignment(id)).isEmpty();
	}

	@Test
	void submissionsAndGradesArePublishedWithTheirPreviousState() {
		long assignment = create(this.teacherA, "/api/assignments", assignment(this.w, this.w.studentX()));
		this.events.clear();

		long id = create(this.teacherA, "/api/assignments/" + assignment + "/submissions",
				body("student_id", this.student, "submitted_at", "2025-03-10T13:00:00Z"));
		SubmissionFacts submitted = submission(id, assignment, "2025-03-10T13:00:00Z", DUE, true,
				SubmissionStatus.SUBMITTED, null, null, null);
		assertThat(this.events.all()).containsExactly(new SubmissionSubmitted(submitted, null));

		this.events.clear();
		this.teacherA.post("/api/submissions/" + id + "/grade",
				body("score", 45, "feedback", "Good", "graded_at", "2025-03-12T10:00:00Z"));
		SubmissionFacts graded = submission(id, assignment, "2025-03-10T13:00:00Z", DUE, true, SubmissionStatus.GRADED,
				new BigDecimal("45.00"), Instant.parse("2025-03-12T10:00:00Z"), "Good");
		assertThat(this.events.all()).containsExactly(new SubmissionGraded(graded, submitted));
		assertThat(graded.percentage()).isEqualByComparingTo("90");
		assertThat(this.coursework.submission(id)).contains(graded);

		this.events.clear();
		create(this.api.as(this.w.token("studentX")), "/api/assignments/" + assignment + "/submissions",
				body("student_id", this.student, "submitted_at", "2025-03-10T11:00:00Z"));
		SubmissionFacts resubmitted = submission(id, assignment, "2025-03-10T11:00:00Z", DUE, false,
				SubmissionStatus.SUBMITTED, null, null, null);
		assertThat(this.events.all()).containsExactly(new SubmissionSubmitted(resubmitted, graded));
		assertThat(resubmitted.percentage()).isNull();

		this.events.clear();
		this.teacherA.patch("/api/assignments/" + assignment, body("due_at", "2025-03-10T10:00:00Z"));
		assertThat(this.events.of(AssignmentChanged.class)).hasSize(1);
		assertThat(this.events.all()).hasSize(1);

		this.events.clear();
		this.teacherA.delete("/api/submissions/" + id);
		assertThat(this.events.all())
			.containsExactly(new SubmissionDeleted(submission(id, assignment, "2025-03-10T11:00:00Z",
					Instant.parse("2025-03-10T10:00:00Z"), true, SubmissionStatus.SUBMITTED, null, null, null)));
	}

	@Test
	void quizzesAndAttemptsArePublishedWithTheirFacts() {
		long quiz = create(this.teacherA, "/api/quizzes", quiz(this.w));
		QuizFacts quizFacts = new QuizFacts(quiz, this.school, this.teacher, this.subject, "Fractions", CREATED,
				new BigDecimal("20.00"));
		assertThat(this.events.all()).containsExactly(new QuizCreated(quizFacts));

		this.events.clear();
		long id = create(this.api.as(this.w.token("studentX")), "/api/quizzes/" + quiz + "/attempts",
				body("student_id", this.student, "started_at", "2025-03-04T09:00:00Z", "completed_at",
						"2025-03-04T09:20:00Z", "score", 12));
		QuizAttemptFacts recorded = new QuizAttemptFacts(id, quiz, this.student, this.teacher, this.subject,
				this.school, Instant.parse("2025-03-04T09:00:00Z"), Instant.parse("2025-03-04T09:20:00Z"),
				new BigDecimal("12.00"), null, new BigDecimal("20.00"));
		assertThat(this.events.all()).containsExactly(new QuizAttemptRecorded(recorded, null));
		assertThat(recorded.counts()).isTrue();
		assertThat(recorded.percentage()).isEqualByComparingTo("60");

		this.events.clear();
		this.teacherA.patch("/api/quiz-attempts/" + id, body("teacher_score", 15));
		QuizAttemptFacts overridden = new QuizAttemptFacts(id, quiz, this.student, this.teacher, this.subject,
				this.school, Instant.parse("2025-03-04T09:00:00Z"), Instant.parse("2025-03-04T09:20:00Z"),
				new BigDecimal("12.00"), new BigDecimal("15.00"), new BigDecimal("20.00"));
		assertThat(this.events.all()).containsExactly(new QuizAttemptRecorded(overridden, recorded));
		assertThat(overridden.percentage()).isEqualByComparingTo("75");

		this.events.clear();
		this.teacherA.patch("/api/quizzes/" + quiz, body("title", "Fractions II"));
		QuizFacts renamed = new QuizFacts(quiz, this.school, this.teacher, this.subject, "Fractions II", CREATED,
				new BigDecimal("20.00"));
		assertThat(this.events.all()).containsExactly(new QuizChanged(renamed, quizFacts));

		this.events.clear();
		this.teacherA.delete("/api/quizzes/" + quiz);
		assertThat(this.events.all()).containsExactly(new QuizDeleted(renamed, List.of(overridden)));
	}

	@Test
	void aDeletedAttemptIsPublished() {
		long quiz = create(this.teacherA, "/api/quizzes", quiz(this.w));
		long id = create(this.teacherA, "/api/quizzes/" + quiz + "/attempts",
				body("student_id", this.student, "started_at", "2025-03-04T09:00:00Z"));
		QuizAttemptFacts open = new QuizAttemptFacts(id, quiz, this.student, this.teacher, this.subject, this.school,
				Instant.parse("2025-03-04T09:00:00Z"), null, null, null, new BigDecimal("20.00"));
		assertThat(open.counts()).isFalse();
		assertThat(open.percentage()).isNull();
		this.events.clear();

		this.teacherA.delete("/api/quiz-attempts/" + id);

		assertThat(this.events.all()).containsExactly(new QuizAttemptDeleted(open));
	}

	@Test
	void materialsProgressAndStudyTimeArePublishedWithTheirFacts() {
		long material = create(this.teacherA, "/api/materials", material(this.w, this.w.studentX()));
		MaterialFacts assigned = new MaterialFacts(material, this.school, this.teacher, this.subject, "Chapter 3",
				CREATED, Set.of(this.student));
		assertThat(this.events.all()).containsExactly(new MaterialAssigned(assigned));

		this.events.clear();
		Api.Caller studentX = this.api.as(this.w.token("studentX"));
		long progress = create(studentX, "/api/materials/" + material + "/progress",
				body("student_id", this.student, "progress_percent", 40));
		MaterialProgressFacts first = this.coursework.materialProgress(progress).orElseThrow();
		assertThat(first).isEqualTo(new MaterialProgressFacts(progress, material, this.student, this.teacher,
				this.subject, this.school, new BigDecimal("40.00"), null, first.recordedAt()));
		assertThat(this.events.all()).containsExactly(new MaterialProgressRecorded(first, null));

		this.events.clear();
		create(studentX, "/api/materials/" + material + "/progress",
				body("student_id", this.student, "progress_percent", 100, "completed_at", "2025-03-06T17:00:00Z"));
		MaterialProgressFacts done = this.coursework.materialProgress(progress).orElseThrow();
		assertThat(done.progressPercent()).isEqualTo(new BigDecimal("100.00"));
		assertThat(done.completedAt()).isEqualTo(Instant.parse("2025-03-06T17:00:00Z"));
		assertThat(this.events.all()).containsExactly(new MaterialProgressRecorded(done, first));

		this.events.clear();
		long session = create(studentX, "/api/study-sessions", body("student_id", this.student, "subject_id",
				this.subject, "material_id", material, "started_at", "2025-03-05T16:00:00Z", "duration_seconds", 1800));
		StudySessionFacts studied = new StudySessionFacts(session, this.student, this.subject, material, this.teacher,
				this.school, Instant.parse("2025-03-05T16:00:00Z"), 1800);
		assertThat(this.events.all()).containsExactly(new StudySessionRecorded(studied));
		assertThat(this.coursework.studySession(session)).contains(studied);

		this.events.clear();
		studentX.delete("/api/study-sessions/" + session);
		assertThat(this.events.all()).containsExactly(new StudySessionDeleted(studied));

		this.events.clear();
		this.teacherA.patch("/api/materials/" + material, body("title", "Chapter 3, revised"));
		MaterialFacts changed = new MaterialFacts(material, this.school, this.teacher, this.subject,
				"Chapter 3, revised", CREATED, Set.of(this.student));
		assertThat(this.events.all()).containsExactly(new MaterialChanged(changed, assigned));

		this.events.clear();
		this.teacherA.delete("/api/materials/" + material);
		assertThat(this.events.all()).containsExactly(new MaterialDeleted(changed, List.of(done)));
	}

	@Test
	void aFailedRequestPublishesNothingAndChangesNothing() {
		long assignment = create(this.teacherA, "/api/assignments", assignment(this.w, this.w.studentX()));
		long id = create(this.teacherA, "/api/assignments/" + assignment + "/submissions",
				body("student_id", this.student, "submitted_at", "2025-03-10T11:00:00Z"));
		this.teacherA.post("/api/submissions/" + id + "/grade", body("score", 30));
		SubmissionFacts before = this.coursework.submission(id).orElseThrow();
		AssignmentFacts assignmentBefore = this.coursework.assignment(assignment).orElseThrow();
		this.events.clear();

		assertThat(this.teacherA.post("/api/submissions/" + id + "/grade", body("score", 51)).status()).isEqualTo(400);
		assertThat(
				this.teacherA.patch("/api/assignments/" + assignment, body("max_score", 60, "title", "Other")).status())
			.isEqualTo(409);
		assertThat(this.teacherA
			.patch("/api/assignments/" + assignment,
					body("title", "Other", "student_ids", List.of(this.student, this.w.studentY().id())))
			.status()).isEqualTo(400);
		assertThat(this.teacherA
			.post("/api/assignments/" + assignment + "/submissions", body("student_id", this.w.studentY().id()))
			.status()).isEqualTo(400);

		assertThat(this.events.all()).isEmpty();
		assertThat(this.coursework.submission(id)).contains(before);
		assertThat(this.coursework.assignment(assignment)).contains(assignmentBefore);
	}

	private SubmissionFacts submission(long id, long assignment, String submittedAt, Instant due, boolean late,
			SubmissionStatus status, BigDecimal score, Instant gradedAt, String feedback) {
		return new SubmissionFacts(id, assignment, this.student, this.teacher, this.subject, this.school,
				Instant.parse(submittedAt), due, late, status, score, new BigDecimal("50.00"), gradedAt, feedback);
	}

}
