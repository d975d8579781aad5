package org.classlytics.reliability;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.classlytics.mail.Attachment;
import org.classlytics.mail.Mailer;
import org.classlytics.mail.OutgoingMail;
import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.World;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * The objects of the {@link PermissionMatrixTests}: one factory per kind of object a path
 * variable (or a body) names, made on a {@link Side} through the API as a client would. A
 * read reuses the side's object; a write that is to succeed gets a fresh one, so that no
 * case changes what a later case sees.
 */
final class PermissionObjects {

	/**
	 * The callers of the matrix, one per role, each named as in the {@link World}: the X
	 * side of the school is theirs.
	 */
	enum Role {

		ADMIN("admin"), TEACHER("teacherA"), TUTOR("tutorX"), PARENT("parentX"), STUDENT("studentX");

		final String who;

		Role(String who) {
			this.who = who;
		}

	}

	/**
	 * Where an object lives: the callers' own side of their school (teacherA, studentX,
	 * tutorX, parentX), the foreign side of the same school (teacherB, studentY, tutorY,
	 * parentY) or the X side of another school.
	 */
	record Side(String name, World world, boolean x) {

		Person teacher() {
			return this.x ? this.world.teacherA() : this.world.teacherB();
		}

		Person student() {
			return this.x ? this.world.studentX() : this.world.studentY();
		}

		Person tutor() {
			return this.x ? this.world.tutorX() : this.world.tutorY();
		}

		Person parent() {
			return this.x ? this.world.parentX() : this.world.parentY();
		}

		/**
		 * The token of the side's counterpart of an X-side caller: teacherB for teacherA,
		 * studentY for studentX on the foreign side.
		 */
		String token(String xName) {
			return this.world.token(this.x ? xName : xName.replace('A', 'B').replace('X', 'Y'));
		}

	}

	private static final String SCHEDULES = "/api/reports/schedules";

	private final Api api;

	private final Mailer mailer;

	private final JdbcClient jdbc;

	private final Map<String, Long> made = new HashMap<>();

	private final AtomicInteger sequence = new AtomicInteger();

	PermissionObjects(Api api, Mailer mailer, JdbcClient jdbc) {
		this.api = api;
		this.mailer = mailer;
		this.jdbc = jdbc;
	}

	Api.Caller admin(Side side) {
		return this.api.as(side.world().token("admin"));
	}

	Api.Caller teacher(Side side) {
		return this.api.as(side.token("teacherA"));
	}

	/**
	 * A number no other call returns, for unique names, codes and dates.
	 */
	int next() {
		return this.sequence.incrementAndGet();
	}

	/**
	 * A day no other call returns, so that an upsert per (student, date) makes a new row.
	 */
	String day() {
		return LocalDate.of(2030, 1, 1).plusDays(next()).toString();
	}

	/**
	 * The side's object of a kind: made once and reused, or made anew when fresh.
	 */
	long object(String kind, Side side, boolean fresh, LongSupplier make) {
		if (fresh) {
			return make.getAsLong();
		}
		String key = kind + "@" + side.name();
		Long id = this.made.get(key);
		if (id == null) {
			id = make.getAsLong();
			this.made.put(key, id);
		}
		return id;
	}

	long assignment(Side side, boolean fresh) {
		return object("assignment", side, fresh,
				() -> created(admin(side), "/api/assignments",
						body("subject_id", side.world().subject().id(), "title", "Essay", "due_at",
								"2025-03-10T12:00:00Z", "max_score", 50, "student_ids", List.of(side.student().id()),
								"teacher_id", side.teacher().id())));
	}

	long submission(Side side, boolean fresh) {
		return object("submission", side, fresh,
				() -> created(admin(side), "/api/assignments/" + assignment(side, true) + "/submissions",
						body("student_id", side.student().id())));
	}

	long quiz(Side side, boolean fresh) {
		return object("quiz", side, fresh,
				() -> created(admin(side), "/api/quizzes", body("subject_id", side.world().subject().id(), "title",
						"Fractions", "max_score", 20, "teacher_id", side.teacher().id())));
	}

	/**
	 * An attempt of the side's student, open (not yet scored) so that it may be
	 * completed.
	 */
	long attempt(Side side, boolean fresh) {
		return object("attempt", side, fresh, () -> created(admin(side),
				"/api/quizzes/" + quiz(side, false) + "/attempts", body("student_id", side.student().id())));
	}

	long material(Side side, boolean fresh) {
		return object("material", side, fresh,
				() -> created(admin(side), "/api/materials", body("subject_id", side.world().subject().id(), "title",
						"Chapter 3", "student_ids", List.of(side.student().id()), "teacher_id", side.teacher().id())));
	}

	long studySession(Side side, boolean fresh) {
		return object("study-session", side, fresh,
				() -> created(admin(side), "/api/study-sessions", studySessionBody(side)));
	}

	Map<String, Object> studySessionBody(Side side) {
		return body("student_id", side.student().id(), "subject_id", side.world().subject().id(), "started_at",
				"2025-03-05T16:00:00Z", "duration_seconds", 900);
	}

	long attendance(Side side, boolean fresh) {
		return object("attendance", side, fresh, () -> created(admin(side), "/api/attendance",
				body("student_id", side.student().id(), "date", day(), "status", "PRESENT")));
	}

	long lesson(Side side, boolean fresh) {
		return object("lesson", side, fresh,
				() -> created(admin(side), "/api/lessons",
						body("teacher_id", side.teacher().id(), "subject_id", side.world().subject().id(), "class_id",
								side.world().classSection().id(), "starts_at", "2025-01-15T09:00:00Z", "status",
								"HELD")));
	}

	long behavior(Side side, boolean fresh) {
		return object("behavior", side, fresh, () -> created(teacher(side), "/api/behavior",
				body("student_id", side.student().id(), "date", day(), "score", 4)));
	}

	/**
	 * A room the side's teacher opened with the student and the parent, to which an admin
	 * added the tutor.
	 */
	long room(Side side, boolean fresh) {
		return object("room", side, fresh, () -> {
			long id = created(teacher(side), "/api/chat-rooms",
					body("name", "Room", "participant_ids", List.of(side.student().id(), side.parent().id())));
			Api.Reply reply = admin(side).patch("/api/chat-rooms/" + id,
					body("participant_ids", List.of(side.student().id(), side.parent().id(), side.tutor().id())));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			return id;
		});
	}

	/**
	 * A message the side's student wrote in the side's room.
	 */
	long message(Side side, boolean fresh) {
		return object("message", side, fresh, () -> created(this.api.as(side.token("studentX")), "/api/messages",
				body("room_id", room(side, false), "body", "Hello", "sent_at", "2025-01-15T09:00:00Z")));
	}

	long parentCommunication(Side side, boolean fresh) {
		return object("parent-communication", side, fresh,
				() -> created(teacher(side), "/api/parent-communications",
						body("parent_id", side.parent().id(), "student_id", side.student().id(), "channel", "EMAIL",
								"summary", "Talked", "sent_at", "2025-01-15T09:00:00Z")));
	}

	long payment(Side side, boolean fresh) {
		return object("payment", side, fresh, () -> created(admin(side), "/api/payments", body("student_id",
				side.student().id(), "amount", "250.00", "currency", "EUR", "paid_at", "2025-01-15T09:00:00Z")));
	}

	/**
	 * An enrollment of the side's student with the side's teacher, in a subject of its
	 * own (one active enrollment per student and subject).
	 */
	long enrollment(Side side, boolean fresh) {
		return object("enrollment", side, fresh,
				() -> side.world()
					.school()
					.enroll(side.student(), side.teacher(), side.world().school().subject("Subject", "E" + next()))
					.id());
	}

	/**
	 * The world's subject on the own side and in another school; a second one on the
	 * foreign side (subjects belong to the school, not to a side).
	 */
	long subject(Side side, boolean fresh) {
		if (!fresh && (side.x())) {
			return side.world().subject().id();
		}
		return object("subject", side, fresh, () -> side.world().school().subject("Subject", "S" + next()).id());
	}

	long classSection(Side side, boolean fresh) {
		if (!fresh && side.x()) {
			return side.world().classSection().id();
		}
		return object("class", side, fresh, () -> side.world().school().classSection("Class " + next()).id());
	}

	long term(Side side, boolean fresh) {
		return object("term", side, fresh, () -> {
			LocalDate start = LocalDate.of(2024, 9, 1).plusYears(next());
			return side.world().school().term("Term", start, start.plusMonths(4)).id();
		});
	}

	/**
	 * A student of the side made to be deactivated.
	 */
	long freshStudent(Side side) {
		return side.world().school().student("Tmp", "Student" + next()).id();
	}

	/**
	 * A schedule over the side's student, owned by the caller's counterpart on the side:
	 * its tutor for a tutor, else its teacher; received by {@link #recipient}.
	 */
	long schedule(Side side, Role role, boolean fresh) {
		boolean byTutor = role == Role.TUTOR;
		return object(byTutor ? "tutor-schedule" : "schedule", side, fresh, () -> {
			Api.Caller owner = this.api.as(side.token(byTutor ? "tutorX" : "teacherA"));
			long id = created(owner, SCHEDULES, scheduleBody(side));
			created(owner, SCHEDULES + "/" + id + "/recipients", body("recipient_id", recipient(side, role).id()));
			return id;
		});
	}

	/**
	 * Who receives the schedule of {@link #schedule}: the tutor, or the parent when the
	 * tutor owns it.
	 */
	Person recipient(Side side, Role role) {
		return (role == Role.TUTOR) ? side.parent() : side.tutor();
	}

	/**
	 * A schedule of the caller's counterpart on the side (as {@link #schedule}) that
	 * nobody receives yet.
	 */
	long scheduleWithoutRecipients(Side side, Role role, boolean fresh) {
		boolean byTutor = role == Role.TUTOR;
		return object(byTutor ? "tutor-schedule-alone" : "schedule-alone", side, fresh,
				() -> created(this.api.as(side.token(byTutor ? "tutorX" : "teacherA")), SCHEDULES, scheduleBody(side)));
	}

	Map<String, Object> scheduleBody(Side side) {
		return body("name", "Daily " + next(), "report_type", "student_report", "frequency", "daily", "time", "07:00",
				"export_format", "csv", "scope", body("student_ids", List.of(side.student().id())));
	}

	/**
	 * A run of the side's teacher's schedule that delivered the report to the tutor, so
	 * that the tutor may download it. Background jobs are off in the shared test context,
	 * so the delivery is written as the run would have written it.
	 */
	long execution(Side side) {
		return object("execution", side, false, () -> {
			long schedule = schedule(side, Role.TEACHER, false);
			long id = teacher(side).post(SCHEDULES + "/" + schedule + "/run_now", body())
				.json()
				.get("execution_id")
				.asLong();
			this.jdbc
				.sql("INSERT INTO report_deliveries (execution_id, recipient_id, email, state, attempts, "
						+ "next_attempt_at, message_id, sent_at) VALUES (?, ?, ?, 'SENT', 1, ?, ?, ?)")
				.params(id, side.tutor().id(), side.tutor().email(), Timestamp.from(Instant.now()),
						"<matrix-" + id + "@classlytics>", Timestamp.from(Instant.now()))
				.update();
			return id;
		});
	}

	/**
	 * The unsubscribe token of the side's tutor for a schedule of the side.
	 */
	String unsubscribeToken(Side side, boolean fresh) {
		long schedule = fresh ? schedule(side, Role.TEACHER, true) : schedule(side, Role.TEACHER, false);
		return this.jdbc
			.sql("SELECT unsubscribe_token FROM report_recipients WHERE schedule_id = ? AND recipient_id = ?")
			.param(schedule)
			.param(side.tutor().id())
			.query(String.class)
			.single();
	}

	/**
	 * A stored weekly report of the side's teacher on the side's student, for a week no
	 * other report covers.
	 */
	long weeklyReport(Side side, boolean fresh) {
		return object("weekly-report", side, fresh, () -> {
			String week = LocalDate.of(2020, 1, 6).plusWeeks(next()).toString();
			Api.Reply reply = teacher(side).post("/api/reports/teacher-weekly-reports/generate_now",
					body("week_start", week));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
			return reply.json()
				.get("reports")
				.valueStream()
				.filter((report) -> report.get("student_id").asLong() == side.student().id())
				.findFirst()
				.orElseThrow()
				.get("id")
				.asLong();
		});
	}

	/**
	 * A message with an attachment kept in the outbox of the side's school.
	 */
	long outboxMessage(Side side) {
		return object("outbox", side, false, () -> {
			String subject = "Matrix " + side.world().school().id() + " " + next();
			this.mailer
				.send(OutgoingMail.of(side.world().school().id(), "tom@school.example", subject, "Attached", null)
					.withAttachment(new Attachment("r.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8))));
			return this.jdbc.sql("SELECT id FROM mail_outbox WHERE subject = ?")
				.param(subject)
				.query(Long.class)
				.single();
		});
	}

	/**
	 * A fresh token of the caller, for a request that revokes the token it is sent with.
	 */
	String freshToken(Side side, Person person) {
		return side.world().school().tokenOf(person);
	}

	static long created(Api.Caller caller, String path, Object body) {
		Api.Reply reply = caller.post(path, body);
		assertThat(reply.status()).as("POST %s: %s", path, reply.text()).isEqualTo(201);
		return reply.id();
	}

}
