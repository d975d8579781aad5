package org.classlytics.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTests {

	private static final String SCHOOL = "Γυμνάσιο Αθηνών";

	private final PdfRenderer renderer = ExportTestSupport.pdfRenderer();

	@Test
	void printsGreekCyrillicAndLatinNamesWithEmbeddedFonts() throws IOException {
		byte[] pdf = this.renderer.render(document(3), SCHOOL, Locale.ENGLISH);

		String text = ExportTestSupport.pdfText(pdf);
		assertThat(text).contains("Παπαδόπουλος Γιώργος", "Иванов Иван", "Smith John", SCHOOL, "Page 1 of 1");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = fonts(document);
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("DejaVuSans");
			});
		}
	}

	@Test
	void numbersPagesInTheReadersLanguage() {
		assertThat(ExportTestSupport.pdfText(this.renderer.render(document(3), SCHOOL, Locale.forLanguageTag("ru"))))
			.contains("Страница 1 из 1");
		assertThat(ExportTestSupport.pdfText(this.renderer.render(document(3), SCHOOL, Locale.forLanguageTag("el-GR"))))
			.contains("Σελίδα 1 από 1");
		assertThat(ExportTestSupport.pdfText(this.renderer.render(document(3), SCHOOL, Locale.FRENCH)))
			.contains("Page 1 of 1");
	}

	@Test
	void repeatsTheSchoolAndTheTableHeaderOnEveryPage() throws IOException {
		byte[] pdf = this.renderer.render(document(120), SCHOOL, Locale.ENGLISH);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(3);
			for (int page = 1; page <= pages; page++) {
				String text = pageText(document, page);
				assertThat(text).contains(SCHOOL, "Page " + page + " of " + pages);
				if (page > 1) {
					assertThat(text).contains("Student", "Average", "Submission rate");
				}
			}
			assertThat(pageText(document, pages)).contains("Student 120");
		}
	}

	@Test
	void formatsCellsForTheReadersLocale() {
		String english = ExportTestSupport.pdfText(this.renderer.render(document(3), SCHOOL, Locale.ENGLISH));
		String greek = ExportTestSupport
			.pdfText(this.renderer.render(document(3), SCHOOL, Locale.forLanguageTag("el")));

		assertThat(english).contains("88.60", "92.5%", "2025-01-06", "\u2014");
		assertThat(greek).contains("88,60", "92,5%", "2025-01-06");
	}

	@Test
	void embedsTheChartAsAnImage() throws IOException {
		ChartImage chart = TrendChart.weekly(ExportTestSupport.sampleTrend(),
				ExportTestSupport.labels(Locale.ENGLISH).trendChart());
		ExportDocument document = ExportDocument.builder("Trend").chart("Weekly trend", chart).build();

		try (PDDocument pdf = Loader.loadPDF(this.renderer.render(document, SCHOOL, Locale.ENGLISH))) {
			List<PDImageXObject> images = images(pdf.getPage(0).getResources());
			assertThat(images).hasSize(1);
			assertThat(images.get(0).getWidth()).isEqualTo(TrendChart.DEFAULT_WIDTH);
			assertThat(images.get(0).getHeight()).isEqualTo(TrendChart.DEFAULT_HEIGHT);
		}
	}

	@Test
	void escapesMarkupInTheData() {
		ExportDocument document = ExportDocument.builder("<b>Report</b> & co")
			.title("<script>alert(1)</script>", "O'Brien & \"Sons\" <i>")
			.build();

		String text = ExportTestSupport.pdfText(this.renderer.render(document, "A & B <School>", Locale.ENGLISH));

		assertThat(text).contains("<script>alert(1)</script>", "O'Brien & \"Sons\" <i>", "A & B <School>");
	}

	@Test
	void printsAMarkForCharactersTheFontLacksAndWrapsLongCells() {
		Sheet sheet = Sheet.builder("Notes")
			.columns(Column.text("Student"), Column.text("Comment"))
			.row("Smith John \uD83D\uDE00", "word ".repeat(200).strip())
			.build();
		ExportDocument document = ExportDocument.builder("Notes").table(sheet).build();

		String text = ExportTestSupport.pdfText(this.renderer.render(document, SCHOOL, Locale.ENGLISH));

		assertThat(text).contains("Smith", "John ?");
		assertThat(text.lines().filter((line) -> line.contains("word word"))).hasSizeGreaterThan(3);
	}

	@Test
	void rendersConcurrentlyWithPooledFonts() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> texts = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				Locale locale = (i % 2 == 0) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
				texts.add(pool
					.submit(() -> ExportTestSupport.pdfText(this.renderer.render(document(5), SCHOOL, locale))));
			}
			for (Future<String> text : texts) {
				assertThat(text.get()).contains("Παπαδόπουλος Γιώργος", "Иванов Иван", SCHOOL);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	static ExportDocument document(int students) {
		Sheet.Builder sheet = Sheet.builder("Students")
			.columns(Column.text("Student"), Column.integer("Graded"), Column.decimal("Average", 2),
					Column.percentage("Submission rate", 1), Column.date("Last graded"));
		sheet.row("Παπαδόπουλος Γιώργος", 5, 88.6, 92.5, java.time.LocalDate.of(2025, 1, 6));
		sheet.row("Иванов Иван", 4, 75.125, 80, null);
		sheet.row("Smith John", 5, null, 60, java.time.LocalDate.of(2025, 1, 7));
		for (int i = 4; i <= students; i++) {
			sheet.row("Student " + i, i % 7, 50 + i % 50, i % 100, null);
		}
		return ExportDocument.builder("Class report")
			.title("Class report", "Week 2025-W02")
			.summary("Summary", List.of(new Section.Entry(Column.integer("Students"), students)))
			.table("Students", sheet.build())
			.notes("Recommendations", List.of("Continue current study approach."))
			.build();
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

	private static List<PDImageXObject> images(PDResources resources) throws IOException {
		List<PDImageXObject> images = new ArrayList<>();
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject image) {
				images.add(image);
			}
		}
		return images;
	}

}
