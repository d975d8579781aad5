package org.classlytics.platform;

import java.util.List;
import java.util.function.Function;

/**
 * A list reply: {@code {"count": N, "results": [...]}}, where count is the total over all
 * pages.
 */
public record Paged<T>(long count, List<T> results) {

	public Paged {
		results = List.copyOf(results);
	}

	public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
		return new Paged<>(this.count, this.results.stream().<R>map(mapper).toList());
	}

}
