package org.classlytics.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The queue between recording and writing. Adding is lock-free; flushes take turns, so a
 * flush returns only after every entry queued before it started is written, whether by
 * itself or by the flush it waited for. Entries whose write failed stay for the next
 * flush.
 */
@Component
class AuditBuffer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditBuffer.class);

	private final Queue<PendingEntry> queue = new ConcurrentLinkedQueue<>();

	private final ReentrantLock flushing = new ReentrantLock();

	/**
	 * Drained from the queue but not yet written; guarded by {@link #flushing}.
	 */
	private final List<PendingEntry> draining = new ArrayList<>();

	private final AuditStore store;

	private final Duration interval;

	private volatile ScheduledExecutorService flusher;

	AuditBuffer(AuditStore store, AuditSettings settings) {
		this.store = store;
		this.interval = settings.flushInterval();
	}

	void add(PendingEntry entry) {
		this.queue.add(entry);
	}

	void flush() {
		this.flushing.lock();
		try {
			for (PendingEntry entry = this.queue.poll(); entry != null; entry = this.queue.poll()) {
				this.draining.add(entry);
			}
			if (!this.draining.isEmpty()) {
				this.store.append(List.copyOf(this.draining));
				this.draining.clear();
			}
		}
		finally {
			this.flushing.unlock();
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "audit-flusher");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.interval.toMillis();
		executor.scheduleWithFixedDelay(this::flushInBackground, millis, millis, TimeUnit.MILLISECONDS);
		this.flusher = executor;
	}

	/**
	 * Stops the background flusher and writes what is left.
	 */
	@Override
	public void stop() {
		ScheduledExecutorService executor = this.flusher;
		this.flusher = null;
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return this.flusher != null;
	}

	/**
	 * Stops after the web server (which stops in a higher phase), so that accesses made
	 * by the last requests are still written.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

	private void flushInBackground() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// The entries stay queued; the next flush tries again.
			log.warn("Could not write the audit trail; will retry", ex);
		}
	}

}
