package org.classlytics.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * Classroom activity for tests, recorded over HTTP like a client would: attendance,
 * lessons, behaviour entries and payments. Also an {@link EventLog} that hears the events
 * the server publishes while a test runs.
 */
public final class AttendanceFixtures {

	private AttendanceFixtures() {
	}

	/**
	 * Records a day's attendance as the caller (an admin or the student's teacher) and
	 * returns the record's id.
	 */
	public static long attendance(Api.Caller caller, long studentId, String date, String status) {
		return created(caller.post("/api/attendance", body("student_id", studentId, "date", date, "status", status)));
	}

	/**
	 * Records a lesson; {@code teacherId} is for an admin caller and may be null for a
	 * teacher.
	 */
	public static long lesson(Api.Caller caller, Long teacherId, long subjectId, long classId, String startsAt,
			String status) {
		return created(caller.post("/api/lessons", body("teacher_id", teacherId, "subject_id", subjectId, "class_id",
				classId, "starts_at", startsAt, "status", status)));
	}

	public static long behavior(Api.Caller caller, long studentId, String date, int score) {
		return created(caller.post("/api/behavior", body("student_id", studentId, "date", date, "score", score)));
	}

	public static long payment(Api.Caller admin, long studentId, String amount, String currency, String paidAt) {
		return created(admin.post("/api/payments",
				body("student_id", studentId, "amount", amount, "currency", currency, "paid_at", paidAt)));
	}

	private static long created(Api.Reply reply) {
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		return reply.id();
	}

	/**
	 * The events the application publishes from now until {@link #close()}, whichever
	 * thread publishes them (the server's, for a request over HTTP).
	 */
	public static final class EventLog implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final List<Object> events = new CopyOnWriteArrayList<>();

		private final ApplicationListener<ApplicationEvent> listener = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload) {
				this.events.add(payload.getPayload());
			}
		};

		private EventLog(ConfigurableApplicationContext context) {
			this.context = context;
		}

		public static EventLog listen(ConfigurableApplicationContext context) {
			EventLog log = new EventLog(context);
			context.addApplicationListener(log.listener);
			return log;
		}

		/**
		 * The events of a type, in the order they were published.
		 */
		public <T> List<T> of(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

		public void clear() {
			this.events.clear();
		}

		@Override
		public void close() {
			this.context.removeApplicationListener(this.listener);
		}

	}

}
