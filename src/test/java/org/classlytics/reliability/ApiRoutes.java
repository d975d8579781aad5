package org.classlytics.reliability;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classlytics.support.Api;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code /api} routes of the running application as {@code METHOD pattern}, read from
 * its request mappings, and the means to call one with its path variables filled in. The
 * reliability tests walk these, so a new endpoint is checked without being named.
 */
final class ApiRoutes {

	/**
	 * An id no fixture ever gets, for path variables whose object must not exist.
	 */
	static final long MISSING_ID = 987654321L;

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private ApiRoutes() {
	}

	static Set<String> of(RequestMappingHandlerMapping mappings) {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				assertThat(methods).as("%s maps every method", pattern).isNotEmpty();
				methods.forEach((method) -> routes.add(method + " " + pattern));
			}
		}
		return routes;
	}

	/**
	 * The route's path with each variable replaced by its value in {@code values}, or by
	 * {@link #MISSING_ID} ({@code no-such-token-…} for a {@code {token}}).
	 */
	static String fill(String route, Map<String, Long> values) {
		String path = route.substring(route.indexOf(' ') + 1);
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = name.equals("token") ? "no-such-token-" + MISSING_ID
					: String.valueOf(values.getOrDefault(name, MISSING_ID));
			matcher.appendReplacement(filled, value);
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/**
	 * Sends the route's method to a filled path, with {@code {}} as the body of a POST,
	 * PUT or PATCH.
	 */
	static Api.Reply send(Api.Caller caller, String route, String path) {
		return send(caller, route, path, null);
	}

	static Api.Reply send(Api.Caller caller, String route, String path, String json) {
		String method = route.substring(0, route.indexOf(' '));
		boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
		String body = (json != null) ? json : "{}";
		return caller.send(method, path, hasBody ? body : null, hasBody ? "application/json" : null);
	}

}
