package org.classlytics.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.classlytics.roster.Person;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

/**
 * Request bodies and an event recorder for coursework tests. Everything is made through
 * the API, as a client would, in the {@link World} of the test.
 */
public final class CourseworkFixtures {

	/**
	 * The due instant of {@link #assignment}: submissions after it are late.
	 */
	public static final String DUE_AT = "2025-03-10T12:00:00Z";

	private CourseworkFixtures() {
	}

	/**
	 * An essay in the world's subject, due at {@link #DUE_AT}, worth 50 points.
	 */
	public static Map<String, Object> assignment(World w, Person... students) {
		return body("subject_id", w.subject().id(), "title", "Essay", "due_at", DUE_AT, "max_score", 50, "student_ids",
				ids(students), "created_at", "2025-03-03T08:00:00Z");
	}

	/**
	 * A quiz in the world's subject worth 20 points.
	 */
	public static Map<String, Object> quiz(World w) {
		return body("subject_id", w.subject().id(), "title", "Fractions", "max_score", 20, "created_at",
				"2025-03-03T08:00:00Z");
	}

	public static Map<String, Object> material(World w, Person... students) {
		return body("subject_id", w.subject().id(), "title", "Chapter 3", "student_ids", ids(students), "created_at",
				"2025-03-03T08:00:00Z");
	}

	/**
	 * Sends a create request and returns the new record's id, failing loudly otherwise.
	 */
	public static long create(Api.Caller caller, String path, Object body) {
		Api.Reply reply = caller.post(path, body);
		assertThat(reply.status()).as("POST %s: %s", path, reply.text()).isEqualTo(201);
		return reply.id();
	}

	public static List<String> fields(Api.Reply reply) {
		return reply.json().get("errors").valueStream().map((node) -> node.get("field").asString()).toList();
	}

	private static List<Long> ids(Person... people) {
		return Arrays.stream(people).map(Person::id).toList();
	}

	/**
	 * Records the coursework events published while it is open, from any thread (the
	 * server's request threads included). Tests filter them by their own school.
	 */
	public static final class Events implements ApplicationListener<ApplicationEvent>, AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final List<Object> published = new ArrayList<>();

		private Events(ConfigurableApplicationContext context) {
			this.context = context;
		}

		public static Events record(ConfigurableApplicationContext context) {
			Events events = new Events(context);
			context.addApplicationListener(events);
			return events;
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload().getClass().getPackageName().equals("org.classlytics.coursework")) {
				synchronized (this.published) {
					this.published.add(payload.getPayload());
				}
			}
		}

		/**
		 * Every recorded event, in order of publication.
		 */
		public List<Object> all() {
			synchronized (this.published) {
				return List.copyOf(this.published);
			}
		}

		public <T> List<T> of(Class<T> type) {
			return all().stream().filter(type::isInstance).map(type::cast).toList();
		}

		public void clear() {
			synchronized (this.published) {
				this.published.clear();
			}
		}

		@Override
		public void close() {
			this.context.removeApplicationListener(this);
		}

	}

}
