package org.classlytics.reports;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, read back with PDFBox.
 */
final class PdfText {

	private PdfText() {
	}

	static String of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not a readable PDF", ex);
		}
	}

	/**
	 * How many images the pages draw.
	 */
	static int images(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int images = 0;
			for (var page : document.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					if (page.getResources().isImageXObject(name)) {
						images++;
					}
				}
			}
			return images;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not a readable PDF", ex);
		}
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not a readable PDF", ex);
		}
	}

}
