package org.classlytics.export;

/**
 * The words of a trend chart, in the reader's language: see
 * {@link ExportLabels#trendChart()}.
 */
public record TrendChartLabels(String title, String overall, String quiz, String assignment) {

}
