package org.classlytics.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Takes the base64 {@code data:} images out of a parsed document before layout and hands
 * their bytes to the renderer under short {@code inline:} URIs. openhtmltopdf would
 * otherwise lower-case, scan and decode each chart's 30 KB URI several times per render.
 */
final class InlineImages implements FSStreamFactory {

	static final String SCHEME = "inline";

	private static final String BASE64 = ";base64,";

	private final List<byte[]> images = new ArrayList<>();

	static InlineImages extract(Document document) {
		InlineImages inline = new InlineImages();
		NodeList elements = document.getElementsByTagNameNS("*", "img");
		for (int i = 0; i < elements.getLength(); i++) {
			Element img = (Element) elements.item(i);
			String src = img.getAttribute("src");
			int data = src.indexOf(BASE64);
			if (src.startsWith("data:image/") && data > 0) {
				try {
					inline.images.add(Base64.getMimeDecoder().decode(src.substring(data + BASE64.length())));
					img.setAttribute("src", SCHEME + ":" + (inline.images.size() - 1));
				}
				catch (IllegalArgumentException ex) {
					// Not base64 after all: left for the renderer, which shows no image.
				}
			}
		}
		return inline;
	}

	@Override
	public FSStream getUrl(String url) {
		byte[] image = image(url);
		return new FSStream() {

			@Override
			public InputStream getStream() {
				return (image != null) ? new ByteArrayInputStream(image) : null;
			}

			@Override
			public Reader getReader() {
				return (image != null) ? new InputStreamReader(getStream(), StandardCharsets.ISO_8859_1) : null;
			}

		};
	}

	// A template may write an inline: URI of its own; one that names no image shows none.
	private byte[] image(String url) {
		try {
			int index = Integer.parseInt(url.substring(SCHEME.length() + 1));
			return (index >= 0 && index < this.images.size()) ? this.images.get(index) : null;
		}
		catch (NumberFormatException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

}
