package org.classlytics.analytics;

import java.util.List;

import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.World;

import static org.classlytics.support.Api.body;
import static org.classlytics.support.CourseworkFixtures.create;

/**
 * Graded items for analytics tests, made through the API as the world's teacherA (who
 * teaches studentX).
 */
final class AnalyticsFixtures {

	private AnalyticsFixtures() {
	}

	static long quiz(Api.Caller teacher, World w, Object maxScore) {
		return create(teacher, "/api/quizzes",
				body("subject_id", w.subject().id(), "title", "Quiz", "max_score", maxScore));
	}

	static long attempt(Api.Caller teacher, long quiz, Person student, Object score, String completedAt) {
		return create(teacher, "/api/quizzes/" + quiz + "/attempts", body("student_id", student.id(), "started_at",
				completedAt, "completed_at", completedAt, "score", score));
	}

	static long assignment(Api.Caller teacher, World w, Object maxScore, String dueAt, Person... students) {
		return create(teacher, "/api/assignments",
				body("subject_id", w.subject().id(), "title", "Essay", "due_at", dueAt, "max_score", maxScore,
						"student_ids", List.of(students).stream().map(Person::id).toList(), "created_at",
						"2024-09-02T08:00:00Z"));
	}

	static long submit(Api.Caller caller, long assignment, Person student, String submittedAt) {
		return create(caller, "/api/assignments/" + assignment + "/submissions",
				body("student_id", student.id(), "submitted_at", submittedAt));
	}

	static Api.Reply grade(Api.Caller teacher, long submission, Object score, String gradedAt) {
		return teacher.post("/api/submissions/" + submission + "/grade", body("score", score, "graded_at", gradedAt));
	}

	/**
	 * An assignment worth 100 with one submission graded at the instant.
	 */
	static long graded(Api.Caller teacher, World w, Person student, Object score, String gradedAt) {
		long assignment = assignment(teacher, w, 100, gradedAt, student);
		long submission = submit(teacher, assignment, student, gradedAt);
		Api.Reply reply = grade(teacher, submission, score, gradedAt);
		if (reply.status() != 200) {
			throw new AssertionError(reply.toString());
		}
		return submission;
	}

}
