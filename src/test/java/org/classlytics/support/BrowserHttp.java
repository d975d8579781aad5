package org.classlytics.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.classlytics.roster.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI over plain HTTP, as a browser without JavaScript sees it: a cookie jar, the
 * sign-in form with its CSRF token, and pages as HTML. Much faster than {@link Browser},
 * so it suits status matrices and response details; {@link Browser} tests what a person
 * does on a page.
 */
public final class BrowserHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	private String acceptLanguage = "en";

	private BrowserHttp(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * A visitor who has not signed in, with an empty cookie jar.
	 */
	public static BrowserHttp anonymous(Api api) {
		return new BrowserHttp(api.baseUrl());
	}

	/**
	 * A visitor signed in as the person (with the fixtures' password).
	 */
	public static BrowserHttp signedIn(Api api, Person person) {
		BrowserHttp browser = anonymous(api);
		Page landed = browser.signIn(person.email(), Fixtures.PASSWORD);
		assertThat(landed.location()).as("sign-in of %s", person.email()).doesNotContain("error");
		return browser;
	}

	/**
	 * Sends this {@code Accept-Language} from now on (English until then).
	 */
	public BrowserHttp speaking(String acceptLanguage) {
		this.acceptLanguage = acceptLanguage;
		return this;
	}

	/**
	 * Posts the sign-in form and returns the answer (a redirect).
	 */
	public Page signIn(String email, String password) {
		return submit("/login", "/login", form("email", email, "password", password));
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.GET());
	}

	/**
	 * Posts a form from a page, with the CSRF token that page carries.
	 */
	public Page submit(String pagePath, String action, Map<String, String> fields) {
		Page page = get(pagePath);
		Matcher csrf = CSRF.matcher(page.html());
		assertThat(csrf.find()).as("a CSRF token on %s: %s", pagePath, page).isTrue();
		Map<String, String> body = new LinkedHashMap<>(fields);
		body.put("_csrf", csrf.group(1));
		return post(action, body);
	}

	/**
	 * Posts a form as it is, without adding a CSRF token.
	 */
	public Page post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public static Map<String, String> form(String... namesAndValues) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(
					request.header("Accept-Language", this.acceptLanguage).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * An answer: status, redirect target, content type and body.
	 */
	public record Page(int status, String location, String contentType, String html) {

		/**
		 * The path a redirect points to, without the host.
		 */
		public String redirectPath() {
			return (this.location != null) ? URI.create(this.location).getPath() : null;
		}

		@Override
		public String toString() {
			return this.status + " " + ((this.location != null) ? "→ " + this.location : this.html);
		}

	}

}
