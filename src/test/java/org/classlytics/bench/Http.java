package org.classlytics.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP requests to the running application with a bearer token, from whatever thread
 * calls (the load runs on the harness's own thread pools).
 */
final class Http {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	record Reply(int status, String body) {

		JsonNode json() {
			return Http.json.readTree(this.body);
		}

	}

	Reply get(String token, String path) {
		return send(token, HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	Reply post(String token, String path, Map<String, ?> body) {
		return send(token,
				HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
	}

	Reply postText(String token, String path, String contentType, String body) {
		return send(token,
				HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Content-Type", contentType)
					.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Reply send(String token, HttpRequest.Builder request) {
		request.timeout(Duration.ofMinutes(10));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			return new Reply(-1, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
