package org.classlytics.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats of downloads and attachments, with their media types and extensions.
 */
public enum ExportFormat {

	CSV("csv", "text/csv; charset=UTF-8"),

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	PDF("pdf", "application/pdf");

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	/**
	 * The format named as in the API ({@code csv}, {@code xlsx}, {@code pdf}), whatever
	 * its case.
	 */
	public static Optional<ExportFormat> of(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (ExportFormat format : values()) {
			if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
