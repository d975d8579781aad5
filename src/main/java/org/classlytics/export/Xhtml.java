package org.classlytics.export;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the XHTML a template produced. One factory serves every render (finding and
 * configuring it is the slow part), and nothing outside the document is ever read: no
 * external DTD, no external entities.
 */
final class Xhtml {

	private static final DocumentBuilderFactory FACTORY = factory();

	private Xhtml() {
	}

	static Document parse(String xhtml) {
		try {
			DocumentBuilder builder;
			synchronized (FACTORY) {
				builder = FACTORY.newDocumentBuilder();
			}
			// Without a handler the parser prints every error to stderr before throwing.
			builder.setErrorHandler(new DefaultHandler());
			return builder.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXException ex) {
			throw new IllegalArgumentException("the template did not produce well-formed XHTML: " + ex.getMessage(),
					ex);
		}
		catch (ParserConfigurationException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static DocumentBuilderFactory factory() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setExpandEntityReferences(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return factory;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
