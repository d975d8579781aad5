package org.classlytics.bench;

/**
 * One line of the results: a measured value, its lower bound (the bare SQL reading the
 * same rows in one query) and the ratio between them when there is one, the target, and
 * the statement count and p99 where they apply.
 *
 * @param name what was measured
 * @param value the median (or the rate, or the total time)
 * @param unit {@code ms}, {@code s}, {@code req/s}, {@code rows/s}, {@code count}
 * @param lowerBound the median of the bare SQL, in the same unit, or null
 * @param ratio value / lowerBound, or null
 * @param target the target as text, such as {@code <= 10 ms}
 * @param p99 the 99th percentile in ms, or null
 * @param statements SQL statements per call, or null
 * @param met whether the target was met, or null when there is no target
 * @param note what else the run saw (5xx, duplicates, sizes)
 */
record Result(String name, double value, String unit, Double lowerBound, Double ratio, String target, Double p99,
		Long statements, Boolean met, String note) {

}
