package org.classlytics.delivery;

import java.time.Instant;

import org.springframework.stereotype.Service;

/**
 * What other modules (and operators) may ask of delivery. Schedules are managed over
 * HTTP; the runs happen in the background on db-scheduler.
 */
@Service
public class Delivery {

	private final Dispatcher dispatcher;

	private final WeeklyPipeline pipeline;

	Delivery(Dispatcher dispatcher, WeeklyPipeline pipeline) {
		this.dispatcher = dispatcher;
		this.pipeline = pipeline;
	}

	/**
	 * Starts the executions of every schedule that is due, as the background dispatcher
	 * does every {@code classlytics.delivery.dispatch-interval}.
	 * @return how many executions were started
	 */
	public int dispatchDue() {
		return this.dispatcher.dispatchDue();
	}

	/**
	 * Runs the steps of the weekly teacher pipeline that are due at the given instant and
	 * not yet done.
	 */
	public void runWeeklyPipeline(Instant now) {
		this.pipeline.runDue(now);
	}

}
