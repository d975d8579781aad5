package org.classlytics.web.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.classlytics.analytics.Recompute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Recomputes started from the admin page, run one at a time in the background so the page
 * answers at once and shows their progress. One run per school at a time: starting again
 * while one runs shows the running one. The last run of each school is remembered (in
 * this instance) until the next one starts.
 */
@Component
class RecomputeRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RecomputeRuns.class);

	private final Recompute recompute;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "admin-recompute");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();

	RecomputeRuns(Recompute recompute, Clock clock) {
		this.recompute = recompute;
		this.clock = clock;
	}

	/**
	 * Starts a run for the school unless one is running.
	 * @return the school's current run
	 */
	synchronized Run start(long schoolId, Recompute.Request request) {
		Run current = this.runs.get(schoolId);
		if (current != null && current.running()) {
			return current;
		}
		Run run = new Run(State.RUNNING, request.dryRun(), this.clock.instant(), null, null);
		this.runs.put(schoolId, run);
		this.executor.execute(() -> {
			try {
				Recompute.Result result = this.recompute.run(schoolId, request, null);
				this.runs.put(schoolId, run.finished(State.DONE, this.clock.instant(), result));
			}
			catch (RuntimeException ex) {
				log.error("Recompute of school {} failed", schoolId, ex);
				this.runs.put(schoolId, run.finished(State.FAILED, this.clock.instant(), null));
			}
		});
		return run;
	}

	Optional<Run> latest(long schoolId) {
		return Optional.ofNullable(this.runs.get(schoolId));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	enum State {

		RUNNING, DONE, FAILED

	}

	/**
	 * A run: its state, when it started and finished, and its counts once done.
	 */
	record Run(State state, boolean dryRun, Instant startedAt, Instant finishedAt, Recompute.Result result) {

		public boolean running() {
			return this.state == State.RUNNING;
		}

		Run finished(State state, Instant at, Recompute.Result result) {
			return new Run(state, this.dryRun, this.startedAt, at, result);
		}

		/**
		 * Whole seconds from the start to the end, or to now while running.
		 */
		long seconds(Instant now) {
			return Duration.between(this.startedAt, (this.finishedAt != null) ? this.finishedAt : now).toSeconds();
		}

	}

}
