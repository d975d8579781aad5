package org.classlytics.export;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the chart and a small PDF with that chart after warm-up. Not a test (timings on a
 * shared machine prove nothing); run it by hand:
 * {@code java -cp target/classes:target/test-classes:<classpath> org.classlytics.export.ExportBenchmark [out.pdf]}.
 */
public final class ExportBenchmark {

	private static final int WARM_UP = 1500;

	private static final int MEASURED = 300;

	private static final String SCHOOL = "Γυμνάσιο Αθηνών";

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		PdfRenderer renderer = ExportTestSupport.pdfRenderer();
		ExportLabels labels = ExportTestSupport.labels(Locale.forLanguageTag("el"));
		List<TrendPoint> trend = ExportTestSupport.sampleTrend();
		ExportDocument ready = sample(TrendChart.weekly(trend, labels.trendChart()));
		report("chart", () -> TrendChart.weekly(trend, labels.trendChart()));
		report("pdf of a document with a chart", () -> renderer.render(ready, SCHOOL, labels.locale()));
		report("chart and pdf",
				() -> renderer.render(sample(TrendChart.weekly(trend, labels.trendChart())), SCHOOL, labels.locale()));
		if (args.length > 0) {
			Files.write(Path.of(args[0]), renderer.render(ready, SCHOOL, labels.locale()));
		}
	}

	static ExportDocument sample(ChartImage chart) {
		Sheet students = Sheet.builder("Μαθητές")
			.columns(Column.text("Μαθητής"), Column.integer("Εργασίες"), Column.decimal("Μέσος όρος", 2),
					Column.percentage("Υποβολές", 1))
			.row("Παπαδόπουλος Γιώργος", 5, 88.6, 100)
			.row("Иванов Иван", 4, 75.125, 80)
			.row("Smith John", 5, 65.1, 60)
			.build();
		return ExportDocument.builder("Αναφορά επίδοσης")
			.title("Αναφορά επίδοσης", "Γιώργος Παπαδόπουλος", "2025-01-01 – 2025-02-28")
			.chart("Εβδομαδιαία πορεία", chart)
			.table("Μαθητές", students)
			.notes("Συστάσεις", List.of("Συνεχίστε την καλή δουλειά."))
			.build();
	}

	/**
	 * Wall time, and the thread's CPU time: on a machine shared with other builds the
	 * wall time mostly measures the neighbours, the CPU time this code.
	 */
	private static void report(String name, Runnable work) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < WARM_UP; i++) {
			work.run();
		}
		long[] wall = new long[MEASURED];
		long[] cpu = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long startCpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.run();
			wall[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		System.out.printf("%s: wall median %.2f ms (min %.2f, p90 %.2f); cpu median %.2f ms (min %.2f, p90 %.2f)%n",
				name, ms(wall[MEASURED / 2]), ms(wall[0]), ms(wall[MEASURED * 9 / 10]), ms(cpu[MEASURED / 2]),
				ms(cpu[0]), ms(cpu[MEASURED * 9 / 10]));
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
