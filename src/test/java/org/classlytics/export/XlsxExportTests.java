package org.classlytics.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxExportTests {

	private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

	private final Sheet students = Sheet.builder("Students")
		.columns(Column.text("Student"), Column.integer("Graded"), Column.decimal("Average", 2),
				Column.percentage("Submission rate", 1), Column.date("Last graded"))
		.row("Παπαδόπουλος Γιώργος", 3, 88.6, 92.25, LocalDate.of(2025, 1, 6))
		.row("=SUM(A1)", -5, null, 100, null)
		.row("Иванов Иван", 12L, 87.675, 0, LocalDate.of(2024, 12, 30))
		.build();

	@Test
	void writesNumbersAsNumbersDatesAsDatesAndTextAsText() throws IOException {
		List<Row> rows = read(XlsxExport.render(this.students), 0);

		Row first = rows.get(1);
		assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
		assertThat(first.getCell(0).asString()).isEqualTo("Παπαδόπουλος Γιώργος");
		assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("3");
		assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("88.60");
		assertThat(first.getCell(2).getDataFormatString()).isEqualTo("0.00");
		assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("92.3");
		assertThat(first.getCell(3).getDataFormatString()).isEqualTo("0.0\"%\"");
		assertThat(first.getCell(4).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(4).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(first.getCell(4).asDate().toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 6));

		Row third = rows.get(3);
		assertThat(third.getCell(2).asNumber()).isEqualByComparingTo("87.68");
		assertThat(third.getCell(3).asNumber()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(third.getCell(4).asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 30));
	}

	@Test
	void neutralisesFormulaTextAndKeepsNegativeNumbersNumeric() throws IOException {
		Row row = read(XlsxExport.render(this.students), 0).get(2);

		assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
		assertThat(row.getCell(0).asString()).isEqualTo("'=SUM(A1)");
		assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(1).asNumber()).isEqualByComparingTo("-5");
		assertThat(row.getOptionalCell(2).map(Cell::getType))
			.hasValueSatisfying((type) -> assertThat(type).isEqualTo(CellType.EMPTY));
		assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("100.0");
	}

	@Test
	void writesABoldFilledFrozenHeaderRow() throws IOException {
		byte[] xlsx = XlsxExport.render(this.students);

		Row header = read(xlsx, 0).get(0);
		assertThat(header.stream().map(Cell::asString)).containsExactly("Student", "Graded", "Average",
				"Submission rate", "Last graded");
		XlsxParts parts = new XlsxParts(xlsx);
		assertThat(parts.pane(1)).isEqualTo("0,1,frozen");
		assertThat(parts.style(1, "A1")).isEqualTo(new XlsxParts.CellStyle(true, XlsxExport.HEADER_FILL));
		assertThat(parts.style(1, "E1")).isEqualTo(new XlsxParts.CellStyle(true, XlsxExport.HEADER_FILL));
		assertThat(parts.style(1, "A2").bold()).isFalse();
	}

	@Test
	void sizesColumnsToTheirLongestValueWithinBounds() {
		Sheet sheet = Sheet.builder("Widths")
			.columns(Column.text("Id"), Column.text("Name"), Column.text("Comment"))
			.row("1", "Παπαδόπουλος Γιώργος", "x".repeat(500))
			.build();

		XlsxParts parts = new XlsxParts(XlsxExport.render(sheet));

		assertThat(parts.width(1, 1)).isEqualTo(ColumnWidths.MIN);
		assertThat(parts.width(1, 2)).isEqualTo(22);
		assertThat(parts.width(1, 3)).isEqualTo(ColumnWidths.MAX);
	}

	@Test
	void givesEachTableASheetAfterAnOverviewOfTheOtherSections() throws IOException {
		Sheet failures = Sheet.builder("Failed students")
			.columns(Column.integer("student_id"), Column.text("error"))
			.row(99, "Student not found")
			.build();
		ExportDocument document = ExportDocument.builder("Bulk: performance")
			.title("Bulk report", "2025-01-01 to 2025-01-31")
			.summary("Totals",
					List.of(new Section.Entry(Column.integer("Requested"), 4),
							new Section.Entry(Column.percentage("Generated", 1), 75)))
			.table(this.students)
			.table("Failed students", failures)
			.notes("Notes", List.of("-one failure"))
			.build();

		byte[] xlsx = XlsxExport.render(document);

		try (ReadableWorkbook workbook = new ReadableWorkbook(ExportTestSupport.stream(xlsx), WITH_FORMATS)) {
			assertThat(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
				.containsExactly("Bulk_ performance", "Students", "Failed students");
			List<Row> overview = workbook.getSheet(0).orElseThrow().read();
			assertThat(text(overview, 1, 0)).isEqualTo("Bulk report");
			assertThat(text(overview, 2, 0)).isEqualTo("2025-01-01 to 2025-01-31");
			assertThat(text(overview, 4, 0)).isEqualTo("Totals");
			assertThat(text(overview, 5, 0)).isEqualTo("Requested");
			assertThat(row(overview, 5).getCell(1).asNumber()).isEqualByComparingTo("4");
			assertThat(row(overview, 6).getCell(1).asNumber()).isEqualByComparingTo("75.0");
			assertThat(row(overview, 6).getCell(1).getDataFormatString()).isEqualTo("0.0\"%\"");
			assertThat(text(overview, 8, 0)).isEqualTo("Notes");
			assertThat(text(overview, 9, 0)).isEqualTo("'-one failure");
			List<Row> failed = workbook.getSheet(2).orElseThrow().read();
			assertThat(failed.get(1).getCell(0).asNumber()).isEqualByComparingTo("99");
			assertThat(failed.get(1).getCell(1).asString()).isEqualTo("Student not found");
		}
		XlsxParts parts = new XlsxParts(xlsx);
		assertThat(parts.pane(1)).isEmpty();
		assertThat(parts.pane(2)).isEqualTo("0,1,frozen");
		assertThat(parts.pane(3)).isEqualTo("0,1,frozen");
	}

	@Test
	void makesSheetNamesExcelAccepts() {
		SheetNames names = new SheetNames();

		assertThat(names.unique("Grades")).isEqualTo("Grades");
		assertThat(names.unique("grades")).isEqualTo("grades (2)");
		assertThat(names.unique("GRADES")).isEqualTo("GRADES (3)");
		assertThat(names.unique("Math [A]: 1/2?*")).isEqualTo("Math _A__ 1_2__");
		assertThat(names.unique("'quoted'")).isEqualTo("quoted");
		assertThat(names.unique("   ")).isEqualTo("Sheet");
		assertThat(names.unique("Μαθηματικά και Φυσική — Τμήμα Α1 και Β2")).hasSize(31);
		assertThat(names.unique("Μαθηματικά και Φυσική — Τμήμα Α1 και Β2")).endsWith(" (2)").hasSize(31);
	}

	@Test
	void anEmptyDocumentIsAWorkbookWithOneEmptySheet() throws IOException {
		byte[] xlsx = XlsxExport.render(new ExportDocument("Nothing", List.of()));

		try (ReadableWorkbook workbook = new ReadableWorkbook(ExportTestSupport.stream(xlsx))) {
			assertThat(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly("Nothing");
		}
	}

	/**
	 * The row with the given (1-based) number: the reader leaves out empty rows.
	 */
	private static Row row(List<Row> rows, int number) {
		return rows.stream().filter((row) -> row.getRowNum() == number).findFirst().orElseThrow();
	}

	private static String text(List<Row> rows, int number, int cell) {
		return row(rows, number).getCellText(cell);
	}

	private static List<Row> read(byte[] xlsx, int sheet) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(ExportTestSupport.stream(xlsx), WITH_FORMATS)) {
			return workbook.getSheet(sheet).orElseThrow().read();
		}
	}

}
