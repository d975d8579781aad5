package org.classlytics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import org.springframework.stereotype.Component;

/**
 * Draws an {@link ExportDocument} as a PDF with PDFBox: A4 pages under a running header
 * with the school's name, "Page n of m" in the reader's language at the foot of each,
 * tables that repeat their header row on every page they run onto. The bundled DejaVu
 * faces are embedded as subsets, so Latin, Greek and Cyrillic names print anywhere.
 * <p>
 * Text is only ever drawn as text: nothing in the data is parsed as markup, and nothing
 * outside the document is read.
 */
@Component
public class PdfRenderer {

	private static final String PRODUCER = "Classlytics";

	private final ExportMessages messages;

	private final PdfFonts fonts = new PdfFonts();

	PdfRenderer(ExportMessages messages) {
		this.messages = messages;
	}

	/**
	 * Renders a document under a header with the school's name, in the given locale
	 * (English when it is not one of {@link ExportMessages#LANGUAGES}).
	 */
	public byte[] render(ExportDocument document, String school, Locale locale) {
		ExportLabels labels = this.messages.labels(locale);
		PdfFonts.Faces faces = this.fonts.borrow();
		try (PDDocument pdf = new PDDocument()) {
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setProducer(PRODUCER);
			info.setTitle(document.name());
			PdfCanvas canvas = new PdfCanvas(pdf, this.fonts.embed(pdf, faces), Objects.requireNonNullElse(school, ""),
					document.name());
			PdfSections sections = new PdfSections(canvas, new PrintedCells(labels));
			document.sections().forEach(sections::draw);
			canvas.finish((page, pages) -> labels.get("export.pdf.page-counter", page, pages));
			ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
			// Object streams would save a few hundred bytes for a deflate pass over
			// every object.
			pdf.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.fonts.release(faces);
		}
	}

}
