package org.classlytics.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An authorization table: for each request, the exact status every caller of the
 * {@link World} gets. A row reads like the table in a spec:
 *
 * <pre>
 * matrix.row("read a student", (caller) -> get("/api/users/" + w.studentX().id()),
 *         "admin=200 teacherA=200 teacherB=404 tutorX=200 tutorY=404 parentX=200 parentY=404 "
 *                 + "studentX=200 studentY=404 outsider=404");
 * </pre>
 *
 * Every caller must be listed; {@code anonymous} defaults to 401 (and is sent the request
 * built for the admin, without a token). The request is built per caller, so a write can
 * act on a fresh object each time.
 */
public final class AccessMatrix {

	public static final List<String> CALLERS = List.of("admin", "teacherA", "teacherB", "tutorX", "tutorY", "parentX",
			"parentY", "studentX", "studentY", "outsider");

	private final Api api;

	private final World world;

	private final List<DynamicTest> tests = new ArrayList<>();

	public AccessMatrix(Api api, World world) {
		this.api = api;
		this.world = world;
	}

	public static Request get(String path) {
		return new Request("GET", path, null);
	}

	public static Request delete(String path) {
		return new Request("DELETE", path, null);
	}

	public static Request post(String path, Object body) {
		return new Request("POST", path, body);
	}

	public static Request put(String path, Object body) {
		return new Request("PUT", path, body);
	}

	public static Request patch(String path, Object body) {
		return new Request("PATCH", path, body);
	}

	public AccessMatrix row(String name, Request request, String expected) {
		return row(name, (caller) -> request, expected);
	}

	public AccessMatrix row(String name, Function<String, Request> request, String expected) {
		Map<String, Integer> statuses = parse(expected);
		statuses.forEach((caller, status) -> this.tests
			.add(DynamicTest.dynamicTest(name + " as " + caller + " → " + status, () -> {
				Request sent = request.apply(caller.equals("anonymous") ? "admin" : caller);
				Api.Caller client = caller.equals("anonymous") ? this.api.anonymous()
						: this.api.as(this.world.token(caller));
				Api.Reply reply = client.send(sent.method(), sent.path(),
						(sent.body() != null) ? Api.toJson(sent.body()) : null,
						(sent.body() != null) ? "application/json" : null);
				assertThat(reply.status()).as("%s %s as %s: %s", sent.method(), sent.path(), caller, reply.text())
					.isEqualTo(status);
			})));
		return this;
	}

	public Stream<DynamicTest> tests() {
		return this.tests.stream();
	}

	private static Map<String, Integer> parse(String expected) {
		Map<String, Integer> statuses = new LinkedHashMap<>();
		for (String entry : expected.trim().split("\\s+")) {
			String[] parts = entry.split("=");
			statuses.put(parts[0], Integer.parseInt(parts[1]));
		}
		for (String caller : CALLERS) {
			if (!statuses.containsKey(caller)) {
				throw new IllegalArgumentException("The row must say what " + caller + " gets: " + expected);
			}
		}
		statuses.putIfAbsent("anonymous", 401);
		return statuses;
	}

	public record Request(String method, String path, Object body) {

	}

}
