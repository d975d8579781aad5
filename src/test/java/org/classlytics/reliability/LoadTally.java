package org.classlytics.reliability;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.classlytics.support.Api;

/**
 * What a load run answered: the number of replies per request kind and status, and the
 * requests that failed on the server (5xx, or no reply at all), for the failure message.
 */
final class LoadTally {

	/**
	 * The status counted for a request that got no reply (a connection error or a
	 * timeout).
	 */
	static final int NO_REPLY = 0;

	private final Map<String, Map<Integer, LongAdder>> counts = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

	/**
	 * Sends one request and counts its reply under {@code kind}.
	 * @return the reply, or null when there was none
	 */
	Api.Reply count(String kind, String method, String path, Api.Caller caller, Object body) {
		Api.Reply reply;
		try {
			reply = (body != null) ? caller.send(method, path, Api.toJson(body), "application/json")
					: caller.send(method, path, null, null);
		}
		catch (IllegalStateException ex) {
			add(kind, NO_REPLY);
			this.failures.add(kind + " " + method + " " + path + " -> no reply: " + ex.getCause());
			return null;
		}
		add(kind, reply.status());
		if (reply.status() >= 500) {
			String text = reply.text();
			this.failures.add(kind + " " + method + " " + path + " -> " + reply.status() + " "
					+ text.substring(0, Math.min(text.length(), 300)));
		}
		return reply;
	}

	private void add(String kind, int status) {
		this.counts.computeIfAbsent(kind, (key) -> new ConcurrentHashMap<>())
			.computeIfAbsent(status, (key) -> new LongAdder())
			.increment();
	}

	List<String> failures() {
		return List.copyOf(this.failures);
	}

	/**
	 * The replies of a kind by status, in ascending status order.
	 */
	Map<Integer, Long> statuses(String kind) {
		Map<Integer, Long> statuses = new TreeMap<>();
		this.counts.getOrDefault(kind, Map.of()).forEach((status, count) -> statuses.put(status, count.sum()));
		return statuses;
	}

	long total(String kind) {
		return statuses(kind).values().stream().mapToLong(Long::longValue).sum();
	}

	long total() {
		return this.counts.keySet().stream().mapToLong(this::total).sum();
	}

	/**
	 * Every status over all kinds, in ascending order.
	 */
	Map<Integer, Long> statuses() {
		Map<Integer, Long> statuses = new TreeMap<>();
		this.counts.keySet()
			.forEach((kind) -> statuses(kind).forEach((status, n) -> statuses.merge(status, n, Long::sum)));
		return statuses;
	}

	/**
	 * One line per kind: {@code kind total {status=count, ...}}, in kind order.
	 */
	String summary() {
		return new TreeMap<>(this.counts).keySet()
			.stream()
			.map((kind) -> kind + " " + total(kind) + " " + statuses(kind))
			.collect(Collectors.joining("\n"));
	}

}
