package org.classlytics.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders documents in parallel on a pool bounded by the cores (or
 * {@code classlytics.reports.render-threads}), shared by every request: a bulk ZIP of 50
 * PDFs is CPU work only, so more threads than cores would only queue on them, and a
 * second bulk request waits its turn instead of doubling the load.
 */
@Component
class PdfPool implements DisposableBean {

	private final ExecutorService executor;

	PdfPool(@Value("${classlytics.reports.render-threads:0}") int threads) {
		int size = (threads > 0) ? threads : Runtime.getRuntime().availableProcessors();
		AtomicInteger counter = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(size, (task) -> {
			Thread thread = new Thread(task, "report-render-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Applies {@code render} to every item on the pool.
	 * @return the results in the order of {@code items}
	 */
	<T, R> List<R> renderAll(List<T> items, Function<T, R> render) {
		List<CompletableFuture<R>> futures = new ArrayList<>(items.size());
		for (T item : items) {
			futures.add(CompletableFuture.supplyAsync(() -> render.apply(item), this.executor));
		}
		List<R> results = new ArrayList<>(items.size());
		try {
			for (CompletableFuture<R> future : futures) {
				results.add(future.join());
			}
		}
		catch (CompletionException ex) {
			futures.forEach((future) -> future.cancel(false));
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
		return results;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
