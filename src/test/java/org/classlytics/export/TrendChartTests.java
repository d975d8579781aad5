package org.classlytics.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrendChartTests {

	private static final TrendChartLabels ENGLISH = ExportTestSupport.labels(Locale.ENGLISH).trendChart();

	@Test
	void drawsAPngOfTheDefaultSize() throws IOException {
		ChartImage chart = TrendChart.weekly(ExportTestSupport.sampleTrend(), ENGLISH);

		BufferedImage image = decode(chart.png());
		assertThat(image.getWidth()).isEqualTo(720).isEqualTo(chart.width());
		assertThat(image.getHeight()).isEqualTo(300).isEqualTo(chart.height());
	}

	@Test
	void drawsAtTheRequestedSize() throws IOException {
		BufferedImage image = decode(TrendChart.weekly(ExportTestSupport.sampleTrend(), ENGLISH, 400, 220).png());

		assertThat(image.getWidth()).isEqualTo(400);
		assertThat(image.getHeight()).isEqualTo(220);
	}

	@Test
	void drawsTheSeriesInTheirColours() throws IOException {
		BufferedImage image = decode(TrendChart.weekly(ExportTestSupport.sampleTrend(), ENGLISH).png());

		assertThat(count(image, new Color(0x1F4E79))).isGreaterThan(100);
		assertThat(count(image, new Color(0xE07B00))).isGreaterThan(100);
		assertThat(count(image, new Color(0x2E8B57))).isGreaterThan(100);
	}

	@Test
	void leavesWeeksWithoutDataEmpty() throws IOException {
		List<TrendPoint> weeks = new ArrayList<>();
		for (int week = 1; week <= 12; week++) {
			weeks.add(new TrendPoint("2025-W%02d".formatted(week), null, null, null));
		}
		List<TrendPoint> oneWeek = new ArrayList<>(weeks);
		oneWeek.set(5, new TrendPoint("2025-W06", 50, 20, 80));

		BufferedImage empty = decode(TrendChart.weekly(weeks, ENGLISH).png());
		BufferedImage single = decode(TrendChart.weekly(oneWeek, ENGLISH).png());

		// Without data only the legend carries the series colours; a lone week still
		// shows
		// as a marker of each series.
		for (Color series : new Color[] { new Color(0x1F4E79), new Color(0xE07B00), new Color(0x2E8B57) }) {
			assertThat(count(single, series)).isGreaterThan(count(empty, series) + 20);
		}
	}

	@Test
	void needsAtLeastOneWeek() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrendChart.weekly(List.of(), ENGLISH));
	}

	@Test
	void namesTheChartAndSeriesInTheReadersLanguage() {
		assertThat(ExportTestSupport.labels(Locale.forLanguageTag("el")).trendChart())
			.isEqualTo(new TrendChartLabels("Εβδομαδιαία πορεία", "Συνολικά", "Κουίζ", "Εργασίες"));
		assertThat(ExportTestSupport.labels(Locale.forLanguageTag("ru")).trendChart())
			.isEqualTo(new TrendChartLabels("Динамика по неделям", "Общий балл", "Тесты", "Задания"));
		assertThat(ENGLISH).isEqualTo(new TrendChartLabels("Weekly trend", "Overall", "Quizzes", "Assignments"));
	}

	private static BufferedImage decode(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(ExportTestSupport.stream(png));
		assertThat(image).as("a decodable PNG").isNotNull();
		return image;
	}

	private static int count(BufferedImage image, Color color) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == color.getRGB() - 0xFF000000) {
					count++;
				}
			}
		}
		return count;
	}

}
