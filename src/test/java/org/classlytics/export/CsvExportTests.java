package org.classlytics.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTests {

	private static final String BOM = "\uFEFF";

	@Test
	void writesUtf8WithByteOrderMarkCrlfAndQuotesOnlyWhereNeeded() {
		Sheet sheet = Sheet.builder("Students")
			.columns(Column.text("Student"), Column.integer("Graded"), Column.decimal("Average", 2),
					Column.percentage("Submission rate", 1), Column.date("Last graded"))
			.row("Smith, John", 3, 88.6, 92.25, LocalDate.of(2025, 1, 6))
			.row("Say \"hi\"", 0, null, 100, null)
			.row("Παπαδόπουλος\nΓιώργος", 12L, 87.675, 0.05, LocalDate.of(2024, 12, 30))
			.build();

		byte[] csv = CsvExport.render(sheet);

		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8))
			.isEqualTo(BOM + "Student,Graded,Average,Submission rate,Last graded\r\n"
					+ "\"Smith, John\",3,88.60,92.3,2025-01-06\r\n" + "\"Say \"\"hi\"\"\",0,,100.0,\r\n"
					+ "\"Παπαδόπουλος\nΓιώργος\",12,87.68,0.1,2024-12-30\r\n");
	}

	@Test
	void neutralisesTextThatASpreadsheetWouldReadAsAFormulaButKeepsNumbers() {
		Sheet sheet = Sheet.builder("Injection")
			.columns(Column.text("Text"), Column.integer("Number"), Column.decimal("Decimal", 1))
			.row("=SUM(A1)", -5, -0.5)
			.row("+1", 0, 1)
			.row("-x", 1, 2)
			.row("@x", 2, 3)
			.row("\tx", 3, 4)
			.row("\rx", 4, 5)
			.row("a=b", 5, 6)
			.build();

		String csv = new String(CsvExport.render(sheet), StandardCharsets.UTF_8);

		assertThat(csv).isEqualTo(BOM + "Text,Number,Decimal\r\n" + "'=SUM(A1),-5,-0.5\r\n" + "'+1,0,1.0\r\n"
				+ "'-x,1,2.0\r\n" + "'@x,2,3.0\r\n" + "'\tx,3,4.0\r\n" + "\"'\rx\",4,5.0\r\n" + "a=b,5,6.0\r\n");
	}

	@Test
	void neutralisesHeadersHeadingsLabelsAndNotesToo() {
		ExportDocument document = ExportDocument.builder("Report")
			.title("=Title", "+line")
			.summary("-Summary", List.of(new Section.Entry(Column.text("@label"), "=value")))
			.table("=Heading", Sheet.builder("S").columns(Column.text("=Header")).row("x").build())
			.notes("@Notes", List.of("=1+1"))
			.build();

		String csv = new String(CsvExport.render(document), StandardCharsets.UTF_8);

		assertThat(csv).isEqualTo(BOM + "'=Title\r\n'+line\r\n" + "\r\n'-Summary\r\n'@label,'=value\r\n"
				+ "\r\n'=Heading\r\n'=Header\r\nx\r\n" + "\r\n'@Notes\r\n'=1+1\r\n");
	}

	@Test
	void writesSectionsOneAfterAnotherSeparatedByAnEmptyLine() {
		Sheet students = Sheet.builder("Students")
			.columns(Column.integer("student_id"), Column.text("Student"), Column.decimal("Average", 2))
			.row(11, "Ann Lee", 90)
			.row(12, "Иван Иванов", null)
			.build();
		Sheet failures = Sheet.builder("Failed students")
			.columns(Column.integer("student_id"), Column.text("error"))
			.row(99, "Student not found")
			.build();
		ExportDocument document = ExportDocument.builder("Bulk")
			.table(students)
			.chart("Trend", new ChartImage(new byte[] { 1 }, 1, 1))
			.table("Failed students", failures)
			.build();

		String csv = new String(CsvExport.render(document), StandardCharsets.UTF_8);

		assertThat(csv)
			.isEqualTo(BOM + "student_id,Student,Average\r\n" + "11,Ann Lee,90.00\r\n" + "12,Иван Иванов,\r\n" + "\r\n"
					+ "Failed students\r\n" + "student_id,error\r\n" + "99,Student not found\r\n");
	}

	@Test
	void writesTitleSummaryAndNotesAsLinesAndLabelledValues() {
		ExportDocument document = ExportDocument.builder("Performance")
			.title("Student performance", "Ann Lee", "2025-01-01 to 2025-01-31")
			.summary("Attendance",
					List.of(new Section.Entry(Column.integer("Days recorded"), 20),
							new Section.Entry(Column.percentage("Attendance rate", 2), 87.5),
							new Section.Entry(Column.decimal("Average", 2), null)))
			.notes("Recommendations", List.of("Attendance could be improved. Aim for 90%+ attendance rate."))
			.build();

		String csv = new String(CsvExport.render(document), StandardCharsets.UTF_8);

		assertThat(csv).isEqualTo(BOM + "Student performance\r\nAnn Lee\r\n2025-01-01 to 2025-01-31\r\n" + "\r\n"
				+ "Attendance\r\nDays recorded,20\r\nAttendance rate,87.50\r\nAverage,\r\n" + "\r\n"
				+ "Recommendations\r\nAttendance could be improved. Aim for 90%+ attendance rate.\r\n");
	}

	@Test
	void anEmptySheetIsItsHeaderRow() {
		Sheet sheet = Sheet.builder("Empty").columns(Column.text("a"), Column.text("b")).build();

		assertThat(new String(CsvExport.render(sheet), StandardCharsets.UTF_8)).isEqualTo(BOM + "a,b\r\n");
	}

}
