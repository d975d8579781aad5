package org.classlytics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;

import org.springframework.stereotype.Component;

/**
 * Renders Thymeleaf templates to PDF. Templates produce XHTML, usually through the
 * {@code export/layout} fragment (page size, running header with the school's name,
 * localised page numbers, tables whose header repeats on every page). The bundled DejaVu
 * faces are embedded, so Latin, Greek and Cyrillic names print anywhere.
 * <p>
 * Nothing outside the document is fetched: images must be {@code data:} URIs (see
 * {@link ChartImage#dataUri()}).
 */
@Component
public class PdfRenderer {

	/**
	 * The template that lays out an {@link ExportDocument}.
	 */
	public static final String DOCUMENT_TEMPLATE = "export/document";

	/**
	 * The model variable the layout reads the page footer from.
	 */
	static final String PAGE_COUNTER = "exportPageCounter";

	private static final String BASE_URI = "classpath:/templates/";

	private final ITemplateEngine templates;

	private final ExportMessages messages;

	private final PdfFonts fonts = new PdfFonts();

	PdfRenderer(ITemplateEngine templates, ExportMessages messages) {
		this.templates = templates;
		this.messages = messages;
		PdfLogging.install();
		StandardFontMapper.install();
	}

	/**
	 * Renders a template with the model, in the given locale (English when it is not one
	 * of {@link ExportMessages#LANGUAGES}).
	 */
	public byte[] render(String template, Map<String, ?> model, Locale locale) {
		return renderXhtml(xhtml(template, model, locale));
	}

	/**
	 * Renders a document with the generic {@link #DOCUMENT_TEMPLATE}, under a header with
	 * the school's name.
	 */
	public byte[] render(ExportDocument document, String school, Locale locale) {
		ExportLabels labels = this.messages.labels(locale);
		Map<String, Object> model = Map.of("document", document, "school", Objects.requireNonNullElse(school, ""),
				"cells", new HtmlCells(labels));
		return render(DOCUMENT_TEMPLATE, model, labels.locale());
	}

	String xhtml(String template, Map<String, ?> model, Locale locale) {
		ExportLabels labels = this.messages.labels(locale);
		Context context = new Context(labels.locale());
		model.forEach(context::setVariable);
		context.setVariable(PAGE_COUNTER, labels.pageCounterCss());
		return this.templates.process(template, context);
	}

	byte[] renderXhtml(String xhtml) {
		Document dom = Xhtml.parse(xhtml);
		InlineImages images = InlineImages.extract(dom);
		PdfFonts.Faces faces = this.fonts.borrow();
		try (PDDocument pdf = new PDDocument()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.withProducer("Classlytics");
			PdfFonts.register(builder, pdf, faces);
			builder.useProtocolsStreamImplementation(images, InlineImages.SCHEME);
			builder.useExternalResourceAccessControl(PdfRenderer::isInDocument,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.withW3cDocument(dom, BASE_URI);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.fonts.release(faces);
		}
	}

	private static boolean isInDocument(String uri, ExternalResourceType type) {
		return uri != null && (uri.startsWith("data:") || uri.startsWith(InlineImages.SCHEME + ":"));
	}

}
