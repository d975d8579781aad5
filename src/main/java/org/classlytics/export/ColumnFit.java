package org.classlytics.export;

/**
 * Shares a table's width among its columns as a browser's automatic table layout does:
 * each column gets its unwrapped width and the rest is spread in proportion; when that
 * does not fit, each gets at least its longest word and the rest goes to the columns that
 * would wrap most.
 */
final class ColumnFit {

	private ColumnFit() {
	}

	/**
	 * @param minimum the width of each column's longest word, padding included
	 * @param maximum the width of each column's longest unwrapped cell, padding included
	 */
	static float[] fit(float[] minimum, float[] maximum, float available) {
		float[] widths = new float[maximum.length];
		float sumMax = sum(maximum);
		float sumMin = sum(minimum);
		for (int c = 0; c < widths.length; c++) {
			if (sumMax <= available) {
				widths[c] = maximum[c] * available / sumMax;
			}
			else if (sumMin <= available) {
				float slack = sumMax - sumMin;
				widths[c] = minimum[c] + ((slack > 0) ? (available - sumMin) * (maximum[c] - minimum[c]) / slack : 0);
			}
			else {
				widths[c] = minimum[c] * available / sumMin;
			}
		}
		return widths;
	}

	private static float sum(float[] values) {
		float sum = 0;
		for (float value : values) {
			sum += value;
		}
		return sum;
	}

}
