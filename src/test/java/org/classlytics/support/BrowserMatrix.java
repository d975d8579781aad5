package org.classlytics.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link AccessMatrix} of pages: each row opens a path as every person of the
 * {@link World}, each signed in with a web session, and checks the exact status.
 *
 * <pre>
 * matrix.row("the admin's page", "/admin", "admin=200 outsider=200 teacherA=403 ...");
 * </pre>
 *
 * Every caller must be listed; {@code anonymous} defaults to a redirect to the sign-in
 * page (302). Refusals must be the friendly error page (HTML, with the status in its
 * {@code data-status}), never an API problem or a stack trace.
 */
public final class BrowserMatrix {

	private final Api api;

	private final World world;

	private final Map<String, BrowserHttp> sessions = new HashMap<>();

	private final List<DynamicTest> tests = new ArrayList<>();

	public BrowserMatrix(Api api, World world) {
		this.api = api;
		this.world = world;
	}

	public BrowserMatrix row(String name, String path, String expected) {
		parse(expected).forEach((caller, status) -> this.tests
			.add(DynamicTest.dynamicTest(name + " as " + caller + " → " + status, () -> {
				BrowserHttp.Page page = session(caller).get(path);
				assertThat(page.status()).as("GET %s as %s: %s", path, caller, page).isEqualTo(status);
				if (caller.equals("anonymous")) {
					assertThat(page.redirectPath()).isEqualTo("/login");
				}
				if (status >= 400) {
					assertThat(page.contentType()).startsWith("text/html");
					assertThat(page.html()).contains("data-status=\"" + status + "\"")
						.doesNotContainIgnoringCase("exception");
				}
			})));
		return this;
	}

	public Stream<DynamicTest> tests() {
		return this.tests.stream();
	}

	private BrowserHttp session(String caller) {
		if (caller.equals("anonymous")) {
			return BrowserHttp.anonymous(this.api);
		}
		return this.sessions.computeIfAbsent(caller, (who) -> BrowserHttp.signedIn(this.api, this.world.person(who)));
	}

	private static Map<String, Integer> parse(String expected) {
		Map<String, Integer> statuses = new LinkedHashMap<>();
		for (String entry : expected.trim().split("\\s+")) {
			String[] parts = entry.split("=");
			statuses.put(parts[0], Integer.parseInt(parts[1]));
		}
		for (String caller : AccessMatrix.CALLERS) {
			if (!statuses.containsKey(caller)) {
				throw new IllegalArgumentException("The row must say what " + caller + " gets: " + expected);
			}
		}
		statuses.putIfAbsent("anonymous", 302);
		return statuses;
	}

}
