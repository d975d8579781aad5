package org.classlytics.bench;

import java.util.Arrays;

/**
 * Timings of repeated runs, in nanoseconds: the median and the 99th percentile (nearest
 * rank).
 */
record Samples(long[] nanos) {

	static Samples of(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Samples(sorted);
	}

	double medianMs() {
		return percentileMs(50);
	}

	double p99Ms() {
		return percentileMs(99);
	}

	double percentileMs(int percent) {
		if (this.nanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * this.nanos.length);
		return this.nanos[Math.max(0, Math.min(this.nanos.length - 1, rank - 1))] / 1e6;
	}

	int count() {
		return this.nanos.length;
	}

}
