package org.classlytics.delivery;

import java.util.Set;

import org.classlytics.mail.Attachment;

/**
 * A report rendered for one recipient.
 *
 * @param file the file to attach: a name without a path, the media type of the export
 * format, the bytes
 * @param studentIds the students whose data the file holds; delivery writes an EMAIL
 * audit entry for them when the email has gone out
 */
public record RenderedReport(Attachment file, Set<Long> studentIds) {

	public RenderedReport {
		if (file == null) {
			throw new IllegalArgumentException("A rendered report needs a file");
		}
		studentIds = (studentIds != null) ? Set.copyOf(studentIds) : Set.of();
	}

}
