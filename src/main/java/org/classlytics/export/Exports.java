package org.classlytics.export;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Writes a document in the format a caller asked for: the one call behind a download or
 * an attachment.
 */
@Component
public class Exports {

	private final PdfRenderer pdf;

	Exports(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	/**
	 * The document as a file. The school names the PDF's running header and the locale
	 * its page numbers and empty cells; CSV and XLSX need neither.
	 */
	public byte[] render(ExportDocument document, ExportFormat format, String school, Locale locale) {
		return switch (format) {
			case CSV -> CsvExport.render(document);
			case XLSX -> XlsxExport.render(document);
			case PDF -> this.pdf.render(document, school, locale);
		};
	}

}
