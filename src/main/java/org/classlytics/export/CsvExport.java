package org.classlytics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes documents as RFC 4180 CSV: UTF-8 with a byte-order mark (without it Excel reads
 * the file in the machine's code page and garbles Greek and Cyrillic names), CRLF line
 * ends, fields quoted only when they must be. Sections follow each other, separated by an
 * empty line; charts are left out.
 */
public final class CsvExport {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvExport() {
	}

	public static byte[] render(ExportDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		write(document, out);
		return out.toByteArray();
	}

	public static byte[] render(Sheet sheet) {
		return render(ExportDocument.of(sheet));
	}

	/**
	 * Writes the document to the stream, which stays open (a zip entry, a response body).
	 */
	public static void write(ExportDocument document, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(BYTE_ORDER_MARK);
			CSVPrinter printer = new CSVPrinter(writer, FORMAT);
			boolean first = true;
			for (Section section : document.sections()) {
				if (section instanceof Section.Chart) {
					continue;
				}
				if (!first) {
					printer.println();
				}
				first = false;
				print(printer, section);
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void print(CSVPrinter printer, Section section) throws IOException {
		if (section instanceof Section.Title title) {
			printer.printRecord(text(title.text()));
			for (String line : title.lines()) {
				printer.printRecord(text(line));
			}
		}
		else if (section instanceof Section.Summary summary) {
			heading(printer, summary.heading());
			for (Section.Entry entry : summary.entries()) {
				printer.printRecord(text(entry.label()), CellValues.plain(entry.column(), entry.value()));
			}
		}
		else if (section instanceof Section.Table table) {
			heading(printer, table.heading());
			print(printer, table.sheet());
		}
		else if (section instanceof Section.Notes notes) {
			heading(printer, notes.heading());
			for (String item : notes.items()) {
				printer.printRecord(text(item));
			}
		}
	}

	private static void print(CSVPrinter printer, Sheet sheet) throws IOException {
		List<Column> columns = sheet.columns();
		List<String> record = new ArrayList<>(columns.size());
		for (Column column : columns) {
			record.add(text(column.header()));
		}
		printer.printRecord(record);
		for (List<Object> row : sheet.rows()) {
			record.clear();
			for (int c = 0; c < columns.size(); c++) {
				record.add(CellValues.plain(columns.get(c), row.get(c)));
			}
			printer.printRecord(record);
		}
	}

	private static void heading(CSVPrinter printer, String heading) throws IOException {
		if (heading != null) {
			printer.printRecord(text(heading));
		}
	}

	private static String text(String value) {
		return FormulaGuard.neutralise(value);
	}

}
