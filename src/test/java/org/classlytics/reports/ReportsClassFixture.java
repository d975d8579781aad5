package org.classlytics.reports;

import java.util.List;

import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.World;

import static org.classlytics.support.Api.body;
import static org.classlytics.support.AttendanceFixtures.attendance;
import static org.classlytics.support.CourseworkFixtures.create;
import static org.classlytics.support.MessagingFixtures.messageAs;
import static org.classlytics.support.MessagingFixtures.room;

/**
 * A small class of teacherA in the {@link World} (Europe/Athens), with known coursework,
 * attendance, chat and study time in the week of Monday 2025-03-10:
 *
 * <ul>
 * <li>Xena Xenos: 2 of 2 due assignments submitted (1 late), graded 90% and 75%, one
 * feedback of 60 characters, material completed, attendance 3 of 4, 3 messages sent and 2
 * received, 1.5 h of study;</li>
 * <li>Mia Moss: 1 of 2 submitted (late), graded 40% on Sunday 23:30 Athens time with a
 * 10-character feedback, material at 40%, absent once, 1 sent and 4 received;</li>
 * <li>Ned Nash: 1 assignment due, nothing else.</li>
 * </ul>
 */
final class ReportsClassFixture {

	static final String WEEK = "2025-03-10";

	final World w;

	final Person mia;

	final Person ned;

	final long essay;

	final long quizWork;

	ReportsClassFixture(Api api, Fixtures fixtures) {
		this.w = World.create(fixtures);
		Fixtures.TestSchool school = this.w.school();
		this.mia = school.student("Mia", "Moss", this.w.classSection(), null);
		this.ned = school.student("Ned", "Nash", this.w.classSection(), this.w.tutorX());
		school.enroll(this.mia, this.w.teacherA(), this.w.subject());
		school.enroll(this.ned, this.w.teacherA(), this.w.subject());
		Api.Caller teacher = api.as(this.w.token("teacherA"));
		Api.Caller admin = api.as(this.w.token("admin"));
		Person xena = this.w.studentX();
		long subject = this.w.subject().id();

		this.essay = create(teacher, "/api/assignments",
				body("subject_id", subject, "title", "Essay", "due_at", "2025-03-12T10:00:00Z", "max_score", 50,
						"student_ids", List.of(xena.id(), this.mia.id(), this.ned.id()), "created_at",
						"2025-03-03T08:00:00Z"));
		this.quizWork = create(teacher, "/api/assignments",
				body("subject_id", subject, "title", "Worksheet", "due_at", "2025-03-14T10:00:00Z", "max_score", 20,
						"student_ids", List.of(xena.id(), this.mia.id()), "created_at", "2025-03-03T08:00:00Z"));
		long later = create(teacher, "/api/assignments",
				body("subject_id", subject, "title", "Project", "due_at", "2025-03-20T10:00:00Z", "max_score", 10,
						"student_ids", List.of(xena.id()), "created_at", "2025-03-03T08:00:00Z"));

		long x1 = submit(teacher, this.essay, xena, "2025-03-11T09:00:00Z");
		grade(teacher, x1, 45, "x".repeat(60), "2025-03-13T09:00:00Z");
		long x2 = submit(teacher, this.quizWork, xena, "2025-03-14T11:00:00Z");
		grade(teacher, x2, 15, null, "2025-03-15T10:00:00Z");
		submit(teacher, later, xena, "2025-03-16T08:00:00Z");
		long m1 = submit(teacher, this.essay, this.mia, "2025-03-12T11:00:00Z");
		grade(teacher, m1, 20, "Needs work", "2025-03-16T21:30:00Z");

		long material = create(teacher, "/api/materials", body("subject_id", subject, "title", "Chapter 3",
				"student_ids", List.of(xena.id(), this.mia.id()), "created_at", "2025-03-03T08:00:00Z"));
		progress(teacher, material, xena, 100, "2025-03-15T08:00:00Z");
		progress(teacher, material, this.mia, 40, null);

		attendance(teacher, xena.id(), "2025-03-10", "PRESENT");
		attendance(teacher, xena.id(), "2025-03-11", "LATE");
		attendance(teacher, xena.id(), "2025-03-12", "ABSENT");
		attendance(teacher, xena.id(), "2025-03-13", "PRESENT");
		attendance(teacher, this.mia.id(), "2025-03-10", "ABSENT");

		create(admin, "/api/study-sessions", body("student_id", xena.id(), "subject_id", subject, "material_id",
				material, "started_at", "2025-03-11T15:00:00Z", "duration_seconds", 3600));
		create(admin, "/api/study-sessions", body("student_id", xena.id(), "subject_id", subject, "material_id",
				material, "started_at", "2025-03-12T15:00:00Z", "duration_seconds", 1800));

		long chat = room(teacher, "9A maths", xena, this.mia);
		messageAs(admin, chat, xena, "2025-03-11T10:00:00Z");
		messageAs(admin, chat, xena, "2025-03-11T10:01:00Z");
		messageAs(admin, chat, xena, "2025-03-11T10:02:00Z");
		messageAs(admin, chat, this.mia, "2025-03-11T10:03:00Z");
		messageAs(admin, chat, this.w.teacherA(), "2025-03-11T10:04:00Z");
	}

	private static long submit(Api.Caller caller, long assignment, Person student, String at) {
		return create(caller, "/api/assignments/" + assignment + "/submissions",
				body("student_id", student.id(), "submitted_at", at));
	}

	private static void grade(Api.Caller caller, long submission, int score, String feedback, String at) {
		Api.Reply reply = caller.post("/api/submissions/" + submission + "/grade",
				body("score", score, "feedback", feedback, "graded_at", at));
		if (reply.status() != 200) {
			throw new IllegalStateException("Grading failed: " + reply);
		}
	}

	private static void progress(Api.Caller caller, long material, Person student, int percent, String completedAt) {
		create(caller, "/api/materials/" + material + "/progress",
				body("student_id", student.id(), "progress_percent", percent, "completed_at", completedAt));
	}

}
