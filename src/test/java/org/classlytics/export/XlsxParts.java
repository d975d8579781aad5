package org.classlytics.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XML parts of an XLSX file, for what fastexcel-reader does not expose: panes, styles
 * and column widths.
 */
final class XlsxParts {

	private final Map<String, Document> parts = new HashMap<>();

	XlsxParts(byte[] xlsx) {
		try {
			// ZipInputStream cannot read the entries fastexcel streams (sizes come after
			// the data); ZipFile reads the central directory instead.
			Path file = Files.createTempFile("export", ".xlsx");
			try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
				for (ZipEntry entry : Collections.list(zip.entries())) {
					if (entry.getName().endsWith(".xml")) {
						try (InputStream in = zip.getInputStream(entry)) {
							this.parts.put(entry.getName(), factory.newDocumentBuilder().parse(in));
						}
					}
				}
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	Document part(String name) {
		Document part = this.parts.get(name);
		if (part == null) {
			throw new IllegalArgumentException("no part " + name + " in " + this.parts.keySet());
		}
		return part;
	}

	String xpath(String part, String expression) {
		try {
			return (String) XPathFactory.newInstance()
				.newXPath()
				.evaluate(expression, part(part), XPathConstants.STRING);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The frozen pane of a sheet, as "xSplit,ySplit,state", or "" without one.
	 */
	String pane(int sheet) {
		String part = sheetPart(sheet);
		NodeList panes = part(part).getElementsByTagName("pane");
		if (panes.getLength() == 0) {
			return "";
		}
		Element pane = (Element) panes.item(0);
		return attr(pane, "xSplit", "0") + "," + attr(pane, "ySplit", "0") + "," + pane.getAttribute("state");
	}

	/**
	 * Whether the cell's style is bold, and its fill colour (RGB, no alpha) or "".
	 */
	CellStyle style(int sheet, String cell) {
		String s = xpath(sheetPart(sheet), "//*[local-name()='c'][@r='" + cell + "']/@s");
		int xf = s.isEmpty() ? 0 : Integer.parseInt(s);
		String xfPath = "//*[local-name()='cellXfs']/*[local-name()='xf'][" + (xf + 1) + "]";
		int fontId = Integer.parseInt(xpath("xl/styles.xml", xfPath + "/@fontId"));
		int fillId = Integer.parseInt(xpath("xl/styles.xml", xfPath + "/@fillId"));
		boolean bold = !xpath("xl/styles.xml",
				"name(//*[local-name()='fonts']/*[local-name()='font'][" + (fontId + 1) + "]/*[local-name()='b'])")
			.isEmpty();
		String rgb = xpath("xl/styles.xml", "//*[local-name()='fills']/*[local-name()='fill'][" + (fillId + 1)
				+ "]/*[local-name()='patternFill']/*[local-name()='fgColor']/@rgb");
		return new CellStyle(bold, rgb.length() == 8 ? rgb.substring(2) : rgb);
	}

	/**
	 * The width of a column (1-based, as in the file).
	 */
	double width(int sheet, int column) {
		String width = xpath(sheetPart(sheet), "//*[local-name()='col'][@min='" + column + "']/@width");
		return Double.parseDouble(width);
	}

	private static String sheetPart(int sheet) {
		return "xl/worksheets/sheet" + sheet + ".xml";
	}

	private static String attr(Element element, String name, String fallback) {
		return element.hasAttribute(name) ? element.getAttribute(name) : fallback;
	}

	record CellStyle(boolean bold, String fill) {
	}

}
