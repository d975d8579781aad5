package org.classlytics.web;

import java.util.List;

/**
 * A chart as a page hands it to {@code /js/charts.js} in a {@code data-chart} attribute:
 * the kind of chart, the labels of the x axis and one or more named series of values.
 * Styling is the script's business, so pages stay free of Chart.js options.
 */
record ChartData(String type, List<String> labels, List<Series> series) {

	static ChartData bar(List<String> labels, Series... series) {
		return new ChartData("bar", labels, List.of(series));
	}

	/**
	 * Lines of percentages (0 to 100); a null value is a gap in its line.
	 */
	static ChartData percentLines(List<String> labels, List<Series> series) {
		return new ChartData("line", labels, series);
	}

	record Series(String label, List<? extends Number> values) {

	}

}
