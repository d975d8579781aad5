package org.classlytics.web;

import org.classlytics.export.Attachment;
import org.classlytics.reports.ReportFiles;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report file as a page's download: its type and an attachment name.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(ReportFiles.ReportFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.filename()))
			.body(file.content());
	}

}
