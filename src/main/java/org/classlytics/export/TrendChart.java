package org.classlytics.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The weekly trend line chart: overall, quiz and assignment averages over ISO weeks,
 * oldest first, on a fixed 0 to 100 scale. A week without data is a gap in its line, and
 * markers keep a lone week between gaps visible.
 */
public final class TrendChart {

	public static final int DEFAULT_WIDTH = 720;

	public static final int DEFAULT_HEIGHT = 300;

	// Rotated labels from here on, so ISO week names do not run into each other.
	private static final int CROWDED_WEEKS = 9;

	private static final Color OVERALL = new Color(0x1F4E79);

	private static final Color QUIZ = new Color(0xE07B00);

	private static final Color ASSIGNMENT = new Color(0x2E8B57);

	private static final Color GRID = new Color(0xDDDDDD);

	private TrendChart() {
	}

	public static ChartImage weekly(List<TrendPoint> points, TrendChartLabels labels) {
		return weekly(points, labels, DEFAULT_WIDTH, DEFAULT_HEIGHT);
	}

	public static ChartImage weekly(List<TrendPoint> points, TrendChartLabels labels, int width, int height) {
		if (points.isEmpty()) {
			throw new IllegalArgumentException("a trend chart needs at least one week");
		}
		CategoryChart chart = chart(points, labels, width, height);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			// Text is always smoothed (XChart does that itself); lines are too, see
			// style().
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			chart.paint(graphics, width, height);
		}
		finally {
			graphics.dispose();
		}
		return new ChartImage(PngEncoder.encode(image), width, height);
	}

	private static CategoryChart chart(List<TrendPoint> points, TrendChartLabels labels, int width, int height) {
		CategoryChart chart = new CategoryChart(width, height);
		chart.setTitle(labels.title());
		style(chart.getStyler(), points.size());
		List<String> weeks = points.stream().map(TrendPoint::week).toList();
		series(chart, labels.overall(), weeks, values(points, TrendPoint::overall), OVERALL, 2.5f,
				SeriesMarkers.CIRCLE);
		series(chart, labels.quiz(), weeks, values(points, TrendPoint::quiz), QUIZ, 1.8f, SeriesMarkers.DIAMOND);
		series(chart, labels.assignment(), weeks, values(points, TrendPoint::assignment), ASSIGNMENT, 1.8f,
				SeriesMarkers.SQUARE);
		return chart;
	}

	private static void style(CategoryStyler styler, int weeks) {
		Font regular = BundledFonts.awtRegular();
		styler.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
		// Lines of a category chart sit side by side like bars unless they overlap.
		styler.setOverlapped(true);
		// Anti-aliased lines cost well under a millisecond at this size and print far
		// better.
		styler.setAntiAlias(true);
		styler.setChartBackgroundColor(Color.WHITE);
		styler.setPlotBackgroundColor(Color.WHITE);
		styler.setPlotBorderVisible(false);
		styler.setPlotGridLinesColor(GRID);
		styler.setPlotGridVerticalLinesVisible(false);
		styler.setChartTitleFont(BundledFonts.awtBold().deriveFont(14f));
		styler.setChartTitleBoxVisible(false);
		styler.setLegendFont(regular.deriveFont(11f));
		styler.setLegendPosition(LegendPosition.OutsideS);
		styler.setLegendLayout(LegendLayout.Horizontal);
		styler.setLegendBorderColor(Color.WHITE);
		styler.setAxisTickLabelsFont(regular.deriveFont(10f));
		styler.setAxisTitlesVisible(false);
		styler.setYAxisMin(0.0);
		styler.setYAxisMax(100.0);
		styler.setYAxisDecimalPattern("0");
		styler.setXAxisLabelRotation((weeks >= CROWDED_WEEKS) ? 45 : 0);
		styler.setChartPadding(8);
	}

	private static void series(CategoryChart chart, String name, List<String> weeks, List<Double> values, Color color,
			float width, Marker marker) {
		CategorySeries series = chart.addSeries(name, weeks, values);
		series.setLineColor(color);
		series.setMarkerColor(color);
		series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		series.setMarker(marker);
	}

	private static List<Double> values(List<TrendPoint> points, Function<TrendPoint, Number> value) {
		List<Double> values = new ArrayList<>(points.size());
		for (TrendPoint point : points) {
			Number number = value.apply(point);
			values.add((number != null) ? number.doubleValue() : null);
		}
		return values;
	}

}
