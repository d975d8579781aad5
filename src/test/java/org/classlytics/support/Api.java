package org.classlytics.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.env.Environment;

/**
 * A small HTTP client for API tests: real requests to the running server, so filters,
 * security and error pages behave exactly as for a client.
 */
public class Api {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Environment environment;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	Api(Environment environment) {
		this.environment = environment;
	}

	public String baseUrl() {
		return "http://localhost:" + this.environment.getProperty("local.server.port");
	}

	/**
	 * Requests without a token.
	 */
	public Caller anonymous() {
		return new Caller(null);
	}

	public Caller as(String token) {
		return new Caller(token);
	}

	public static String toJson(Object body) {
		return (body instanceof String text) ? text : json.writeValueAsString(body);
	}

	/**
	 * Builds a JSON object from alternating keys and values: {@code body("name", "T1")}.
	 */
	public static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			body.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return body;
	}

	public final class Caller {

		private final String token;

		private String scheme = "Bearer";

		private Caller(String token) {
			this.token = token;
		}

		/**
		 * Sends the token with another scheme, such as {@code Token}.
		 */
		public Caller withScheme(String scheme) {
			Caller caller = new Caller(this.token);
			caller.scheme = scheme;
			return caller;
		}

		public Reply get(String path) {
			return send("GET", path, null, null);
		}

		public Reply delete(String path) {
			return send("DELETE", path, null, null);
		}

		public Reply post(String path, Object body) {
			return send("POST", path, toJson(body), "application/json");
		}

		public Reply put(String path, Object body) {
			return send("PUT", path, toJson(body), "application/json");
		}

		public Reply patch(String path, Object body) {
			return send("PATCH", path, toJson(body), "application/json");
		}

		public Reply send(String method, String path, String body, String contentType) {
			return send(method, path, (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null, contentType,
					Map.of());
		}

		public Reply send(String method, String path, byte[] body, String contentType, Map<String, String> headers) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.timeout(Duration.ofSeconds(60))
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
						: HttpRequest.BodyPublishers.noBody());
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			if (this.token != null) {
				request.header("Authorization", this.scheme + " " + this.token);
			}
			headers.forEach(request::header);
			try {
				HttpResponse<byte[]> response = Api.this.client.send(request.build(),
						HttpResponse.BodyHandlers.ofByteArray());
				return new Reply(response.statusCode(), response.headers().map(), response.body());
			}
			catch (IOException ex) {
				throw new IllegalStateException(method + " " + path + " failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * A response: status, headers and body, with the body readable as JSON.
	 */
	public record Reply(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {

		public String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return Api.json.readTree(this.bytes);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/**
		 * The id of a created record.
		 */
		public long id() {
			return json().get("id").asLong();
		}

		@Override
		public String toString() {
			return this.status + " " + text();
		}

	}

}
