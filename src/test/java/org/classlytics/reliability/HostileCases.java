package org.classlytics.reliability;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;

import org.classlytics.platform.PageQuery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The bad inputs sent to one route: path variables that are not ids, query parameters of
 * the wrong kind, malformed or wrongly typed JSON bodies, each field of a plausible body
 * replaced by a hostile value, and a few random mutations from a fixed seed. The same
 * route always gets the same cases, so the figures of a run are exact.
 */
final class HostileCases {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	/**
	 * A 100 kB string: far beyond every column, well under the 1 MB body limit.
	 */
	static final String HUGE_STRING = "x".repeat(100_000);

	static final List<String> BAD_IDS = List.of("abc", "-1", "1.5", "99999999999999999999", "%00", "..%2F..");

	static final List<String> BAD_QUERY_VALUES = List.of("abc", "-1", "99999999999999999999", "x".repeat(2000));

	/**
	 * Hostile values every field gets, written as JSON: an object where (almost always) a
	 * scalar belongs, and a 100 kB string.
	 */
	static final List<String> ALWAYS = List.of("{}", json(HUGE_STRING));

	/**
	 * Hostile values of which each field gets {@link #PICKED_PER_FIELD}, drawn with the
	 * fixed seed.
	 */
	static final List<String> BAD_VALUES = List.of("[]", "true", "\"abc\"", "1e309", "9223372036854775808", "-1",
			"\"NaN\"", "null", "[[[[[[[[[[1]]]]]]]]]]", "\"\\u0000<script>\"");

	static final int PICKED_PER_FIELD = 1;

	static final List<String> BAD_BODIES = List.of("{\"a\":", "{'a': 1}", "not json", "", "[]", "\"text\"", "42",
			"null", "true", "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
			"{\"a\": 1, \"a\": 2}", "{\"a\": 1e999999}", "{\"a\": \"\\ud800\"}");

	private static final long SEED = 20261207L;

	private static final int RANDOM_BODIES = 2;

	private HostileCases() {
	}

	record Case(String name, String path, byte[] body, String contentType) {

		boolean hasBody() {
			return this.body != null;
		}

	}

	/**
	 * The route's cases; {@code ids} gives a real object for each path variable, so that
	 * a request with one bad part reaches the handler.
	 */
	static List<Case> of(String route, HandlerMethod handler, PathValues ids) {
		String method = route.substring(0, route.indexOf(' '));
		String pattern = route.substring(route.indexOf(' ') + 1);
		String validPath = ids.fill(pattern);
		Class<?> bodyType = bodyType(handler);
		Map<String, Object> base = (bodyType != null) ? PlausibleBody.of(bodyType, ids) : null;
		List<Case> cases = new ArrayList<>();
		Matcher variable = ApiRoutes.VARIABLE.matcher(pattern);
		while (variable.find()) {
			for (String bad : BAD_IDS) {
				String path = ids.fill(pattern.substring(0, variable.start())) + bad
						+ ids.fill(pattern.substring(variable.end()));
				cases.add(new Case("path " + variable.group(1) + "=" + bad, path, jsonBytes(base), jsonType(base)));
			}
		}
		for (String name : queryParameters(handler)) {
			for (String bad : BAD_QUERY_VALUES) {
				String shown = (bad.length() > 20) ? "2000 chars" : bad;
				cases.add(new Case("query " + name + "=" + shown,
						validPath + "?" + name + "=" + (bad.startsWith("%") ? bad : encode(bad)), jsonBytes(base),
						jsonType(base)));
			}
		}
		if (bodyType == null || method.equals("GET") || method.equals("DELETE")) {
			return cases;
		}
		for (String bad : BAD_BODIES) {
			cases.add(new Case("body " + shorten(bad), validPath, bytes(bad), "application/json"));
		}
		cases.add(new Case("body not UTF-8", validPath,
				new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }, "application/json"));
		cases.add(new Case("body as text/plain", validPath, jsonBytes(base), "text/plain"));
		Map<String, Object> unknown = new LinkedHashMap<>(base);
		unknown.put("zz_unknown_field", Map.of("nested", List.of(1, 2)));
		cases.add(new Case("unknown field", validPath, jsonBytes(unknown), "application/json"));
		Random random = new Random(SEED ^ route.hashCode());
		for (String field : base.keySet()) {
			List<String> values = new ArrayList<>(ALWAYS);
			List<String> pool = new ArrayList<>(BAD_VALUES);
			for (int i = 0; i < PICKED_PER_FIELD; i++) {
				values.add(pool.remove(random.nextInt(pool.size())));
			}
			for (String bad : values) {
				cases.add(new Case("field " + field + "=" + shorten(bad), validPath, bytes(replaced(base, field, bad)),
						"application/json"));
			}
		}
		List<String> fields = new ArrayList<>(base.keySet());
		for (int i = 0; i < RANDOM_BODIES; i++) {
			String field = fields.isEmpty() ? "zz_random" : fields.get(random.nextInt(fields.size()));
			String value = RandomJson.value(random, 3);
			cases.add(new Case("random " + i + " " + field + "=" + shorten(value), validPath,
					bytes(replaced(base, field, value)), "application/json"));
		}
		return cases;
	}

	static Class<?> bodyType(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return parameter.getParameterType();
			}
		}
		return null;
	}

	static List<String> queryParameters(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				names.add(name);
			}
			if (parameter.getParameterType() == PageQuery.class) {
				names.add("page");
				names.add("page_size");
			}
		}
		return names;
	}

	/**
	 * The body with one field's value replaced by raw JSON text.
	 */
	private static String replaced(Map<String, Object> base, String field, String rawValue) {
		StringBuilder json = new StringBuilder("{");
		boolean found = false;
		for (Map.Entry<String, Object> entry : base.entrySet()) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append(json(entry.getKey())).append(':');
			if (entry.getKey().equals(field)) {
				json.append(rawValue);
				found = true;
			}
			else {
				json.append(mapper.writeValueAsString(entry.getValue()));
			}
		}
		if (!found) {
			json.append((json.length() > 1) ? "," : "").append(json(field)).append(':').append(rawValue);
		}
		return json.append('}').toString();
	}

	private static String json(String text) {
		return mapper.writeValueAsString(text);
	}

	private static byte[] jsonBytes(Map<String, Object> body) {
		return (body != null) ? mapper.writeValueAsBytes(body) : null;
	}

	private static String jsonType(Map<String, Object> body) {
		return (body != null) ? "application/json" : null;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String shorten(String text) {
		return (text.length() > 24) ? text.substring(0, 12) + "…(" + text.length() + " chars)" : text;
	}

	/**
	 * A body whose fields have values of the right type, with the ids of real objects
	 * where the name says which kind of object: the background that lets one hostile
	 * field be the only thing wrong.
	 */
	static final class PlausibleBody {

		private PlausibleBody() {
		}

		static Map<String, Object> of(Class<?> type, PathValues ids) {
			Map<String, Object> body = new LinkedHashMap<>();
			if (!type.isRecord()) {
				return body;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				String name = snakeCase(component.getName());
				body.put(name, value(name, component.getType(), component.getGenericType(), ids));
			}
			return body;
		}

		private static Object value(String name, Class<?> type, Type generic, PathValues ids) {
			if (type == Optional.class && generic instanceof ParameterizedType parameterized
					&& parameterized.getActualTypeArguments()[0] instanceof Class<?> inner) {
				return value(name, inner, inner, ids);
			}
			if (Collection.class.isAssignableFrom(type)) {
				Type element = (generic instanceof ParameterizedType parameterized)
						? parameterized.getActualTypeArguments()[0] : String.class;
				String single = name.endsWith("_ids") ? name.substring(0, name.length() - 1) : name;
				Object value = (element instanceof Class<?> elementType) ? value(single, elementType, elementType, ids)
						: "Fuzz";
				return (value != null) ? List.of(value) : List.of();
			}
			if (type == String.class) {
				return name.contains("email") ? "fuzz." + Math.abs(name.hashCode()) + "@test.classlytics.org" : "Fuzz";
			}
			if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
				return name.endsWith("_id") ? ids.forField(name) : 1;
			}
			if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
				return 1;
			}
			if (type == Boolean.class || type == boolean.class) {
				return true;
			}
			if (type == LocalDate.class) {
				return "2025-03-03";
			}
			if (type == Instant.class || type == OffsetDateTime.class) {
				return "2025-03-03T08:00:00Z";
			}
			if (type == LocalTime.class) {
				return "07:00";
			}
			if (type.isEnum()) {
				return type.getEnumConstants()[0].toString();
			}
			if (type.isRecord()) {
				return of(type, ids);
			}
			return "Fuzz";
		}

		private static String snakeCase(String name) {
			return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * Random JSON values from a seeded generator: strings with control characters and
	 * markup, huge and tiny numbers, and nested arrays and objects.
	 */
	static final class RandomJson {

		private static final String ALPHABET = "aZ09<>&\"'\\/;-=+@\t\r\n\u0000\u00e9\u0416\ud83d\ude00%{}[]";

		private RandomJson() {
		}

		static String value(Random random, int depth) {
			int kind = random.nextInt((depth > 0) ? 7 : 5);
			return switch (kind) {
				case 0 -> string(random);
				case 1 -> String.valueOf(random.nextLong());
				case 2 -> random.nextBoolean() ? "1e" + (300 + random.nextInt(100)) : "-0." + "0".repeat(400) + "1";
				case 3 -> random.nextBoolean() ? "true" : "null";
				case 4 -> random.nextInt() + "." + Math.abs(random.nextInt());
				case 5 -> "[" + value(random, depth - 1) + "," + value(random, depth - 1) + "]";
				default -> "{" + json("k" + random.nextInt(10)) + ":" + value(random, depth - 1) + "}";
			};
		}

		private static String string(Random random) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			return json(text.toString());
		}

	}

}
