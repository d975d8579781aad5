package org.classlytics.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reports of one run, rendered once per distinct content: recipients whose requests
 * have the same {@link ScheduledReports#contentKey content key} (a student and the
 * guardians who see only that student, in the same locale) share one rendering. The
 * deliveries are put in key order so that sharers are sent one after another, and a
 * shared file is let go after its last recipient took it: at most about one file per
 * sending thread is held at a time.
 *
 * @param <T> the deliveries
 */
final class SharedRenders<T> {

	private final ScheduledReports renderer;

	private final Map<Object, Shared> byContent = new ConcurrentHashMap<>();

	private final Map<T, Object> keys;

	private SharedRenders(ScheduledReports renderer, Map<T, Object> keys) {
		this.renderer = renderer;
		this.keys = keys;
		keys.values()
			.forEach((key) -> this.byContent.computeIfAbsent(key, (k) -> new Shared()).users.incrementAndGet());
	}

	/**
	 * Works out the content key of each delivery's request (a failure there counts as no
	 * key: the delivery renders alone and reports its own error).
	 * @return the renders, and the deliveries to send in order, sharers together
	 */
	static <T> Planned<T> plan(ScheduledReports renderer, List<T> deliveries, Function<T, ReportRequest> requests) {
		Map<T, Object> keys = new LinkedHashMap<>();
		Map<Object, List<T>> groups = new LinkedHashMap<>();
		List<T> alone = new ArrayList<>();
		for (T delivery : deliveries) {
			ReportRequest request = (renderer != null) ? requests.apply(delivery) : null;
			Optional<Object> key = (request != null) ? keyOf(renderer, request) : Optional.empty();
			if (key.isPresent()) {
				keys.put(delivery, key.get());
				groups.computeIfAbsent(key.get(), (k) -> new ArrayList<>()).add(delivery);
			}
			else {
				alone.add(delivery);
			}
		}
		List<T> order = new ArrayList<>(deliveries.size());
		groups.values().forEach(order::addAll);
		order.addAll(alone);
		return new Planned<>(new SharedRenders<>(renderer, keys), order);
	}

	record Planned<T>(SharedRenders<T> renders, List<T> order) {

	}

	private static Optional<Object> keyOf(ScheduledReports renderer, ReportRequest request) {
		try {
			return renderer.contentKey(request);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The delivery's report: rendered now, or the one rendered for an earlier recipient
	 * with the same content.
	 */
	RenderedReport render(T delivery, ReportRequest request) {
		Object key = this.keys.get(delivery);
		if (key == null) {
			return this.renderer.render(request);
		}
		Shared shared = this.byContent.get(key);
		try {
			return shared.get(() -> this.renderer.render(request));
		}
		finally {
			release(key, shared);
		}
	}

	/**
	 * A delivery that will not be rendered after all (its recipient unsubscribed or left
	 * meanwhile): one user fewer for its content.
	 */
	void skip(T delivery) {
		Object key = this.keys.get(delivery);
		if (key != null) {
			release(key, this.byContent.get(key));
		}
	}

	private void release(Object key, Shared shared) {
		if (shared.users.decrementAndGet() == 0) {
			this.byContent.remove(key);
		}
	}

	/**
	 * One content: the first recipient to ask renders it, the others wait for that file
	 * (or that failure).
	 */
	private static final class Shared {

		private final AtomicInteger users = new AtomicInteger();

		private final CompletableFuture<RenderedReport> file = new CompletableFuture<>();

		private final AtomicInteger started = new AtomicInteger();

		RenderedReport get(Supplier<RenderedReport> render) {
			if (this.started.getAndIncrement() == 0) {
				try {
					this.file.complete(render.get());
				}
				catch (RuntimeException ex) {
					this.file.completeExceptionally(ex);
				}
			}
			try {
				return this.file.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
			}
		}

	}

}
