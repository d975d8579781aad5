package org.classlytics.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The export module's parts wired by hand, as the application wires them, for tests that
 * need no Spring context.
 */
final class ExportTestSupport {

	private static final ResourceBundleMessageSource MESSAGE_SOURCE = messageSource();

	private ExportTestSupport() {
	}

	static ExportMessages messages() {
		return new ExportMessages(MESSAGE_SOURCE);
	}

	static ExportLabels labels(Locale locale) {
		return messages().labels(locale);
	}

	static PdfRenderer pdfRenderer() {
		return new PdfRenderer(messages());
	}

	static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<TrendPoint> sampleTrend() {
		List<TrendPoint> points = new ArrayList<>();
		points.add(new TrendPoint("2025-W01", 80, 78, 82));
		points.add(new TrendPoint("2025-W02", 82.5, 80, 85));
		points.add(new TrendPoint("2025-W03", null, null, null));
		points.add(new TrendPoint("2025-W04", 85, 90, 80));
		points.add(new TrendPoint("2025-W05", 88.6, 87.67, 90));
		points.add(new TrendPoint("2025-W06", null, null, null));
		points.add(new TrendPoint("2025-W07", 70, null, 70));
		points.add(new TrendPoint("2025-W08", 75, 70, 80));
		return points;
	}

	static ByteArrayInputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	private static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/export");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
